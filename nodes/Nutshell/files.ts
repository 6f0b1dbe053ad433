/** Files Nutshell answers (CSV exports, rendered reports), as n8n binary data on the output item. */
import type { IDataObject } from 'n8n-workflow';

import { binaryPropertyField } from '../shared/descriptions';
import { binaryItem } from '../shared/kit';
import type { Item } from '../shared/kit';
import { getHeader } from '../shared/retry';
import type { ApiResponse } from '../shared/types';

export { binaryPropertyField };

/** The output field's name: n8n's binary keys are plain names. */
export function readBinaryProperty(item: Item): string {
	const name = item.string('binaryPropertyName', 'Put Output File in Field', {
		required: true,
		fallback: 'data',
	});
	if (!/^[A-Za-z0-9_-]+$/.test(name))
		throw item.fail(
			'Put Output File in Field',
			`"${name}" is not a field name (letters, digits, _ and -)`,
		);
	return name;
}

/** An item with the response body as a file, named as Nutshell names it (else `fallbackName`). */
export async function fileItem(
	item: Item,
	response: ApiResponse<unknown>,
	options: { property: string; fallbackName: string; mimeType: string; json: IDataObject },
): Promise<IDataObject> {
	const body = response.body;
	const data = Buffer.isBuffer(body) ? body : Buffer.from(String(body ?? ''), 'utf8');
	const disposition = getHeader(response.headers, 'content-disposition') ?? '';
	const named = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition)?.[1];
	const name = named ? decodeURIComponent(named).replace(/[/\\]/g, '_') : options.fallbackName;
	const type = (getHeader(response.headers, 'content-type') ?? '').split(';')[0].trim();
	const binary = await item.n8n.helpers.prepareBinaryData(data, name, type || options.mimeType);
	return binaryItem(
		{ ...options.json, fileName: binary.fileName, fileSize: data.length },
		{ [options.property]: binary },
	);
}
