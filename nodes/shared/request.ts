import { NodeOperationError, sleep } from 'n8n-workflow';
import type { ICredentialDataDecryptedObject, IHttpRequestOptions } from 'n8n-workflow';

import {
	networkError,
	providerError,
	tryParseJson,
	unreadableResponse,
	waitTooLong,
} from './errors';
import { pacerFor } from './pacer';
import {
	MAX_ATTEMPTS,
	MAX_RETRY_AFTER_MS,
	backoffMs,
	classifyNetworkError,
	describeWait,
	getHeader,
	isTransientStatus,
	retryAfterMs,
} from './retry';
import type {
	ApiRequestOptions,
	ApiResponse,
	FileExpectation,
	HttpHeaders,
	ProviderProfile,
	RequestContext,
	RequestScope,
} from './types';

export const DEFAULT_TIMEOUT_MS = 30_000;
const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS']);

const origins = new WeakMap<object, Map<string, string>>();
/** Secret strings of the run's credentials (and their base64 / Basic forms), longest first. */
const secretStrings = new WeakMap<object, Map<string, string[]>>();

function secretsOf(credentials: ICredentialDataDecryptedObject): string[] {
	const strings = (pattern: RegExp, min: number) =>
		Object.entries(credentials)
			.filter(
				([name, value]) => pattern.test(name) && typeof value === 'string' && value.length >= min,
			)
			.map(([, value]) => value as string);
	const users = strings(/user|email|login/i, 1);
	const found = new Set<string>();
	for (const secret of strings(/key|token|secret|password/i, 4)) {
		found.add(secret).add(Buffer.from(secret).toString('base64'));
		for (const user of users) found.add(Buffer.from(`${user}:${secret}`).toString('base64'));
	}
	return [...found].sort((a, b) => b.length - a.length);
}

/** Replaces any credential secret in an error body (a provider or proxy that echoes the request). */
function redact(body: unknown, secrets: string[] | undefined): unknown {
	if (!secrets?.length || body === undefined || body === null) return body;
	const text = Buffer.isBuffer(body)
		? body.toString('utf8')
		: typeof body === 'string'
			? body
			: JSON.stringify(body);
	if (!secrets.some((secret) => text.includes(secret))) return body;
	const clean = secrets.reduce((current, secret) => current.split(secret).join('[redacted]'), text);
	return typeof body === 'object' && !Buffer.isBuffer(body)
		? (JSON.parse(clean) as unknown)
		: clean;
}

/** The validated origin for the node's credentials; refuses before anything is sent. */
export async function resolveOrigin(
	context: RequestContext,
	profile: ProviderProfile,
	itemIndex?: number,
): Promise<string> {
	const cached = origins.get(context)?.get(profile.credentialType);
	if (cached) return cached;
	const credentials = await context.getCredentials(profile.credentialType, itemIndex ?? 0);
	const origin = profile.resolveOrigin(credentials);
	if (!origin.ok) {
		throw new NodeOperationError(context.getNode(), origin.message, {
			itemIndex,
			description: `Open the ${profile.app} credentials and correct the host fields. Nothing was sent.`,
		});
	}
	const perContext = origins.get(context) ?? new Map<string, string>();
	perContext.set(profile.credentialType, origin.value);
	origins.set(context, perContext);
	const secrets = secretStrings.get(context) ?? new Map<string, string[]>();
	secrets.set(profile.credentialType, secretsOf(credentials));
	secretStrings.set(context, secrets);
	return origin.value;
}

function isJsonContent(headers: HttpHeaders): boolean {
	return /json/i.test(getHeader(headers, 'content-type') ?? '');
}

/**
 * Whether a downloaded body can be the file asked for. A 200 carrying an HTML page where a CSV, an
 * MP3 or a PDF was due is a proxy's or login wall's page; an empty body where the file always has
 * bytes is a lost response. Both would otherwise be handed on as the file.
 */
export function couldBeFile(
	expected: FileExpectation,
	headers: HttpHeaders,
	body: Buffer,
): boolean {
	if (body.length === 0) return expected.empty === true;
	if (expected.html) return true;
	const type = getHeader(headers, 'content-type') ?? '';
	const start = body.subarray(0, 100).toString('utf8');
	return !/^\s*text\/html/i.test(type) && !/^\s*<(!doctype\s+html|html)[\s>]/i.test(start);
}

type Parsed = { ok: true; body: unknown } | { ok: false };

/** Parses a 2xx body; `ok: false` means it is broken (truncated JSON, an HTML page, empty where data was due). */
function parseSuccessBody(
	options: ApiRequestOptions,
	status: number,
	headers: HttpHeaders,
	raw: unknown,
): Parsed {
	if (options.binary) {
		const file = Buffer.isBuffer(raw) ? raw : Buffer.from((raw as string) ?? '');
		return options.file && !couldBeFile(options.file, headers, file)
			? { ok: false }
			: { ok: true, body: file };
	}
	const text = Buffer.isBuffer(raw)
		? raw.toString('utf8')
		: typeof raw === 'string'
			? raw
			: raw === undefined || raw === null
				? ''
				: undefined;
	if (text === undefined) return { ok: true, body: raw };
	if (options.text) return { ok: true, body: text };
	if (text.trim() === '') {
		// A 200 that announces JSON but carries nothing is broken (a proxy or a cut response), even for a
		// write: taking it as success would report a create, update or delete that never happened.
		const emptyIsNormal =
			status === 204 ||
			status === 201 ||
			status === 202 ||
			(options.method !== 'GET' && !isJsonContent(headers));
		return emptyIsNormal ? { ok: true, body: undefined } : { ok: false };
	}
	const parsed = tryParseJson(text);
	if (parsed === undefined)
		return isJsonContent(headers) || /^\s*</.test(text) ? { ok: false } : { ok: true, body: text };
	return { ok: true, body: parsed };
}

function parseErrorBody(raw: unknown): unknown {
	const text = Buffer.isBuffer(raw) ? raw.toString('utf8') : raw;
	if (typeof text !== 'string') return text;
	return tryParseJson(text) ?? text;
}

/**
 * The one request function of the package: authenticated through n8n, pinned to the validated
 * origin, paced by the provider's rate-limit headers, retried within bounds, errors shaped.
 */
export async function apiRequest<T = unknown>(
	this: RequestContext,
	profile: ProviderProfile,
	options: ApiRequestOptions,
): Promise<ApiResponse<T>> {
	const node = this.getNode();
	const { itemIndex } = options;
	const origin = await resolveOrigin(this, profile, itemIndex);
	const secrets = secretStrings.get(this)?.get(profile.credentialType);
	const pacer = pacerFor(this);
	const bucket = options.bucket ?? 'default';
	const idempotent = options.idempotent ?? IDEMPOTENT_METHODS.has(options.method);
	const timeout = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;

	const request: IHttpRequestOptions = {
		method: options.method,
		baseURL: origin,
		url: options.path,
		qs: options.qs as IHttpRequestOptions['qs'],
		body: options.body as IHttpRequestOptions['body'],
		headers: { Accept: 'application/json', ...profile.headers, ...options.headers },
		encoding: options.binary ? 'arraybuffer' : 'text',
		json: false,
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
		disableFollowRedirect: true,
		timeout,
		arrayFormat: options.arrayFormat,
	};
	if (
		options.body !== undefined &&
		!Buffer.isBuffer(options.body) &&
		typeof options.body !== 'string'
	) {
		request.body = JSON.stringify(options.body);
		request.headers = { 'Content-Type': 'application/json', ...request.headers };
	}

	// Set once an attempt may have reached the provider's handler (a broken connection or response, a 5xx).
	let earlierMayHaveApplied = false;
	for (let attempt = 1; ; attempt++) {
		const { seq, refusedWaitMs } = await pacer.acquire(bucket, profile.defaultRateLimit);
		if (refusedWaitMs !== undefined)
			throw waitTooLong(
				node,
				profile.app,
				`its rate limit resets in ${describeWait(refusedWaitMs)}`,
				itemIndex,
			);
		let response: { statusCode: number; headers: HttpHeaders; body: unknown };
		try {
			response = await this.helpers.httpRequestWithAuthentication.call(
				this,
				profile.credentialType,
				{
					...request,
					headers: { ...request.headers },
				},
			);
		} catch (error) {
			pacer.observe(bucket, undefined, seq);
			const failure = classifyNetworkError(unwrapCause(error));
			const retryable = failure.kind === 'not-sent' || (failure.kind === 'ambiguous' && idempotent);
			if (retryable && attempt < MAX_ATTEMPTS) {
				earlierMayHaveApplied ||= failure.kind === 'ambiguous';
				await sleep(backoffMs(attempt));
				continue;
			}
			throw networkError(
				node,
				profile.app,
				{
					code: failure.code,
					message: failure.message,
					maybeProcessed: failure.kind !== 'not-sent',
					attempts: attempt,
				},
				itemIndex,
			);
		}

		const { statusCode: status, headers } = response;
		const snapshot = profile.readRateLimit?.(headers);
		pacer.observe(bucket, snapshot, seq);

		// A repeated DELETE that finds nothing: the earlier attempt deleted it, so the delete succeeded.
		if (status === 404 && options.method === 'DELETE' && earlierMayHaveApplied)
			return { statusCode: 204, headers, body: undefined as T };

		if ((status >= 200 && status < 300) || options.acceptStatuses?.includes(status)) {
			const parsed =
				status >= 200 && status < 300
					? parseSuccessBody(options, status, headers, response.body)
					: { ok: true as const, body: redact(parseErrorBody(response.body), secrets) };
			if (parsed.ok) return { statusCode: status, headers, body: parsed.body as T };
			if (idempotent && attempt < MAX_ATTEMPTS) {
				earlierMayHaveApplied = true;
				await sleep(backoffMs(attempt));
				continue;
			}
			throw unreadableResponse(
				node,
				profile.app,
				status,
				redact(response.body, secrets),
				!idempotent,
				itemIndex,
			);
		}

		// 429 (never processed: safe to resend whatever the method) and transient statuses of idempotent
		// requests follow one policy: the provider's wait (Retry-After, else its reset) when it asks for a
		// positive one; the exponential back-off when it does not (a Retry-After of 0, blank or negative
		// must not turn into a burst of resends); and never more than MAX_RETRY_AFTER_MS: a longer wait
		// fails the item at once, with the wait named.
		if ((status === 429 || (idempotent && isTransientStatus(status))) && attempt < MAX_ATTEMPTS) {
			const resetWait =
				snapshot?.resetAtMs !== undefined ? snapshot.resetAtMs - Date.now() : undefined;
			const asked =
				retryAfterMs(headers) ??
				(status === 429 && resetWait !== undefined && resetWait > 0 ? resetWait : undefined);
			if (asked !== undefined && asked > MAX_RETRY_AFTER_MS) {
				throw waitTooLong(
					node,
					profile.app,
					`it answered ${status} and asks to wait ${describeWait(asked)} before retrying`,
					itemIndex,
					status,
				);
			}
			const wait = asked ?? backoffMs(attempt);
			if (status === 429) pacer.block(bucket, wait);
			else {
				earlierMayHaveApplied = true;
				await sleep(wait);
			}
			continue;
		}
		throw providerError(
			node,
			profile,
			{ statusCode: status, headers, body: redact(parseErrorBody(response.body), secrets) },
			{ method: options.method, path: options.path },
			itemIndex,
		);
	}
}

/** n8n wraps transport failures in NodeApiError; the network code sits on the cause. */
function unwrapCause(error: unknown): unknown {
	const wrapped = error as { cause?: unknown; code?: string };
	if (wrapped?.code) return wrapped;
	return wrapped?.cause ?? error;
}

/**
 * `apiRequest` for a scope: an action node's `Item` (its index and Timeout go with the request) or
 * `{ n8n: this }` in triggers and dropdown methods. Every app's transport sends through this.
 */
export async function scopedRequest<T = unknown>(
	scope: RequestScope,
	profile: ProviderProfile,
	options: ApiRequestOptions,
): Promise<ApiResponse<T>> {
	return await apiRequest.call<
		RequestContext,
		[ProviderProfile, ApiRequestOptions],
		Promise<ApiResponse<T>>
	>(scope.n8n, profile, {
		...options,
		itemIndex: options.itemIndex ?? scope.index,
		timeoutMs: options.timeoutMs ?? scope.timeoutMs,
	});
}
