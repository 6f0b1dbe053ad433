import type { IDataObject } from 'n8n-workflow';

/** The fields of Gladly's `query` that are not custom attributes. */
const PROFILE_KEYS = new Set([
	'id',
	'externalCustomerId',
	'name',
	'emails',
	'phones',
	'email',
	'phone',
	'customAttributes',
]);

function strings(value: unknown): string[] {
	const list = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
	return list
		.map((entry) =>
			entry && typeof entry === 'object'
				? ((entry as IDataObject).original ?? (entry as IDataObject).value)
				: entry,
		)
		.filter((entry) => entry !== undefined && entry !== null && String(entry).trim() !== '')
		.map((entry) => String(entry).trim());
}

function unique(list: string[]): string[] {
	return [...new Set(list)];
}

/**
 * Gladly's `query` in one shape, whatever form it arrived in: `emails` and `phones` always arrays
 * (Basic Search sends the configured attributes as strings, e.g. `email`; auto-link and Detailed
 * Lookup send arrays), `email` / `phone` the first of each, and `customAttributes` one flat object
 * holding both the attributes sent at the top level of `query` (Gladly's documentation) and those
 * nested under `customAttributes` (Gladly's App Platform sample); nested ones win on a clash.
 * `raw` keeps the query exactly as received.
 */
export function normaliseQuery(query: unknown): IDataObject {
	const source =
		query && typeof query === 'object' && !Array.isArray(query) ? (query as IDataObject) : {};
	const emails = unique([...strings(source.emails), ...strings(source.email)]);
	const phones = unique([...strings(source.phones), ...strings(source.phone)]);
	const customAttributes: IDataObject = {};
	for (const [key, value] of Object.entries(source))
		if (!PROFILE_KEYS.has(key)) customAttributes[key] = value;
	const nested = source.customAttributes;
	if (nested && typeof nested === 'object' && !Array.isArray(nested))
		Object.assign(customAttributes, nested);
	const out: IDataObject = { emails, phones, customAttributes };
	if (emails.length) out.email = emails[0];
	if (phones.length) out.phone = phones[0];
	if (source.id !== undefined) out.gladlyCustomerId = String(source.id);
	if (
		source.externalCustomerId !== undefined &&
		source.externalCustomerId !== null &&
		String(source.externalCustomerId) !== ''
	)
		out.externalCustomerId = String(source.externalCustomerId);
	if (typeof source.name === 'string' && source.name.trim()) out.name = source.name.trim();
	out.raw = source;
	return out;
}

/** Which of Gladly's lookups this is: detailed (a linked profile), or basic (auto-link or an agent's search). */
export function lookupKind(
	lookupLevel: string,
	uniqueMatchRequired: boolean,
): 'detailed' | 'basic' {
	return lookupLevel === 'DETAILED' || uniqueMatchRequired ? 'detailed' : 'basic';
}
