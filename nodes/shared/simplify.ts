import type { IDataObject } from 'n8n-workflow';

function readPath(record: IDataObject, path: string): unknown {
	let value: unknown = record;
	for (const part of path.split('.')) {
		if (value === null || typeof value !== 'object') return undefined;
		value = (value as IDataObject)[part];
	}
	return value;
}

/**
 * Keeps the named fields (dotted paths allowed; the output key is the last segment unless a
 * rename is given as `path:key`). At most 10 fields, as n8n's Simplify convention asks.
 */
export function simplify(record: IDataObject, fields: readonly string[]): IDataObject {
	const out: IDataObject = {};
	for (const spec of fields.slice(0, 10)) {
		const [path, rename] = spec.split(':');
		const value = readPath(record, path);
		if (value !== undefined) out[rename ?? path.split('.').pop()!] = value as IDataObject[string];
	}
	return out;
}
