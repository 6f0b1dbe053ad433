import type { INode } from 'n8n-workflow';

import { inputError } from './errors';

/**
 * Turns a user-supplied id into exactly one path segment: refuses empty values and `.`/`..`
 * (which would change the path), percent-encodes everything else (`/`, `?`, `#` included).
 */
export function idSegment(
	node: INode,
	value: unknown,
	parameter: string,
	itemIndex: number,
): string {
	if (typeof value === 'object' && value !== null) {
		throw inputError(node, parameter, 'must be a single ID, not an object or a list', itemIndex);
	}
	const id = value === undefined || value === null ? '' : String(value).trim();
	if (id === '')
		throw inputError(
			node,
			parameter,
			'is empty',
			itemIndex,
			'Enter the ID of the record, or map it from a previous node.',
		);
	if (id === '.' || id === '..') throw inputError(node, parameter, `cannot be "${id}"`, itemIndex);
	return encodeURIComponent(id);
}

/**
 * A record ID as the user gave it (`raw`, for bodies and output) and as one path segment (`path`,
 * percent-encoded). Carried as one value, so an ID is never encoded twice or decoded back.
 */
export class RecordId {
	private constructor(readonly raw: string) {}

	/** Checks a user-supplied ID (not empty, not `.` or `..`, one value) as `idSegment` does. */
	static of(node: INode, value: unknown, parameter: string, itemIndex: number): RecordId {
		idSegment(node, value, parameter, itemIndex);
		return new RecordId(String(value).trim());
	}

	/** The ID as one path segment. */
	get path(): string {
		return encodeURIComponent(this.raw);
	}

	toString(): string {
		return this.raw;
	}
}
