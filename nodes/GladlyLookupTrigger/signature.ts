import { createHash, createHmac, timingSafeEqual } from 'crypto';

/**
 * Gladly's request signing for Lookup Adaptors (https://help.gladly.com/developer-tutorials/docs/request-signing):
 *
 *   Gladly-Time: 20190213T214016Z
 *   Gladly-Authorization: SigningAlgorithm=hmac-sha256, SignedHeaders=a;b;c, Signature=<hex>
 *
 * canonical  = METHOD \n PATH \n QUERY \n (name:value \n per signed header) \n SIGNED_HEADERS \n hex(sha256(raw body))
 * signingKey = HMAC-SHA256(key = signing key, message = first 8 characters of Gladly-Time), raw bytes
 * signature  = hex(HMAC-SHA256(signingKey, "hmac-sha256\n" + Gladly-Time + "\n" + hex(sha256(canonical))))
 *
 * The list of signed headers is read from each request, never assumed: Gladly adds `authorization`
 * and `www-authenticate` when Basic auth is configured, and may add others.
 */

export const ALGORITHM = 'hmac-sha256';

/** Refused when Gladly-Time is further than this from now, either way (Gladly documents no tolerance). */
export const DEFAULT_MAX_AGE_SECONDS = 300;

export interface SignedRequest {
	method: string;
	/** The path as configured in Gladly, without the query. */
	path: string;
	/** The query string as sent, without the leading `?` (empty when none). */
	rawQuery: string;
	/** Request headers, names lowercased. */
	headers: Record<string, string | string[] | undefined>;
	body: Buffer;
}

export interface ParsedAuthorization {
	algorithm: string;
	signedHeaders: string;
	signature: string;
}

export function sha256Hex(data: Buffer | string): string {
	return createHash('sha256').update(data).digest('hex');
}

/** Splits `SigningAlgorithm=…, SignedHeaders=…, Signature=…`; undefined when a part is missing. */
export function parseAuthorization(header: string | undefined): ParsedAuthorization | undefined {
	if (!header) return undefined;
	const parts: Record<string, string> = {};
	for (const piece of header.split(',')) {
		const at = piece.indexOf('=');
		if (at < 1) continue;
		parts[piece.slice(0, at).trim().toLowerCase()] = piece.slice(at + 1).trim();
	}
	const { signingalgorithm: algorithm, signedheaders: signedHeaders, signature } = parts;
	if (!algorithm || signedHeaders === undefined || !signature) return undefined;
	return { algorithm, signedHeaders, signature };
}

function headerValue(headers: SignedRequest['headers'], name: string): string | undefined {
	const value = headers[name];
	if (value === undefined) return undefined;
	return (Array.isArray(value) ? value.join(',') : value).trim();
}

/** Query parameters sorted by name (then value) and form-encoded, as Go's `url.Values.Encode()` writes them. */
export function sortedQuery(rawQuery: string): string {
	if (!rawQuery) return '';
	const pairs = [...new URLSearchParams(rawQuery)];
	pairs.sort(([a, av], [b, bv]) => (a === b ? (av < bv ? -1 : av > bv ? 1 : 0) : a < b ? -1 : 1));
	return pairs.map(([key, value]) => `${encodeQueryPart(key)}=${encodeQueryPart(value)}`).join('&');
}

function encodeQueryPart(text: string): string {
	return encodeURIComponent(text)
		.replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
		.replace(/%20/g, '+');
}

/**
 * Where the query string goes in the canonical request. Gladly's documentation shows no example
 * with a query. Its own template (gladly/app-platform-examples, Gladly-Authorization.gtpl) puts the
 * path alone on the path line and the sorted, encoded query on the next; its sample adaptor
 * (gladly/lookup-practice, helpers/index.js) puts `path?query` on the path line and the raw query
 * on the next. Both are accepted; without a query string the two are the same.
 */
export function pathAndQueryForms(
	path: string,
	rawQuery: string,
): Array<{ path: string; query: string }> {
	if (!rawQuery) return [{ path, query: '' }];
	return [
		{ path, query: sortedQuery(rawQuery) },
		{ path: `${path}?${rawQuery}`, query: rawQuery },
	];
}

/** The canonical request text; undefined when a header named in SignedHeaders is not in the request. */
export function canonicalRequest(
	request: SignedRequest,
	signedHeaders: string,
	pathLine: string,
	queryLine: string,
): string | undefined {
	const names = signedHeaders ? signedHeaders.split(';') : [];
	const lines: string[] = [];
	for (const name of names) {
		const value = headerValue(request.headers, name.trim().toLowerCase());
		if (value === undefined) return undefined;
		lines.push(`${name.trim().toLowerCase()}:${value}`);
	}
	return [
		request.method.toUpperCase(),
		pathLine,
		queryLine,
		...lines,
		'',
		signedHeaders,
		sha256Hex(request.body),
	].join('\n');
}

export function signingKeyFor(key: string, gladlyTime: string): Buffer {
	return createHmac('sha256', Buffer.from(key, 'utf8')).update(gladlyTime.slice(0, 8)).digest();
}

export function signCanonical(key: string, gladlyTime: string, canonical: string): string {
	const stringToSign = `${ALGORITHM}\n${gladlyTime}\n${sha256Hex(canonical)}`;
	return createHmac('sha256', signingKeyFor(key, gladlyTime)).update(stringToSign).digest('hex');
}

/** `20190213T214016Z` as epoch milliseconds; undefined when it is not that format. */
export function parseGladlyTime(value: string | undefined): number | undefined {
	const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value ?? '');
	if (!match) return undefined;
	const [year, month, day, hour, minute, second] = match.slice(1).map(Number);
	const ms = Date.UTC(year, month - 1, day, hour, minute, second);
	const check = new Date(ms);
	return check.getUTCDate() === day && check.getUTCMonth() === month - 1 ? ms : undefined;
}

export function formatGladlyTime(ms: number): string {
	return new Date(ms)
		.toISOString()
		.replace(/[-:]/g, '')
		.replace(/\.\d{3}/, '');
}

function sameHex(expected: string, given: string): boolean {
	const a = Buffer.from(expected, 'utf8');
	const b = Buffer.from(given.toLowerCase(), 'utf8');
	if (a.length !== b.length) {
		timingSafeEqual(a, a);
		return false;
	}
	return timingSafeEqual(a, b);
}

export type VerifyFailure =
	| 'missing-authorization'
	| 'unsupported-algorithm'
	| 'missing-time'
	| 'stale-time'
	| 'future-time'
	| 'missing-signed-header'
	| 'bad-signature';

export interface VerifyOptions {
	key: string;
	/** Paths the request may have been signed for (the configured URL's path first); the query comes from the request. */
	paths: string[];
	now?: number;
	maxAgeSeconds?: number;
}

/** Checks Gladly-Time and Gladly-Authorization; `{ ok: true }` or the reason it failed. */
export function verifyRequest(
	request: SignedRequest,
	options: VerifyOptions,
): { ok: true } | { ok: false; reason: VerifyFailure } {
	const auth = parseAuthorization(headerValue(request.headers, 'gladly-authorization'));
	if (!auth) return { ok: false, reason: 'missing-authorization' };
	if (auth.algorithm.toLowerCase() !== ALGORITHM)
		return { ok: false, reason: 'unsupported-algorithm' };
	const time = headerValue(request.headers, 'gladly-time');
	const at = parseGladlyTime(time);
	if (!time || at === undefined) return { ok: false, reason: 'missing-time' };
	const now = options.now ?? Date.now();
	const window = (options.maxAgeSeconds ?? DEFAULT_MAX_AGE_SECONDS) * 1000;
	if (now - at > window) return { ok: false, reason: 'stale-time' };
	if (at - now > window) return { ok: false, reason: 'future-time' };

	let matched = false;
	let complete = true;
	for (const path of [...new Set(options.paths)]) {
		for (const form of pathAndQueryForms(path, request.rawQuery)) {
			const canonical = canonicalRequest(request, auth.signedHeaders, form.path, form.query);
			if (canonical === undefined) {
				complete = false;
				continue;
			}
			// Every candidate is computed and compared, so timing does not tell which one matched.
			if (sameHex(signCanonical(options.key, time, canonical), auth.signature)) matched = true;
		}
	}
	if (matched) return { ok: true };
	return { ok: false, reason: complete ? 'bad-signature' : 'missing-signed-header' };
}
