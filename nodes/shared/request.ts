import { NodeOperationError, sleep } from 'n8n-workflow';
import type { IHttpRequestOptions } from 'n8n-workflow';

import { networkError, providerError, tryParseJson, unreadableResponse } from './errors';
import { pacerFor } from './pacer';
import {
	MAX_ATTEMPTS,
	MAX_RETRY_AFTER_MS,
	backoffMs,
	classifyNetworkError,
	getHeader,
	isTransientStatus,
	retryAfterMs,
} from './retry';
import type { ApiRequestOptions, ApiResponse, HttpHeaders, ProviderProfile, RequestContext } from './types';

export const DEFAULT_TIMEOUT_MS = 30_000;
const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS']);

interface RunSettings {
	timeoutMs?: number;
}
const runSettings = new WeakMap<object, RunSettings>();
const origins = new WeakMap<object, Map<string, string>>();

/** Per-run defaults the router sets from the node's Options (e.g. Timeout). */
export function setRunSettings(context: object, settings: RunSettings): void {
	runSettings.set(context, { ...runSettings.get(context), ...settings });
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
	return origin.value;
}

function isJsonContent(headers: HttpHeaders): boolean {
	return /json/i.test(getHeader(headers, 'content-type') ?? '');
}

type Parsed = { ok: true; body: unknown } | { ok: false };

/** Parses a 2xx body; `ok: false` means it is broken (truncated JSON, an HTML page, empty where data was due). */
function parseSuccessBody(options: ApiRequestOptions, status: number, headers: HttpHeaders, raw: unknown): Parsed {
	if (options.binary) return { ok: true, body: Buffer.isBuffer(raw) ? raw : Buffer.from((raw as string) ?? '') };
	const text = Buffer.isBuffer(raw) ? raw.toString('utf8') : typeof raw === 'string' ? raw : raw === undefined || raw === null ? '' : undefined;
	if (text === undefined) return { ok: true, body: raw };
	if (options.text) return { ok: true, body: text };
	if (text.trim() === '') {
		const emptyIsNormal = status === 204 || status === 201 || status === 202 || options.method !== 'GET';
		return emptyIsNormal ? { ok: true, body: undefined } : { ok: false };
	}
	const parsed = tryParseJson(text);
	if (parsed === undefined) return isJsonContent(headers) || /^\s*</.test(text) ? { ok: false } : { ok: true, body: text };
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
	const pacer = pacerFor(this);
	const bucket = options.bucket ?? 'default';
	const idempotent = options.idempotent ?? IDEMPOTENT_METHODS.has(options.method);
	const timeout = options.timeoutMs ?? runSettings.get(this)?.timeoutMs ?? DEFAULT_TIMEOUT_MS;

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
	if (options.body !== undefined && !Buffer.isBuffer(options.body) && typeof options.body !== 'string') {
		request.body = JSON.stringify(options.body);
		request.headers = { 'Content-Type': 'application/json', ...request.headers };
	}

	for (let attempt = 1; ; attempt++) {
		await pacer.acquire(bucket, profile.defaultRateLimit);
		let response: { statusCode: number; headers: HttpHeaders; body: unknown };
		try {
			response = await this.helpers.httpRequestWithAuthentication.call(this, profile.credentialType, {
				...request,
				headers: { ...request.headers },
			});
		} catch (error) {
			const failure = classifyNetworkError(unwrapCause(error));
			const retryable = failure.kind === 'not-sent' || (failure.kind === 'ambiguous' && idempotent);
			if (retryable && attempt < MAX_ATTEMPTS) {
				await sleep(backoffMs(attempt));
				continue;
			}
			throw networkError(
				node,
				profile.app,
				{ code: failure.code, message: failure.message, maybeProcessed: failure.kind !== 'not-sent', attempts: attempt },
				itemIndex,
			);
		}

		const { statusCode: status, headers } = response;
		const snapshot = profile.readRateLimit?.(headers);
		pacer.observe(bucket, snapshot);

		if ((status >= 200 && status < 300) || options.acceptStatuses?.includes(status)) {
			const parsed =
				status >= 200 && status < 300
					? parseSuccessBody(options, status, headers, response.body)
					: { ok: true as const, body: parseErrorBody(response.body) };
			if (parsed.ok) return { statusCode: status, headers, body: parsed.body as T };
			if (idempotent && attempt < MAX_ATTEMPTS) {
				await sleep(backoffMs(attempt));
				continue;
			}
			throw unreadableResponse(node, profile.app, status, response.body, !idempotent, itemIndex);
		}

		if (status === 429 && attempt < MAX_ATTEMPTS) {
			const resetWait = snapshot?.resetAtMs !== undefined ? snapshot.resetAtMs - Date.now() : undefined;
			const wait = retryAfterMs(headers) ?? (resetWait && resetWait > 0 ? resetWait : backoffMs(attempt + 1));
			if (wait <= MAX_RETRY_AFTER_MS) {
				pacer.block(bucket, wait);
				continue;
			}
		}
		if (status !== 429 && idempotent && isTransientStatus(status) && attempt < MAX_ATTEMPTS) {
			const wait = Math.min(retryAfterMs(headers) ?? backoffMs(attempt), MAX_RETRY_AFTER_MS);
			await sleep(wait);
			continue;
		}
		throw providerError(
			node,
			profile,
			{ statusCode: status, headers, body: parseErrorBody(response.body) },
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
