import type { IDataObject } from 'n8n-workflow';

import type { PatchOperation } from './transport';

/**
 * Everything here is UNCONFIRMED against a live Nutshell account: the public REST documentation
 * (https://developers.nutshell.com/reference) is silent or contradicts what its clients send. It is kept in
 * this one file so it can be corrected in one place; the sandbox accepts exactly these shapes.
 */

/** Won / lost / cancelled: `POST /rest/leads/{id}/status` with the outcome id (outcomes carry the status). */
export function leadStatusRequest(
	leadIdPath: string,
	outcomeId: string,
	competitorMaps: string[],
	productMaps: IDataObject[],
): { path: string; body: IDataObject } {
	const body: IDataObject = { outcomeId };
	if (competitorMaps.length) body.competitorMaps = competitorMaps;
	if (productMaps.length) body.productMaps = productMaps;
	return { path: `/leads/${leadIdPath}/status`, body };
}

/** Stage move: REST has no set-stage endpoint, so the lead's stage link is replaced by JSON Patch. */
export function stageMovePatch(stageId: string): PatchOperation {
	return { op: 'replace', path: '/leads/0/links/stage', value: stageId };
}

/** RFC 6901 escaping of one JSON Pointer segment. */
export function pointerSegment(name: string): string {
	return name.replace(/~/g, '~0').replace(/\//g, '~1');
}

/**
 * Custom field update path. The spec says `/<entity>/0/<name>`, a peer ships
 * `/<entity>/0/customFields/<name>`; this uses the latter, the form a working client sends.
 */
export function customFieldPatch(plural: string, name: string, value: string): PatchOperation {
	return { op: 'replace', path: `/${plural}/0/customFields/${pointerSegment(name)}`, value };
}

/** Lead due time on create/update: the spec types it as the time object, of which `timestamp` is sent. */
export function leadDueTime(unixSeconds: number): IDataObject {
	return { timestamp: unixSeconds };
}

/** Legacy JSON-RPC methods used where REST has nothing. */
export const RPC_METHODS = {
	/** Teams: REST has no /teams endpoint. Paged with a 1-based `page` and `limit`. */
	findTeams: 'findTeams',
	/** Cross-entity lookup by email (people, companies, users). Param `emailAddressString`. */
	searchByEmail: 'searchByEmail',
} as const;
