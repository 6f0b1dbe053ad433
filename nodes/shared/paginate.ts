import { createHash } from 'crypto';

/** One page as a provider returned it: the records and how to ask for the next page (undefined = last). */
export interface Page<T, C> {
	items: T[];
	next?: C;
}

export interface PaginateOptions<T> {
	returnAll: boolean;
	/** Records wanted when not returning all. */
	limit?: number;
	/** Identity of a record, to drop duplicates across pages (records without one are kept). */
	keyOf?: (item: T) => string | undefined;
	/** Safety stop; a provider that never ends paging hits this and the run fails. */
	maxPages?: number;
}

/** The most pages any list has in flight at once, whatever the option says. */
export const MAX_CONCURRENCY = 10;

/** Pages walked without a cap the provider gives: far beyond any real list, well before memory runs out. */
export const DEFAULT_MAX_PAGES = 10_000;

export class PaginationStalledError extends Error {
	constructor(
		readonly pages: number,
		reason: 'repeat' | 'cap' = 'repeat',
	) {
		super(
			reason === 'repeat'
				? `the API kept returning a page it had already sent (after ${pages} pages)`
				: `the API kept sending pages past the ${pages}-page limit of one list`,
		);
	}
}

/**
 * What a walk has taken in so far: records already returned (by key) and pages already seen (by a hash
 * of their records that have no key). A page is "stale" when it brings nothing new: every keyed record
 * was returned before and its keyless records, if any, are a page already seen. An endpoint that ignores
 * the page parameter is caught this way whether or not its records have ids.
 */
class Intake<T> {
	private readonly keys = new Set<string>();
	private readonly hashes = new Set<string>();

	constructor(private readonly keyOf?: (item: T) => string | undefined) {}

	/** What identifies a page's content: its keys in order, and a hash of its records without one. */
	signature(items: T[]): string {
		const keys: string[] = [];
		const keyless: T[] = [];
		for (const item of items) {
			const key = this.keyOf?.(item);
			if (key === undefined) keyless.push(item);
			else keys.push(key);
		}
		const hash = keyless.length
			? createHash('sha1').update(JSON.stringify(keyless)).digest('base64')
			: '';
		return `${keys.join('\u0000')}|${hash}`;
	}

	/** The new records of a page (in order), and whether the page brought nothing new. */
	take(items: T[]): { fresh: T[]; stale: boolean } {
		const fresh: T[] = [];
		const keyless: T[] = [];
		for (const item of items) {
			const key = this.keyOf?.(item);
			if (key === undefined) {
				keyless.push(item);
				fresh.push(item);
				continue;
			}
			if (this.keys.has(key)) continue;
			this.keys.add(key);
			fresh.push(item);
		}
		if (keyless.length) {
			const hash = createHash('sha1').update(JSON.stringify(keyless)).digest('base64');
			if (this.hashes.has(hash))
				return {
					fresh: fresh.filter((item) => !keyless.includes(item)),
					stale: fresh.length === keyless.length,
				};
			this.hashes.add(hash);
		}
		return { fresh, stale: items.length > 0 && fresh.length === 0 };
	}
}

function wantedOf(options: { returnAll: boolean; limit?: number }): number {
	return options.returnAll ? Infinity : Math.max(0, options.limit ?? 50);
}

/**
 * The shared paging loop for cursors (each page names the next): fetches pages until the provider says
 * there is no next page or the limit is reached, never fetches a page twice on purpose, and never emits
 * a record twice. A page that brings nothing new (or points back at a cursor already used) is fetched
 * once more, in case the repeat was transient; if it repeats again the loop fails rather than spin or
 * silently stop.
 */
export async function paginate<T, C>(
	fetchPage: (cursor: C | undefined, pageIndex: number) => Promise<Page<T, C>>,
	options: PaginateOptions<T>,
): Promise<T[]> {
	const wanted = wantedOf(options);
	const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
	const results: T[] = [];
	const intake = new Intake(options.keyOf);
	const usedCursors = new Set<string>();
	let cursor: C | undefined;
	let pages = 0;
	let retriedStall = false;

	while (results.length < wanted) {
		if (pages >= maxPages) throw new PaginationStalledError(pages, 'cap');
		const page = await fetchPage(cursor, pages);
		pages++;
		const { fresh, stale } = intake.take(page.items);
		for (const item of fresh) {
			results.push(item);
			if (results.length >= wanted) break;
		}
		if (results.length >= wanted || page.next === undefined || page.items.length === 0) break;

		const nextKey = JSON.stringify(page.next);
		const stalled = stale || usedCursors.has(nextKey) || nextKey === JSON.stringify(cursor);
		if (stalled) {
			if (retriedStall) throw new PaginationStalledError(pages);
			retriedStall = true;
			continue;
		}
		retriedStall = false;
		if (cursor !== undefined) usedCursors.add(JSON.stringify(cursor));
		cursor = page.next;
	}
	return results.length > wanted ? results.slice(0, wanted) : results;
}

/** One page of a page-number list. */
export interface NumberedPage<T> {
	items: T[];
	/** Whether the provider says a further page follows (a next link, or "not empty" where there is none). */
	more: boolean;
	/**
	 * How many pages the list has in all, when the provider says (e.g. a total on the first page); pages up
	 * to it may be fetched ahead, in parallel. Beyond it the walk goes on one page at a time.
	 */
	totalPages?: number;
}

export interface NumberedOptions<T, U = T> extends PaginateOptions<T> {
	/** Number of the first page (0 or 1). */
	first: number;
	/** Records asked per page: with a Limit, no page is fetched ahead beyond what the limit needs. */
	pageSize: number;
	/** Pages in flight at once (1 = one after another). */
	concurrency?: number;
	/** Called for each page read, in page order, with its new records, as soon as the order allows. */
	onPage?: (records: T[], page: number, result: NumberedPage<T>) => void;
	/** Turns each new record into what is returned, page by page, so whole raw pages are not kept. */
	map?: (record: T) => U;
}

/**
 * Page-number lists, with up to `concurrency` pages in flight once the first page has told how many
 * there are. Pages are taken in order and the walk behaves exactly as one page after another would:
 * the same records in the same order, each once, stopping at the same page (an empty page, the
 * provider's last page or the limit); a page fetched ahead of that stop is dropped unread. A page that
 * brings nothing new is asked once more; if it repeats again (an endpoint that ignores the page number,
 * with or without ids) the walk fails, as it does going past `maxPages`. At most `concurrency` pages are held at a time, so memory follows the records.
 */
export async function paginateNumbered<T, U = T>(
	fetchPage: (page: number) => Promise<NumberedPage<T>>,
	options: NumberedOptions<T, U>,
): Promise<U[]> {
	const wanted = wantedOf(options);
	const results: U[] = [];
	const map = options.map ?? ((record: T) => record as unknown as U);
	if (wanted === 0) return results;
	const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
	const concurrency = Math.max(1, Math.floor(options.concurrency ?? 1));
	const intake = new Intake(options.keyOf);
	const requests = new Map<number, Promise<NumberedPage<T>>>();
	// Page numbers known to exist: fetched ahead up to here. Only the first page's totals extend it, and a
	// Limit caps it at the pages full pages would need.
	let known = options.first;
	const limitPages = Number.isFinite(wanted)
		? options.first + Math.ceil(wanted / Math.max(1, options.pageSize)) - 1
		: Infinity;
	const last = options.first + maxPages - 1;
	let cursor = options.first;
	let nextToLaunch = options.first;
	let active = 0;
	let stopped = false;
	/** What each page number answered (as a signature), to recognise a page sent again under another number. */
	const answered = new Map<number, string>();

	// Every answer frees its slot for the next page at once, whatever the order; pages answered ahead
	// of the one being read wait in `requests` (at most twice the concurrency). One at a time reads
	// nothing ahead.
	const ahead = concurrency === 1 ? 0 : 2 * concurrency - 1;
	const bound = () => Math.max(cursor, Math.min(cursor + ahead, known, limitPages, last));
	const pump = () => {
		while (
			!stopped &&
			nextToLaunch <= bound() &&
			(active < concurrency || nextToLaunch === cursor)
		) {
			const page = nextToLaunch++;
			active++;
			const request = fetchPage(page);
			const done = () => {
				active--;
				pump();
			};
			// Read in order below; a page dropped unread must not surface as an unhandled rejection.
			request.then((result) => {
				answered.set(page, intake.signature(result.items));
				done();
			}, done);
			requests.set(page, request);
		}
	};

	try {
		for (; ; cursor++) {
			if (cursor > last) throw new PaginationStalledError(maxPages, 'cap');
			pump();
			const page = cursor;
			let result = await requests.get(page)!;
			requests.delete(page);
			if (
				page === options.first &&
				result.totalPages !== undefined &&
				Number.isFinite(result.totalPages)
			) {
				known = Math.max(known, options.first + Math.floor(result.totalPages) - 1);
			}
			let { fresh, stale } = intake.take(result.items);
			if (stale && result.more) {
				// A page that brings nothing new (a repeat, perhaps transient): asked once more, as one page
				// after another would; a second repeat means the endpoint ignores the page number.
				result = await fetchPage(page);
				const again = intake.signature(result.items);
				const elsewhere = [...answered].some(
					([number, signature]) => number !== page && signature === again,
				);
				({ fresh, stale } = intake.take(result.items));
				if ((stale && result.more) || elsewhere)
					throw new PaginationStalledError(page - options.first + 2);
			}
			const room = wanted - results.length;
			const taken = fresh.length > room ? fresh.slice(0, room) : fresh;
			for (const item of taken) results.push(map(item));
			options.onPage?.(taken, page, result);
			if (results.length >= wanted || !result.more || result.items.length === 0) break;
		}
	} finally {
		stopped = true;
		await Promise.allSettled(requests.values());
	}
	return results;
}
