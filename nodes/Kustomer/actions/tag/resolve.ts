import type { Item } from '../../../shared/kit';
import { kustomerGetMany } from '../../transport';

/** A Kustomer id: 24 hexadecimal characters. */
const KUSTOMER_ID = /^[0-9a-f]{24}$/i;

/**
 * Tag ids for a list of tag names or ids. Ids pass as given; names are looked up (case-insensitive)
 * in GET /v1/tags, read once and only when a name is given. A name that matches no tag, or more than
 * one, fails the item before anything is written.
 */
export async function tagIds(item: Item, values: string[], label: string): Promise<string[]> {
	const names = values.filter((value) => !KUSTOMER_ID.test(value));
	if (names.length === 0) return values;
	const tags = await kustomerGetMany(item, '/v1/tags', { returnAll: true });
	const byName = new Map<string, string[]>();
	for (const tag of tags) {
		const name = String(tag.attributes?.name ?? '').toLowerCase();
		byName.set(name, [...(byName.get(name) ?? []), tag.id]);
	}
	return values.map((value) => {
		if (KUSTOMER_ID.test(value)) return value;
		const found = byName.get(value.toLowerCase()) ?? [];
		if (found.length === 1) return found[0];
		throw item.fail(
			label,
			found.length === 0
				? `"${value}" is not a tag name of this organization`
				: `"${value}" names ${found.length} tags: give the tag ID`,
			'Tag › Get Many lists the tags with their IDs.',
		);
	});
}
