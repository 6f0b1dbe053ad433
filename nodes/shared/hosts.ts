/**
 * Host rules shared by the three credentials: every request that carries a key must go to a host
 * the user meant. Pure functions, no n8n imports, so credentials and transports can both use them.
 *
 * What ships accepts only https to the app's documented API hosts, without port. No loopback,
 * private or link-local address is ever a valid target: someone who may edit a credential but not
 * read its key must not be able to point it at a listener of their choice (n8n itself listens on
 * loopback). Tests reach fake providers through an instance-level HTTPS proxy instead.
 */

export type HostCheck<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * Names that are never an organization: the providers' own service hosts and other well-known
 * sub-domains. A pasted `https://api.kustomerapp.com` or `www.gladly.com` is not an org.
 */
const RESERVED_NAMES = new Set([
	'www',
	'api',
	'app',
	'apps',
	'cdn',
	'static',
	'assets',
	'help',
	'support',
	'status',
	'connect',
	'developer',
	'developers',
	'docs',
	'auth',
	'login',
	'sso',
	'oauth',
	'id',
	'mail',
	'email',
	'smtp',
	'admin',
	'blog',
	'dashboard',
	'portal',
	'console',
	'web',
	'webhooks',
	'hooks',
	'events',
	'ws',
	'files',
	'uploads',
	'storage',
	'media',
	'images',
	'img',
	'public',
	'internal',
	'localhost',
]);

export function isReservedName(name: string, extra: readonly string[] = []): boolean {
	return (
		RESERVED_NAMES.has(name) || extra.includes(name) || /^(?:prod|pod|us|eu|in|ap)-?\d*$/.test(name)
	);
}

/** Own-property lookup: `__proto__`, `constructor`… are never keys of a host table. */
export function lookup<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
	return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}

/**
 * Characters a URL must not contain here: C0 controls and space (WHATWG URL parsing strips them at
 * the ends and drops tab/newline anywhere, so "\thttp://other/" would turn absolute only after a
 * check that read it as relative), DEL and C1 controls, any Unicode white space or invisible format
 * character, and the backslash (read as "/" in http(s) URLs, so "/\\other" is protocol-relative).
 */
export function unsafeUrlCharacter(value: string): string | undefined {
	for (const char of value) {
		const code = char.codePointAt(0) ?? 0;
		if (code <= 0x20 || (code >= 0x7f && code <= 0x9f) || char === '\\' || /\s/u.test(char))
			return describeChar(code);
		if (
			code === 0xad ||
			(code >= 0x200b && code <= 0x200f) ||
			(code >= 0x2060 && code <= 0x2064) ||
			code === 0xfeff
		) {
			return describeChar(code);
		}
	}
	return undefined;
}

function describeChar(code: number): string {
	if (code === 0x20) return 'a space';
	if (code === 0x5c) return 'a backslash';
	return `the control or white-space character U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

function parseUrl(input: string, base?: string): URL | undefined {
	try {
		return new URL(input, base);
	} catch {
		return undefined;
	}
}

/** Shows a refused value with its invisible characters escaped, cut to a readable length. */
export function quote(value: string): string {
	const text = JSON.stringify(value);
	return text.length > 120 ? `${text.slice(0, 117)}…"` : text;
}

export interface BaseUrlRule {
	/** Name shown in messages, e.g. "Kustomer". */
	app: string;
	/** Whether an https host belongs to the app (lower-case hostname, as WHATWG URL gives it). */
	isAppHost: (hostname: string) => boolean;
	/** What the user should type, e.g. "https://acme.api.kustomerapp.com". */
	example: string;
}

/**
 * Validates a base URL typed by the user and returns its origin: https, a host of the app, no port,
 * user name, path, query or fragment.
 */
export function checkBaseUrl(input: string, rule: BaseUrlRule): HostCheck<string> {
	const raw = String(input ?? '').trim();
	const refuse = (why: string): HostCheck<string> => ({
		ok: false,
		message: `${rule.app} Base URL ${quote(raw)} ${why}. Expected a URL such as ${rule.example}.`,
	});
	const bad = unsafeUrlCharacter(raw);
	if (bad) return refuse(`contains ${bad}`);
	if (!/^https:\/\//i.test(raw)) return refuse('must start with https://');
	const url = parseUrl(raw);
	if (!url) return refuse('is not a valid URL');
	if (url.username || url.password || raw.slice(8).includes('@'))
		return refuse('must not contain a user name or "@"');
	if (url.search || raw.includes('?')) return refuse('must not contain a query string');
	if (url.hash || raw.includes('#')) return refuse('must not contain a fragment ("#")');
	if (url.pathname !== '/' && url.pathname !== '')
		return refuse('must be the host only, without a path');
	if (url.protocol !== 'https:') return refuse('must use https://');
	if (url.port || hasPort(raw)) return refuse('must not set a port');
	if (!rule.isAppHost(url.hostname.toLowerCase()))
		return refuse(`is not a ${rule.app} host (only its documented API hosts are accepted)`);
	return { ok: true, value: url.origin };
}

/** Whether the authority of a typed address ends in ":<digits>" (WHATWG drops a default port such as :443). */
function hasPort(raw: string): boolean {
	const authority = raw.replace(/^[a-z][a-z\d+\-.]*:\/\//i, '').split(/[/?#]/)[0];
	return /:\d*$/.test(authority);
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
	/** Names that are not organizations (checked for bare slugs; fromHostname checks its own). */
	isReserved: (slug: string) => boolean;
}

/**
 * Accepts a bare slug (`acme`) or a pasted URL/host of the app (`https://acme.kustomerapp.com`) and
 * returns its parts; anything else is refused with a message that says what is expected.
 */
export function checkSlug<T>(input: string, rule: SlugRule<T>): HostCheck<T> {
	const raw = String(input ?? '').trim();
	const refuse = (why: string): HostCheck<T> => ({
		ok: false,
		message: `${rule.app} ${rule.label} ${quote(raw)} ${why}. Expected only the name, for example ${rule.example}.`,
	});
	if (!raw) return refuse('is empty');
	const lower = raw.toLowerCase();
	if (SLUG.test(lower)) {
		return rule.isReserved(lower)
			? refuse('is a reserved name, not an organization')
			: { ok: true, value: rule.fromSlug(lower) };
	}
	if (/[@?#\\]/.test(raw) || unsafeUrlCharacter(raw)) {
		return refuse('contains characters that are not allowed (letters, digits and "-" only)');
	}
	const url = parseUrl(/^[a-z]+:\/\//i.test(raw) ? raw : `https://${raw}`);
	if (!url || url.username || url.password) return refuse('is not a valid name');
	if (url.protocol !== 'https:') return refuse('must be a name or an https:// address');
	if (url.port || hasPort(raw)) return refuse('must not contain a port');
	if (url.pathname !== '/' && url.pathname !== '') return refuse('must not contain a path');
	const parts = rule.fromHostname(url.hostname.toLowerCase());
	if (!parts) return refuse(`is not a ${rule.app} address`);
	return { ok: true, value: parts };
}

export function isSlug(value: string): boolean {
	return SLUG.test(value);
}

/** axios' test (lib/helpers/isAbsoluteURL.js): a scheme followed by "//", or a protocol-relative "//host". */
const AXIOS_ABSOLUTE = /^([a-z][a-z\d+\-.]*:)?\/\//i;

/**
 * The URL n8n's request layer (axios 1.x under `@n8n/backend-network`) will really request for a
 * `url` and an optional `baseURL`: a relative url is joined to the base by string (axios
 * combineURLs), then parsed by WHATWG `URL`. Undefined when it cannot be parsed.
 */
export function resolveLikeAxios(url: string, baseURL: string | undefined): URL | undefined {
	const joined =
		baseURL && !AXIOS_ABSOLUTE.test(url)
			? url
				? `${baseURL.replace(/\/?\/$/, '')}/${url.replace(/^\/+/, '')}`
				: baseURL
			: url;
	return parseUrl(joined);
}

/**
 * Resolves a target both ways n8n uses (axios' join, and WHATWG resolution against the base that
 * n8n's SSRF check and redirect handling use) and says whether both stay on the origin.
 */
export function staysOnOrigin(
	target: string,
	baseUrl: string | undefined,
	origin: string,
): boolean {
	if (unsafeUrlCharacter(target) || (baseUrl !== undefined && unsafeUrlCharacter(baseUrl)))
		return false;
	const base = baseUrl || origin;
	const candidates = [resolveLikeAxios(target, base), parseUrl(target, base)];
	return candidates.every(
		(url) => url !== undefined && !url.username && !url.password && url.origin === origin,
	);
}

/** Keeps only path and query of a link the API returned, so paging never leaves the validated host. */
export function toRelativeLink(link: string): string {
	const url =
		parseUrl(link) ??
		parseUrl(`http://placeholder.invalid${link.startsWith('/') ? '' : '/'}${link}`);
	if (!url) return link;
	return `${url.pathname}${url.search}`;
}
