import { PaginationStalledError, paginate, paginateNumbered } from '../../../nodes/shared/paginate';
import type { NumberedPage, Page } from '../../../nodes/shared/paginate';

type Row = { id: string };
const rows = (...ids: string[]): Row[] => ids.map((id) => ({ id }));

/** A scripted provider: each call returns the next scripted page and records the cursor asked for. */
function scripted(pages: Array<Page<Row, number>>) {
	const asked: Array<number | undefined> = [];
	const fetchPage = async (cursor: number | undefined) => {
		asked.push(cursor);
		const page = pages.shift();
		if (!page) throw new Error('fetched past the last page');
		return page;
	};
	return { asked, fetchPage };
}

describe('paginate', () => {
	it('follows cursors to the end with Return All, fetching each page once', async () => {
		const { asked, fetchPage } = scripted([
			{ items: rows('a', 'b'), next: 2 },
			{ items: rows('c', 'd'), next: 3 },
			{ items: rows('e') },
		]);
		const result = await paginate(fetchPage, { returnAll: true, keyOf: (row) => row.id });
		expect(result.map((row) => row.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
		expect(asked).toEqual([undefined, 2, 3]);
	});

	it('stops as soon as the limit is reached', async () => {
		const { asked, fetchPage } = scripted([
			{ items: rows('a', 'b'), next: 2 },
			{ items: rows('c', 'd'), next: 3 },
		]);
		const result = await paginate(fetchPage, { returnAll: false, limit: 3 });
		expect(result.map((row) => row.id)).toEqual(['a', 'b', 'c']);
		expect(asked).toEqual([undefined, 2]);
	});

	it('stops on an empty page even when a next cursor is given', async () => {
		const { fetchPage } = scripted([
			{ items: rows('a'), next: 2 },
			{ items: [], next: 3 },
		]);
		expect(await paginate(fetchPage, { returnAll: true })).toEqual(rows('a'));
	});

	it('drops records seen on an earlier page (records shifting between pages)', async () => {
		const { fetchPage } = scripted([{ items: rows('a', 'b'), next: 2 }, { items: rows('b', 'c') }]);
		const result = await paginate(fetchPage, { returnAll: true, keyOf: (row) => row.id });
		expect(result.map((row) => row.id)).toEqual(['a', 'b', 'c']);
	});

	it('re-asks once when a page repeats the previous one, then goes on', async () => {
		const { asked, fetchPage } = scripted([
			{ items: rows('a', 'b'), next: 2 },
			{ items: rows('a', 'b'), next: 2 },
			{ items: rows('c', 'd'), next: 3 },
			{ items: rows('e') },
		]);
		const result = await paginate(fetchPage, { returnAll: true, keyOf: (row) => row.id });
		expect(result.map((row) => row.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
		expect(asked).toEqual([undefined, 2, 2, 3]);
	});

	it('fails instead of looping forever when the cursor keeps repeating', async () => {
		const fetchPage = jest.fn(async (cursor: string | undefined) => ({
			items: rows(cursor ?? 'first'),
			next: 'same',
		}));
		await expect(
			paginate(fetchPage, { returnAll: true, keyOf: (row) => row.id }),
		).rejects.toBeInstanceOf(PaginationStalledError);
		expect(fetchPage.mock.calls.length).toBeLessThanOrEqual(4);
	});

	it('returns nothing for a limit of 0', async () => {
		const fetchPage = jest.fn();
		expect(await paginate(fetchPage, { returnAll: false, limit: 0 })).toEqual([]);
		expect(fetchPage).not.toHaveBeenCalled();
	});
});

describe('paginate: records without ids', () => {
	it('an endpoint that ignores the cursor and sends the same keyless page fails after one re-ask', async () => {
		let calls = 0;
		const fetchPage = async (cursor: number | undefined) => {
			calls++;
			return { items: [{ name: 'same' }, { name: 'page' }], next: (cursor ?? 0) + 1 };
		};
		await expect(paginate(fetchPage, { returnAll: true })).rejects.toBeInstanceOf(
			PaginationStalledError,
		);
		expect(calls).toBe(3);
	});
});

/** A page-number list of `total` records, `size` per page (first page `first`), with a request log. */
function numbered(
	total: number,
	size: number,
	options: {
		first?: number;
		ids?: boolean;
		latency?: () => number;
		fail?: (page: number, attempt: number) => boolean;
		totals?: boolean;
	} = {},
) {
	const first = options.first ?? 0;
	const log: number[] = [];
	let inFlight = 0;
	let maxInFlight = 0;
	const attempts = new Map<number, number>();
	const records = Array.from({ length: total }, (_, i) =>
		options.ids === false ? { n: i } : { id: `r${i}`, n: i },
	);
	const fetchPage = async (page: number): Promise<NumberedPage<{ id?: string; n: number }>> => {
		log.push(page);
		inFlight++;
		maxInFlight = Math.max(maxInFlight, inFlight);
		const attempt = (attempts.get(page) ?? 0) + 1;
		attempts.set(page, attempt);
		// Answers arrive out of order: later pages may come back first.
		await Promise.resolve();
		for (let i = 0; i < (options.latency?.() ?? 0); i++) await Promise.resolve();
		inFlight--;
		if (options.fail?.(page, attempt)) throw new Error(`page ${page} failed`);
		const items = records.slice((page - first) * size, (page - first + 1) * size);
		return {
			items,
			more: items.length > 0,
			totalPages: options.totals === false ? undefined : Math.ceil(total / size) + 1,
		};
	};
	return { log, fetchPage, maxInFlight: () => maxInFlight };
}

describe('paginateNumbered', () => {
	const ids = (rows: Array<{ n: number }>) => rows.map((row) => row.n);

	it.each([1, 2, 4, 7])(
		'concurrency %i returns exactly what one page after another returns, and reads each page once',
		async (concurrency) => {
			// Random answer times: pages come back in any order.
			const list = numbered(1_050, 100, { latency: () => Math.floor(Math.random() * 5) });
			const result = await paginateNumbered(list.fetchPage, {
				first: 0,
				pageSize: 100,
				returnAll: true,
				keyOf: (row) => row.id,
				concurrency,
			});
			expect(ids(result)).toEqual(Array.from({ length: 1_050 }, (_, i) => i));
			expect([...list.log].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
			expect(list.maxInFlight()).toBeLessThanOrEqual(concurrency);
			if (concurrency > 1) expect(list.maxInFlight()).toBe(concurrency);
			// One at a time is the plain walk: nothing asked ahead.
			else expect(list.log).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
		},
	);

	it('without a total on the first page, reads one page after another', async () => {
		const list = numbered(250, 100, { totals: false });
		const result = await paginateNumbered(list.fetchPage, {
			first: 0,
			pageSize: 100,
			returnAll: true,
			keyOf: (row) => row.id,
			concurrency: 4,
		});
		expect(result).toHaveLength(250);
		expect(list.log).toEqual([0, 1, 2, 3]);
		expect(list.maxInFlight()).toBe(1);
	});

	it('with a Limit, asks for no page the limit does not need', async () => {
		const list = numbered(5_000, 100, { first: 1 });
		const result = await paginateNumbered(list.fetchPage, {
			first: 1,
			pageSize: 100,
			returnAll: false,
			limit: 250,
			keyOf: (row) => row.id,
			concurrency: 4,
		});
		expect(ids(result)).toEqual(Array.from({ length: 250 }, (_, i) => i));
		expect([...list.log].sort((a, b) => a - b)).toEqual([1, 2, 3]);
	});

	it('a page that fails is an error of the walk only when the walk needs it', async () => {
		const needed = numbered(1_000, 100, { fail: (page) => page === 6 });
		await expect(
			paginateNumbered(needed.fetchPage, {
				first: 0,
				pageSize: 100,
				returnAll: true,
				concurrency: 4,
			}),
		).rejects.toThrow('page 6 failed');
		// Fetched ahead past the limit's last page, its failure is dropped with it.
		const ahead = numbered(1_000, 100, { fail: (page) => page === 3 });
		const result = await paginateNumbered(ahead.fetchPage, {
			first: 0,
			pageSize: 100,
			returnAll: false,
			limit: 300,
			concurrency: 4,
		});
		expect(result).toHaveLength(300);
	});

	it('records without ids from an endpoint that ignores the page number: stops after three pages, not 100,000', async () => {
		const log: number[] = [];
		const fetchPage = async (page: number) => {
			log.push(page);
			return {
				items: Array.from({ length: 100 }, (_, i) => ({ n: i })),
				more: true,
				totalPages: 100_000,
			};
		};
		await expect(
			paginateNumbered(fetchPage, { first: 0, pageSize: 100, returnAll: true, concurrency: 4 }),
		).rejects.toThrow('the API kept returning a page it had already sent (after 3 pages)');
		// Three pages read in order, plus what was already asked ahead (at most twice the concurrency).
		expect(log.length).toBeLessThanOrEqual(3 + 2 * 4);
	});

	it.each([1, 4])(
		'a page that repeats the previous one once (transient) is asked again and nothing is lost (concurrency %i)',
		async (concurrency) => {
			const list = numbered(500, 100);
			let repeated = false;
			const fetchPage = async (page: number) => {
				if (page === 2 && !repeated) {
					repeated = true;
					return await list.fetchPage(1);
				}
				return await list.fetchPage(page);
			};
			const result = await paginateNumbered(fetchPage, {
				first: 0,
				pageSize: 100,
				returnAll: true,
				keyOf: (row) => row.id,
				concurrency,
			});
			expect(ids(result)).toEqual(Array.from({ length: 500 }, (_, i) => i));
			expect(list.log.filter((page) => page === 2)).toHaveLength(1);
			expect(list.log.filter((page) => page === 1)).toHaveLength(2);
		},
	);

	it('records with ids from such an endpoint stop the same way', async () => {
		let calls = 0;
		const fetchPage = async () => {
			calls++;
			return { items: [{ id: 'a' }, { id: 'b' }], more: true };
		};
		await expect(
			paginateNumbered(fetchPage, {
				first: 0,
				pageSize: 2,
				returnAll: true,
				keyOf: (row) => row.id,
			}),
		).rejects.toBeInstanceOf(PaginationStalledError);
		expect(calls).toBe(3);
	});

	it('keyless records that differ page to page are all kept', async () => {
		const list = numbered(450, 100, { ids: false });
		const result = await paginateNumbered(list.fetchPage, {
			first: 0,
			pageSize: 100,
			returnAll: true,
			concurrency: 3,
		});
		expect(ids(result)).toEqual(Array.from({ length: 450 }, (_, i) => i));
	});

	it('fails past maxPages instead of walking on', async () => {
		let calls = 0;
		const fetchPage = async (page: number) => {
			calls++;
			return { items: [{ id: `p${page}` }], more: true };
		};
		await expect(
			paginateNumbered(fetchPage, {
				first: 1,
				pageSize: 1,
				returnAll: true,
				keyOf: (row) => row.id,
				maxPages: 50,
			}),
		).rejects.toThrow('50-page limit');
		expect(calls).toBe(50);
	});
});
