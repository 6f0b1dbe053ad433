import type { HttpHeaders } from './types';

export const MAX_ATTEMPTS = 5;
const BASE_DELAY_MS = 500;
const MAX_DELAY_MS = 30_000;
/** A Retry-After longer than this fails the item instead of stalling the workflow. */
export const MAX_RETRY_AFTER_MS = 120_000;

/** Statuses worth another try for an idempotent request. */
const TRANSIENT_STATUSES = new Set([408, 425, 429, 500, 502, 503, 504]);

/** Network errors where the server never saw the request. */
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);
/** Network errors after which the request may or may not have been processed. */
const AMBIGUOUS_CODES = new Set([
	'ECONNRESET',
	'ECONNABORTED',
	'ETIMEDOUT',
	'ESOCKETTIMEDOUT',
	'EPIPE',
	'ERR_STREAM_PREMATURE_CLOSE',
	'UND_ERR_SOCKET',
]);

export function isTransientStatus(status: number): boolean {
	return TRANSIENT_STATUSES.has(status);
}

export type NetworkFailure = 'not-sent' | 'ambiguous' | 'other';

export function classifyNetworkError(error: unknown): { kind: NetworkFailure; code: string; message: string } {
	const candidate = error as { code?: string; cause?: { code?: string }; message?: string; name?: string };
	const code = String(candidate?.code ?? candidate?.cause?.code ?? '');
	const message = String(candidate?.message ?? 'request failed');
	if (NOT_SENT_CODES.has(code)) return { kind: 'not-sent', code, message };
	if (AMBIGUOUS_CODES.has(code) || /socket hang up|timeout|aborted|premature/i.test(message)) {
		return { kind: 'ambiguous', code: code || 'ECONNRESET', message };
	}
	return { kind: 'other', code, message };
}

function header(headers: HttpHeaders, name: string): string | undefined {
	const value = headers[name] ?? headers[name.toLowerCase()];
	return Array.isArray(value) ? value[0] : value;
}

/** Parses `Retry-After` (seconds or an HTTP date) into milliseconds. */
export function retryAfterMs(headers: HttpHeaders, now = Date.now()): number | undefined {
	const value = header(headers, 'retry-after');
	if (value === undefined || value === '') return undefined;
	const seconds = Number(value);
	if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
	const date = Date.parse(value);
	return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Exponential back-off with full jitter: attempt 1 waits up to 0.5 s, then 1 s, 2 s, … capped. */
export function backoffMs(attempt: number, random: () => number = Math.random): number {
	const ceiling = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.max(0, attempt - 1));
	return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

export function getHeader(headers: HttpHeaders, name: string): string | undefined {
	return header(headers, name.toLowerCase());
}
