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

export class PaginationStalledError extends Error {
	constructor(readonly pages: number) {
		super(`the API kept returning a page it had already sent (after ${pages} pages)`);
	}
}

/**
 * The shared paging loop: fetches pages until the provider says there is no next page or the limit
 * is reached, never fetches a page twice on purpose, and never emits a record twice. A page that
 * brings nothing new (or points back at a cursor already used) is fetched once more, in case the
 * repeat was transient; if it repeats again the loop fails rather than spin or silently stop.
 */
export async function paginate<T, C>(
	fetchPage: (cursor: C | undefined, pageIndex: number) => Promise<Page<T, C>>,
	options: PaginateOptions<T>,
): Promise<T[]> {
	const wanted = options.returnAll ? Infinity : Math.max(0, options.limit ?? 50);
	const maxPages = options.maxPages ?? 100_000;
	const results: T[] = [];
	const seenKeys = new Set<string>();
	const usedCursors = new Set<string>();
	let cursor: C | undefined;
	let pages = 0;
	let retriedStall = false;

	while (results.length < wanted) {
		if (pages >= maxPages) throw new PaginationStalledError(pages);
		const page = await fetchPage(cursor, pages);
		pages++;
		let fresh = 0;
		for (const item of page.items) {
			const key = options.keyOf?.(item);
			if (key !== undefined) {
				if (seenKeys.has(key)) continue;
				seenKeys.add(key);
			}
			fresh++;
			results.push(item);
			if (results.length >= wanted) break;
		}
		if (results.length >= wanted || page.next === undefined || page.items.length === 0) break;

		const nextKey = JSON.stringify(page.next);
		const stalled = fresh === 0 || usedCursors.has(nextKey) || nextKey === JSON.stringify(cursor);
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
