import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject } from 'n8n-workflow';

import type { Item } from '../shared/kit';

/**
 * Splits CSV text (RFC 4180: quoted fields, doubled quotes, CRLF or LF) into rows; a UTF-8 BOM is
 * dropped.
 */
export function csvRows(input: string): string[][] {
	const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let index = 0; index < text.length; index++) {
		const char = text[index];
		if (quoted) {
			if (char === '"' && text[index + 1] === '"') {
				field += '"';
				index++;
			} else if (char === '"') quoted = false;
			else field += char;
		} else if (char === '"' && field === '') quoted = true;
		else if (char === ',') {
			row.push(field);
			field = '';
		} else if (char === '\n' || char === '\r') {
			if (char === '\r' && text[index + 1] === '\n') index++;
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
		} else field += char;
	}
	if (field !== '' || row.length) {
		row.push(field);
		rows.push(row);
	}
	return rows.filter((cells) => !(cells.length === 1 && cells[0] === ''));
}

/** CSV with a header row → one object per data row, keyed by the header. */
export function csvRecords(text: string): IDataObject[] {
	const [header, ...rows] = csvRows(text);
	if (!header) return [];
	return rows.map((cells) =>
		Object.fromEntries(header.map((name, index) => [name, cells[index] ?? ''])),
	);
}

/**
 * JSON Lines from a Buffer, decoded one line at a time (the file is never copied into one big
 * string). Calls `onRecord` per line and stops early when it returns false. Returns a message for
 * the first line that is not JSON (nothing after it is read), or undefined.
 */
export function forEachJsonLine(
	buffer: Buffer,
	onRecord: (record: IDataObject, line: number) => boolean | void,
): string | undefined {
	let start =
		buffer.length >= 3 && buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf ? 3 : 0;
	let line = 0;
	while (start < buffer.length) {
		let end = buffer.indexOf(0x0a, start);
		if (end === -1) end = buffer.length;
		line++;
		const text = buffer.toString('utf8', start, end).trim();
		start = end + 1;
		if (!text) continue;
		const record = parseLine(text);
		if (record === INVALID) return `line ${line} is not valid JSON`;
		const value =
			record && typeof record === 'object' && !Array.isArray(record)
				? (record as IDataObject)
				: { value: record as IDataObject[string] };
		if (onRecord(value, line) === false) return undefined;
	}
	return undefined;
}

const INVALID = Symbol('invalid');

function parseLine(text: string): unknown {
	try {
		return JSON.parse(text);
	} catch {
		return INVALID;
	}
}

/**
 * The records of a JSON Lines download, up to `limit` (undefined: all); `what` names it in the
 * error.
 */
export function jsonLines(
	item: Item,
	buffer: Buffer,
	limit: number | undefined,
	what: string,
): IDataObject[] {
	const records: IDataObject[] = [];
	const invalid = forEachJsonLine(buffer, (record) => {
		records.push(record);
		return records.length < (limit ?? Infinity);
	});
	if (invalid) {
		const message = `${what} could not be read: ${invalid} [item ${item.index}]`;
		throw new NodeOperationError(item.node, message, { itemIndex: item.index });
	}
	return records;
}
