import { PaginationStalledError, paginate } from '../../../nodes/shared/paginate';
import type { Page } from '../../../nodes/shared/paginate';

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
		const { fetchPage } = scripted([{ items: rows('a'), next: 2 }, { items: [], next: 3 }]);
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
		const fetchPage = jest.fn(async (cursor: string | undefined) => ({ items: rows(cursor ?? 'first'), next: 'same' }));
		await expect(paginate(fetchPage, { returnAll: true, keyOf: (row) => row.id })).rejects.toBeInstanceOf(PaginationStalledError);
		expect(fetchPage.mock.calls.length).toBeLessThanOrEqual(4);
	});

	it('returns nothing for a limit of 0', async () => {
		const fetchPage = jest.fn();
		expect(await paginate(fetchPage, { returnAll: false, limit: 0 })).toEqual([]);
		expect(fetchPage).not.toHaveBeenCalled();
	});
});
