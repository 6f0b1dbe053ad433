import type { HttpHeaders } from './types';

export const MAX_ATTEMPTS = 5;
const BASE_DELAY_MS = 500;
const MAX_DELAY_MS = 30_000;
/**
 * The longest any single wait may be (a Retry-After, a rate-limit reset): a provider asking for more
 * fails the item at once, with the wait named, instead of stalling the workflow.
 */
export const MAX_RETRY_AFTER_MS = 120_000;
/** Numbers at least this large are epoch milliseconds (1e12 ms is September 2001). */
const EPOCH_MS_FROM = 1e12;
/** Numbers at least this large (and below EPOCH_MS_FROM) are epoch seconds (1e9 s is September 2001). */
const EPOCH_S_FROM = 1e9;

/** Statuses worth another try for an idempotent request. */
const TRANSIENT_STATUSES = new Set([408, 425, 429, 500, 502, 503, 504]);

/** Network errors where the server never saw the request. */
const NOT_SENT_CODES = new Set([
	'ECONNREFUSED',
	'ENOTFOUND',
	'EAI_AGAIN',
	'EHOSTUNREACH',
	'ENETUNREACH',
]);
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

export function classifyNetworkError(error: unknown): {
	kind: NetworkFailure;
	code: string;
	message: string;
} {
	const candidate = error as {
		code?: string;
		cause?: { code?: string };
		message?: string;
		name?: string;
	};
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

/**
 * A wait given as a number: seconds from now, or (when it is that large) an epoch time in seconds
 * or milliseconds. Returns milliseconds from `now`, possibly 0 or negative (the caller applies a
 * minimum back-off).
 */
export function waitFromNumber(value: number, now = Date.now()): number {
	if (value >= EPOCH_MS_FROM) return value - now;
	if (value >= EPOCH_S_FROM) return value * 1000 - now;
	return value * 1000;
}

/**
 * Parses `Retry-After` (seconds, an HTTP date, or an epoch time some servers send) into
 * milliseconds; undefined when absent, blank, unreadable, 0 or negative (those mean "retry soon",
 * which the caller turns into its minimum back-off rather than an immediate resend).
 */
export function retryAfterMs(headers: HttpHeaders, now = Date.now()): number | undefined {
	const value = header(headers, 'retry-after')?.trim();
	if (value === undefined || value === '') return undefined;
	const number = Number(value);
	const date = Number.isFinite(number) ? undefined : Date.parse(value);
	const wait = Number.isFinite(number)
		? waitFromNumber(number, now)
		: date === undefined || Number.isNaN(date)
			? NaN
			: date - now;
	return Number.isFinite(wait) && wait > 0 ? wait : undefined;
}

/** "3 days", "90 s", "2.5 min": a wait for people. */
export function describeWait(ms: number): string {
	const seconds = ms / 1000;
	if (seconds < 120) return `${Math.ceil(seconds)} s`;
	if (seconds < 7200) return `${Math.round(seconds / 60)} min`;
	if (seconds < 172_800) return `${Math.round(seconds / 3600)} h`;
	return `${Math.round(seconds / 86_400)} days`;
}

/** Exponential back-off with full jitter: attempt 1 waits up to 0.5 s, then 1 s, 2 s, … capped. */
export function backoffMs(attempt: number, random: () => number = Math.random): number {
	const ceiling = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.max(0, attempt - 1));
	return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

export function getHeader(headers: HttpHeaders, name: string): string | undefined {
	return header(headers, name.toLowerCase());
}
