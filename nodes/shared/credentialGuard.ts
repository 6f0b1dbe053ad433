import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	IHttpRequestOptions,
} from 'n8n-workflow';

import { quote, resolveLikeAxios, unsafeUrlCharacter } from './hosts';
import type { HostCheck } from './hosts';

/**
 * The fields that can carry a request's target in n8n 2.x: `url` and `baseURL` (helpers.httpRequest),
 * and `uri` (the legacy helpers.request path that the HTTP Request node and its pagination use; n8n's
 * request layer takes `url ?? uri`).
 */
const URL_FIELDS = ['url', 'uri', 'baseURL'] as const;

const TLS_OFF =
	'would turn off TLS certificate checks, so anyone on the path could read the credentials';
const ROUTING =
	'would decide where the connection goes and how TLS is checked, outside the credential’s host rule';
const CERTS =
	'would trust or present certificates chosen by the workflow; a corporate CA belongs in the n8n instance’s NODE_EXTRA_CA_CERTS, set by its admin';

/** Options a workflow may not set on a request that carries these credentials, and why. */
const REFUSED_OPTIONS: ReadonlyArray<{
	key: string;
	refused: (value: unknown) => boolean;
	why: string;
}> = [
	{
		key: 'proxy',
		refused: (v) => v !== undefined && v !== null && v !== '' && v !== false,
		why: 'would send the request, with the credentials, through a proxy chosen by the workflow (an instance-wide proxy is the admin’s HTTPS_PROXY setting)',
	},
	{
		key: 'rejectUnauthorized',
		refused: (v) => v !== undefined && v !== null && v !== true,
		why: TLS_OFF,
	},
	{ key: 'strictSSL', refused: (v) => v !== undefined && v !== null && v !== true, why: TLS_OFF },
	{
		key: 'skipSslCertificateValidation',
		refused: (v) => v !== undefined && v !== null && v !== false && v !== 'false',
		why: TLS_OFF,
	},
	{ key: 'insecure', refused: (v) => v !== undefined && v !== null && v !== false, why: TLS_OFF },
	...[
		'agent',
		'agents',
		'httpAgent',
		'httpsAgent',
		'dispatcher',
		'lookup',
		'socketPath',
		'localAddress',
		'checkServerIdentity',
		'transport',
		'beforeRedirect',
		'beforeRedirects',
	].map((key) => ({
		key,
		refused: (v: unknown) => v !== undefined && v !== null,
		why: ROUTING,
	})),
	...['ca', 'cert', 'key', 'pfx', 'passphrase', 'secureContext'].map((key) => ({
		key,
		refused: (v: unknown) => v !== undefined && v !== null,
		why: CERTS,
	})),
];

/** agentOptions keys that only tune connection reuse; any other key is refused. */
const HARMLESS_AGENT_OPTIONS = new Set([
	'keepAlive',
	'keepAliveMsecs',
	'maxSockets',
	'maxTotalSockets',
	'maxFreeSockets',
	'scheduling',
	'timeout',
]);

function own(object: object, key: string): unknown {
	return Object.prototype.hasOwnProperty.call(object, key)
		? (object as Record<string, unknown>)[key]
		: undefined;
}

function refuseOptions(requestOptions: object, app: string): void {
	for (const { key, refused, why } of REFUSED_OPTIONS) {
		if (refused(own(requestOptions, key))) {
			throw new Error(
				`${app} credentials refused the request option "${key}": it ${why}. Remove the option, or use the request without these credentials.`,
			);
		}
	}
	const agentOptions = own(requestOptions, 'agentOptions');
	if (agentOptions === undefined || agentOptions === null) return;
	if (typeof agentOptions !== 'object')
		throw new Error(
			`${app} credentials refused the request option "agentOptions": it is not an object.`,
		);
	for (const key of Object.keys(agentOptions)) {
		const value = own(agentOptions, key);
		if (
			value === undefined ||
			HARMLESS_AGENT_OPTIONS.has(key) ||
			(key === 'rejectUnauthorized' && value === true)
		)
			continue;
		const why =
			key === 'rejectUnauthorized'
				? TLS_OFF
				: ['ca', 'cert', 'key', 'pfx', 'passphrase'].includes(key)
					? CERTS
					: ROUTING;
		throw new Error(
			`${app} credentials refused the request option "agentOptions.${key}": it ${why}.`,
		);
	}
}

/** Reads one URL-bearing field as n8n will (`toString()` of a URL object), refusing anything else. */
function readUrlField(
	requestOptions: object,
	field: string,
	app: string,
	origin: string,
): string | undefined {
	const value = own(requestOptions, field);
	if (value === undefined || value === null) return undefined;
	const text = typeof value === 'string' ? value : value instanceof URL ? value.href : undefined;
	if (text === undefined)
		throw new Error(`${app} credentials refused the request: its "${field}" is not a URL string.`);
	const bad = unsafeUrlCharacter(text);
	if (bad) {
		throw new Error(
			`${app} credentials can only be sent to ${origin}; this request's "${field}" ${quote(text)} contains ${bad}, which URL parsers read differently, so it is refused.`,
		);
	}
	return text;
}

function refuseTarget(
	app: string,
	origin: string,
	field: string,
	value: string,
	resolved: URL | undefined,
): never {
	const where = resolved
		? ` (it resolves to ${resolved.username || resolved.password ? 'a URL with a user name, at ' : ''}${resolved.origin})`
		: ' (it is not a valid URL)';
	throw new Error(
		`${app} credentials can only be sent to ${origin}; this request's "${field}" ${quote(value)} is refused${where}.`,
	);
}

function onOrigin(url: URL | undefined, origin: string): url is URL {
	return url !== undefined && !url.username && !url.password && url.origin === origin;
}

/**
 * Applies a credential's base URL to an outgoing request and refuses any request that could send
 * the credentials anywhere else. Runs inside the credential's `authenticate`, before n8n sends
 * anything, so it covers our nodes, the credential test and n8n's HTTP Request node alike:
 * - every URL-bearing field (`url`, `uri`, `baseURL`) must be a string free of white space and
 *   control characters, and must resolve to the origin both the way axios joins it and the way
 *   WHATWG `URL` resolves it; `url` and `uri` must agree;
 * - no proxy, custom agent, CA or client certificate, and no TLS verification switched off;
 * - redirects are never followed with the credentials.
 */
export function pinToOrigin(
	requestOptions: IHttpRequestOptions,
	origin: string,
	app: string,
): IHttpRequestOptions {
	refuseOptions(requestOptions, app);
	const fields: Partial<Record<(typeof URL_FIELDS)[number], string>> = {};
	for (const field of URL_FIELDS) fields[field] = readUrlField(requestOptions, field, app, origin);

	const baseURL = fields.baseURL || undefined;
	if (baseURL !== undefined) {
		const parsed = resolveLikeAxios(baseURL, undefined);
		if (!onOrigin(parsed, origin)) refuseTarget(app, origin, 'baseURL', baseURL, parsed);
	}
	const base = baseURL ?? origin;
	const resolved: Partial<Record<'url' | 'uri', string>> = {};
	for (const field of ['url', 'uri'] as const) {
		const value = fields[field];
		if (value === undefined) continue;
		const joined = resolveLikeAxios(value, base);
		if (!onOrigin(joined, origin)) refuseTarget(app, origin, field, value, joined);
		let whatwg: URL | undefined;
		try {
			whatwg = new URL(value, base);
		} catch {
			whatwg = undefined;
		}
		if (!onOrigin(whatwg, origin)) refuseTarget(app, origin, field, value, whatwg);
		resolved[field] = joined.href;
	}
	// n8n's legacy path sends `url ?? uri`; the older checks read `uri ?? url`. They must agree.
	if (
		resolved.url !== undefined &&
		resolved.uri !== undefined &&
		resolved.url !== resolved.uri &&
		fields.url !== ''
	) {
		throw new Error(
			`${app} credentials refused the request: its "url" ${quote(fields.url ?? '')} and "uri" ${quote(fields.uri ?? '')} disagree.`,
		);
	}

	const pinned: IHttpRequestOptions = {
		...requestOptions,
		baseURL: base,
		disableFollowRedirect: true,
	};
	// The legacy request path (HTTP Request node) reads these instead of disableFollowRedirect.
	Object.assign(pinned as unknown as IDataObject, {
		followRedirect: false,
		followAllRedirects: false,
		sendCredentialsOnCrossOriginRedirect: false,
	});
	return pinned;
}

/**
 * A credential's `authenticate`: resolves the one origin the credentials allow (refusing bad host
 * fields before anything is sent), pins the request to it, then adds the credentials.
 */
export function pinnedAuthenticate(
	app: string,
	resolveOrigin: (credentials: ICredentialDataDecryptedObject) => HostCheck<string>,
	addCredentials: (
		credentials: ICredentialDataDecryptedObject,
		request: IHttpRequestOptions,
	) => void,
): (
	credentials: ICredentialDataDecryptedObject,
	requestOptions: IHttpRequestOptions,
) => Promise<IHttpRequestOptions> {
	return async (credentials, requestOptions) => {
		const origin = resolveOrigin(credentials);
		if (!origin.ok) throw new Error(origin.message);
		const pinned = pinToOrigin(requestOptions, origin.value, app);
		addCredentials(credentials, pinned);
		return pinned;
	};
}
