import type { INode } from 'n8n-workflow';

import { inputError } from './errors';

/**
 * Turns a user-supplied id into exactly one path segment: refuses empty values and `.`/`..`
 * (which would change the path), percent-encodes everything else (`/`, `?`, `#` included).
 */
export function idSegment(node: INode, value: unknown, parameter: string, itemIndex: number): string {
	if (typeof value === 'object' && value !== null) {
		throw inputError(node, parameter, 'must be a single ID, not an object or a list', itemIndex);
	}
	const id = value === undefined || value === null ? '' : String(value).trim();
	if (id === '') throw inputError(node, parameter, 'is empty', itemIndex, 'Enter the ID of the record, or map it from a previous node.');
	if (id === '.' || id === '..') throw inputError(node, parameter, `cannot be "${id}"`, itemIndex);
	return encodeURIComponent(id);
}
