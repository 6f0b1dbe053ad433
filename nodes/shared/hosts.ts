/**
 * Host rules shared by the three credentials: every request that carries a key must go to a host
 * the user meant. Pure functions, no n8n imports, so credentials and transports can both use them.
 */

export type HostCheck<T> = { ok: true; value: T } | { ok: false; message: string };

const LOOPBACK_V4 = /^127(?:\.\d{1,3}){3}$/;

export function isLoopbackHost(hostname: string): boolean {
	const host = hostname.toLowerCase();
	return host === 'localhost' || host === '[::1]' || host === '::1' || LOOPBACK_V4.test(host);
}

function parseUrl(input: string): URL | undefined {
	try {
		return new URL(input);
	} catch {
		return undefined;
	}
}

export interface BaseUrlRule {
	/** Name shown in messages, e.g. "Kustomer". */
	app: string;
	/** Whether an https host belongs to the app. */
	isAppHost: (hostname: string) => boolean;
	/** What the user should type, e.g. "https://acme.api.kustomerapp.com". */
	example: string;
}

/**
 * Validates a base URL typed by the user and returns its origin (scheme, host, port).
 * Allowed: https to a host of the app, or http(s) to a loopback address (local sandbox).
 */
export function checkBaseUrl(input: string, rule: BaseUrlRule): HostCheck<string> {
	const refuse = (why: string): HostCheck<string> => ({
		ok: false,
		message: `${rule.app} Base URL "${input}" ${why}. Expected a URL such as ${rule.example}, or http://127.0.0.1:<port> for a local test server.`,
	});
	const raw = input.trim();
	if (!/^https?:\/\//i.test(raw)) return refuse('must start with https://');
	const url = parseUrl(raw);
	if (!url) return refuse('is not a valid URL');
	if (url.username || url.password || raw.slice(8).includes('@')) return refuse('must not contain a user name or "@"');
	if (url.search || raw.includes('?')) return refuse('must not contain a query string');
	if (url.hash || raw.includes('#')) return refuse('must not contain a fragment ("#")');
	if (url.pathname !== '/' && url.pathname !== '') return refuse('must be the host only, without a path');
	const loopback = isLoopbackHost(url.hostname);
	if (loopback) return { ok: true, value: url.origin };
	if (url.protocol !== 'https:') return refuse('must use https:// (http:// is allowed only for loopback addresses)');
	if (url.port) return refuse('must not set a port');
	if (!rule.isAppHost(url.hostname.toLowerCase())) return refuse(`is not a ${rule.app} host`);
	return { ok: true, value: url.origin };
}

const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

export interface SlugRule<T> {
	app: string;
	/** Field label, e.g. "Organization Name". */
	label: string;
	example: string;
	/**
	 * Reads a pasted URL's hostname; returns the parts (org, region…) when the host belongs to the app.
	 */
	fromHostname: (hostname: string) => T | undefined;
	/** Wraps a plain slug into the same parts. */
	fromSlug: (slug: string) => T;
}

/**
 * Accepts a bare slug (`acme`) or a pasted URL/host of the app (`https://acme.kustomerapp.com`) and
 * returns its parts; anything else is refused with a message that says what is expected.
 */
export function checkSlug<T>(input: string, rule: SlugRule<T>): HostCheck<T> {
	const raw = (input ?? '').trim();
	const refuse = (why: string): HostCheck<T> => ({
		ok: false,
		message: `${rule.app} ${rule.label} "${raw}" ${why}. Expected only the name, for example ${rule.example}.`,
	});
	if (!raw) return refuse('is empty');
	const lower = raw.toLowerCase();
	if (SLUG.test(lower)) return { ok: true, value: rule.fromSlug(lower) };
	if (/[@?#\s\\]/.test(raw)) return refuse('contains characters that are not allowed (letters, digits and "-" only)');
	const url = parseUrl(/^[a-z]+:\/\//i.test(raw) ? raw : `https://${raw}`);
	if (!url || url.username || url.password) return refuse('is not a valid name');
	if (url.protocol !== 'https:') return refuse('must be a name or an https:// address');
	if (url.port) return refuse('must not contain a port');
	if (url.pathname !== '/' && url.pathname !== '') return refuse('must not contain a path');
	const parts = rule.fromHostname(url.hostname.toLowerCase());
	if (!parts) return refuse(`is not a ${rule.app} address`);
	return { ok: true, value: parts };
}

export function isSlug(value: string): boolean {
	return SLUG.test(value);
}

/**
 * Resolves the URL a request will really go to and says whether it stays on the credential's
 * origin. Used where the credential is applied, so no caller (our nodes, the credential test,
 * n8n's HTTP Request node) can send the key elsewhere.
 */
export function staysOnOrigin(target: string, baseUrl: string | undefined, origin: string): boolean {
	// Same test as axios' isAbsoluteURL: a scheme, or a protocol-relative "//host", is absolute.
	const absolute = /^([a-z][a-z\d+\-.]*:)?\/\//i.test(target) || /^[a-z][a-z\d+\-.]*:/i.test(target);
	const resolved = absolute ? parseUrlFrom(target, origin) : parseUrl(baseUrl ?? origin);
	if (!resolved) return false;
	if (resolved.username || resolved.password) return false;
	return resolved.origin === origin;
}

function parseUrlFrom(input: string, base: string): URL | undefined {
	try {
		return new URL(input, base);
	} catch {
		return undefined;
	}
}

/** Keeps only path and query of a link the API returned, so paging never leaves the validated host. */
export function toRelativeLink(link: string): string {
	const url = parseUrl(link) ?? parseUrl(`http://placeholder.invalid${link.startsWith('/') ? '' : '/'}${link}`);
	if (!url) return link;
	return `${url.pathname}${url.search}`;
}
