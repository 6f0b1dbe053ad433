import { randomBytes } from 'crypto';
import { NodeApiError } from 'n8n-workflow';
import type { IDataObject, IHttpRequestMethods, JsonObject } from 'n8n-workflow';

import { itemSuffix, plainText } from '../shared/errors';
import { RecordId } from '../shared/ids';
import type { Item } from '../shared/kit';
import { pacerFor } from '../shared/pacer';
import { scopedRequest } from '../shared/request';
import { getHeader } from '../shared/retry';
import type {
	ApiRequestOptions,
	ApiResponse,
	HttpHeaders,
	ProviderErrorInfo,
	ProviderProfile,
	RateLimitSnapshot,
	RequestScope,
} from '../shared/types';
import { gladlyOrigin } from './hosts';

interface GladlyErrorEntry {
	attr?: string;
	code?: string;
	detail?: string;
	meta?: IDataObject;
}

/** Gladly's `{errors:[{attr,code,detail,meta}]}`, or the single-object form some 404/400s use. */
export function errorEntries(body: unknown): GladlyErrorEntry[] {
	if (!body || typeof body !== 'object') return [];
	const errors = (body as IDataObject).errors;
	if (Array.isArray(errors))
		return errors.filter((entry) => entry && typeof entry === 'object') as GladlyErrorEntry[];
	if (errors && typeof errors === 'object') return [errors as GladlyErrorEntry];
	return [];
}

function describeEntry(entry: GladlyErrorEntry): string {
	return [entry.attr, entry.code, entry.detail].filter(Boolean).join(': ');
}

function takenHint(entry: GladlyErrorEntry): string {
	const existing = entry.meta?.id ?? entry.meta?.existingAnswerId ?? entry.meta?.customerId;
	const owner = existing ? ` (the existing record is ${String(existing)})` : '';
	if (entry.attr === 'id') {
		return (
			`A record with this ID already exists${owner}. If this item was retried after a timeout, ` +
			'the record was created by the first attempt; otherwise choose another ID or leave it empty.'
		);
	}
	return (
		`Another record already uses this ${entry.attr ?? 'value'}${owner}. Gladly requires it to be ` +
		'unique: update the existing record instead (for customers, use Create or Update).'
	);
}

const STATE_HINTS: Array<[RegExp, string]> = [
	[
		/topics are required/i,
		'Add at least one topic before closing (Conversation › Close adds the topics you give, then ' +
			'closes).',
	],
	[
		/customer waiting/i,
		"Turn on 'Force' to close a conversation while the customer waits for a reply.",
	],
	[
		/agent does not belong to inbox/i,
		'Choose an agent who is a member of the chosen inbox, or leave the agent empty.',
	],
	[
		/close any open or waiting conversations/i,
		"Close the customer's open conversations first, then delete the customer.",
	],
	[
		/disabled before/i,
		'Disable the webhook first (Webhook › Disable); Webhook › Delete does this for you.',
	],
];

/** Reduces any Gladly error response to "attr: code: detail" plus a hint on how to fix it. */
export function parseGladlyError(
	response: ApiResponse<unknown>,
	request: { method: string; path: string },
): ProviderErrorInfo {
	const entries = errorEntries(response.body);
	const message = entries.map(describeEntry).filter(Boolean).join('; ') || plainText(response.body);
	const first = entries[0];
	const code = first?.code;
	const status = response.statusCode;
	if (status === 401) {
		return {
			message: message || 'authentication failed',
			hint:
				'Check the agent email and API token in the Gladly credentials. The token must belong to ' +
				'that user, in this environment (a sandbox token does not work in production).',
			code,
		};
	}
	if (status === 403) {
		const extra = /\/reports/.test(request.path)
			? ' Reports also need the Administrator role.'
			: request.method === 'DELETE' && /customer-profiles/.test(request.path)
				? ' Deleting a customer also needs the Compliance Admin role.'
				: '';
		return {
			message: message || 'forbidden',
			hint: `The API user lacks a permission: it needs the API User permission.${extra}`,
			code,
		};
	}
	if (status === 409 && code === 'taken') return { message, hint: takenHint(first), code };
	if (status === 409 && code === 'version_outdated') {
		return {
			message,
			hint:
				'Another change was saved first. Get the business hours again and send its current ' +
				"'Version'.",
			code,
		};
	}
	if (status === 429) {
		return {
			message: message || 'rate limit reached',
			hint:
				'Gladly allows 10 requests per second per organization, shared by every token (reports: ' +
				'10 per minute, 2 at a time). Run fewer items at once or run less often.',
			code,
		};
	}
	if (code === 'moved') {
		const target = first?.meta?.new;
		return {
			message,
			hint:
				`The customer was merged${target ? ` into ${String(target)}` : ''}: use the new customer ` +
				`ID (Customer › Get follows the merge for you).`,
			code,
		};
	}
	if (code === 'not_exist' || status === 404)
		return {
			message: message || 'not found',
			hint:
				'Check the ID; the record may have been deleted, merged or belong to another ' +
				'organization.',
			code,
		};
	const stateHint = STATE_HINTS.find(([pattern]) => pattern.test(message))?.[1];
	if (stateHint) return { message, hint: stateHint, code };
	if (code === 'blank')
		return { message, hint: 'A required value was empty; the message names the field.', code };
	return { message, code };
}

function readGladlyRateLimit(headers: HttpHeaders): RateLimitSnapshot | undefined {
	const remaining = getHeader(headers, 'ratelimit-remaining-second');
	const limit = getHeader(headers, 'ratelimit-limit-second');
	if (remaining === undefined && limit === undefined) return undefined;
	const toNumber = (value: string | undefined) =>
		value === undefined || !Number.isFinite(Number(value)) ? undefined : Number(value);
	return { limit: toNumber(limit), remaining: toNumber(remaining), windowMs: 1000 };
}

export const gladlyProfile: ProviderProfile = {
	app: 'Gladly',
	credentialType: 'gladlyApi',
	resolveOrigin: gladlyOrigin,
	parseError: parseGladlyError,
	readRateLimit: readGladlyRateLimit,
	defaultRateLimit: { limit: 10, windowMs: 1000 },
};

export type GladlyRequestOptions = Omit<
	ApiRequestOptions,
	'method' | 'path' | 'itemIndex' | 'timeoutMs'
> & {
	/** A deadline of its own (the webhook trigger's fetch budget); default the scope's Timeout. */
	timeoutMs?: number;
};

/**
 * One request to Gladly's API (`path` below `/api/v1`). The scope says who sends it: an action
 * node's `Item` (its index and Timeout go with the request) or `{ n8n: this }` in triggers and
 * dropdown methods.
 */
export async function gladlyRequest<T = unknown>(
	scope: RequestScope,
	method: IHttpRequestMethods,
	path: string,
	options: GladlyRequestOptions = {},
): Promise<ApiResponse<T>> {
	return await scopedRequest<T>(scope, gladlyProfile, {
		method,
		path: `/api/v1${path}`,
		...options,
	});
}

/** GET of one record. */
export async function getRecord(scope: RequestScope, path: string): Promise<IDataObject> {
	return (await gladlyRequest<IDataObject>(scope, 'GET', path)).body;
}

/** GET of a whole list (Gladly does not page): the records, or none when the body is not a list. */
export async function getList(
	scope: RequestScope,
	path: string,
	qs?: IDataObject,
): Promise<IDataObject[]> {
	const response = await gladlyRequest(scope, 'GET', path, { qs });
	return Array.isArray(response.body) ? (response.body as IDataObject[]) : [];
}

/** Gladly's reports allow 10 requests a minute and 2 at a time per organization. */
export const REPORTS_LIMIT = { limit: 10, windowMs: 60_000 };

/** Runs a report request paced by the reports limit (on top of the default 10/s). */
export async function reportRequest(
	scope: RequestScope,
	path: string,
	body: IDataObject,
): Promise<ApiResponse<Buffer>> {
	await pacerFor(scope.n8n).acquire('gladly-reports', REPORTS_LIMIT);
	return await gladlyRequest<Buffer>(scope, 'POST', path, {
		body,
		binary: true,
		// An HTML page is never a report; a report without rows may come back empty.
		file: { empty: true },
		headers: { Accept: 'text/csv, application/json' },
		// A report has no side effects: repeating it after a broken connection is safe.
		idempotent: true,
	});
}

/** A slugid-style id (22 URL-safe characters), like the ids Gladly generates. */
export function newId(): string {
	return randomBytes(16).toString('base64url').slice(0, 22);
}

/** The last path segment of a `Location` header: the id of what a 201 created. */
export function idFromLocation(headers: HttpHeaders): string | undefined {
	const location = getHeader(headers, 'location');
	if (!location) return undefined;
	const path = location.replace(/^[a-z]+:\/\/[^/]+/i, '').split(/[?#]/)[0];
	const last = path.split('/').filter(Boolean).pop();
	return last ? decodeURIComponent(last) : undefined;
}

/** An id Gladly returned (a body field or a `Location`), as a RecordId for the next request. */
export function returnedId(scope: RequestScope, raw: string): RecordId {
	return RecordId.of(scope.n8n.getNode(), raw, 'id', scope.index ?? 0);
}

/**
 * Creates with a client-generated id (unless the user gave one), so a create retried after a
 * timeout cannot duplicate: Gladly answers a repeat with 409 `taken` on `id`, which counts as
 * success when the id is ours. Returns the id and the response.
 */
export async function createWithId<T = unknown>(
	scope: RequestScope,
	path: string,
	body: IDataObject,
): Promise<{ id: RecordId; response: ApiResponse<T>; repeated: boolean }> {
	const ours = body.id === undefined || body.id === '';
	const id = ours ? newId() : String(body.id);
	const response = await gladlyRequest<T>(scope, 'POST', path, {
		body: { ...body, id },
		idempotent: true,
		acceptStatuses: ours ? [409] : [],
	});
	if (response.statusCode === 409) {
		const entry = errorEntries(response.body)[0];
		if (entry?.code !== 'taken' || entry.attr !== 'id') {
			const info = parseGladlyError(response, { method: 'POST', path });
			const message = `Gladly answered 409: ${info.message}${itemSuffix(scope.index)}`;
			throw new NodeApiError(scope.n8n.getNode(), { message, httpCode: '409' } as JsonObject, {
				message,
				description: info.hint,
				httpCode: '409',
				itemIndex: scope.index,
			});
		}
		return { id: returnedId(scope, id), response, repeated: true };
	}
	return {
		id: returnedId(scope, idFromLocation(response.headers) ?? id),
		response,
		repeated: false,
	};
}

/** Whether Gladly cut the list short (`Gladly-Limited-Data`). */
export function isLimited(headers: HttpHeaders): boolean {
	const value = getHeader(headers, 'gladly-limited-data');
	return value !== undefined && value !== '' && value.toLowerCase() !== 'false';
}

/**
 * A capped list (no paging in Gladly): `limit` (undefined: all) applies client-side. When Gladly
 * flags the list as truncated, every returned record carries `gladlyLimitedData: true` and the run
 * shows a hint.
 */
export async function cappedList(
	item: Item,
	path: string,
	options: { qs?: IDataObject; limit: number | undefined; cap: number; what: string },
): Promise<IDataObject[]> {
	const response = await gladlyRequest(item, 'GET', path, {
		qs: options.qs,
		arrayFormat: 'repeat',
	});
	const records = Array.isArray(response.body) ? (response.body as IDataObject[]) : [];
	const chosen = records.slice(0, options.limit);
	if (!isLimited(response.headers)) return chosen;
	item.n8n.addExecutionHints({
		message:
			`Gladly returned only the first ${records.length} ${options.what} (its limit is ` +
			`${options.cap}); older records are not included. Use an export job or a report for ` +
			`complete data.`,
		location: 'outputPane',
	});
	return chosen.map((record) => ({ ...record, gladlyLimitedData: true }));
}
