import type { ICredentialDataDecryptedObject, IDataObject, IHttpRequestOptions } from 'n8n-workflow';

import { staysOnOrigin } from './hosts';
import type { HostCheck } from './hosts';

/**
 * Applies a credential's base URL to an outgoing request and refuses any request whose target is
 * not on that origin. Runs inside the credential's `authenticate`, before n8n sends anything.
 * Accepts both `url`/`baseURL` (httpRequest) and the legacy `uri` (older HTTP Request node paths).
 */
export function pinToOrigin(
	requestOptions: IHttpRequestOptions,
	origin: string,
	app: string,
): IHttpRequestOptions {
	const legacy = requestOptions as IHttpRequestOptions & { uri?: string };
	const target = legacy.uri ?? requestOptions.url ?? '';
	const baseURL = requestOptions.baseURL || undefined;
	if (baseURL !== undefined && !staysOnOrigin(baseURL, undefined, origin)) {
		throw new Error(`${app} credentials can only be sent to ${origin}; this request targets ${safeHost(baseURL)}`);
	}
	if (!staysOnOrigin(target, baseURL, origin)) {
		throw new Error(`${app} credentials can only be sent to ${origin}; this request targets ${safeHost(target)}`);
	}
	const pinned: IHttpRequestOptions = { ...requestOptions, disableFollowRedirect: true };
	if (legacy.uri === undefined && baseURL === undefined && !/^([a-z][a-z\d+\-.]*:)?\/\//i.test(target)) {
		pinned.baseURL = origin;
	}
	// The legacy request path (older HTTP Request node) reads these instead of disableFollowRedirect.
	Object.assign(pinned as unknown as IDataObject, { followRedirect: false, followAllRedirects: false });
	return pinned;
}

function safeHost(target: string): string {
	try {
		return new URL(target).host || 'another host';
	} catch {
		return 'another host';
	}
}

/**
 * A credential's `authenticate`: resolves the one origin the credentials allow (refusing bad host
 * fields before anything is sent), pins the request to it, then adds the credentials.
 */
export function pinnedAuthenticate(
	app: string,
	resolveOrigin: (credentials: ICredentialDataDecryptedObject) => HostCheck<string>,
	addCredentials: (credentials: ICredentialDataDecryptedObject, request: IHttpRequestOptions) => void,
): (credentials: ICredentialDataDecryptedObject, requestOptions: IHttpRequestOptions) => Promise<IHttpRequestOptions> {
	return async (credentials, requestOptions) => {
		const origin = resolveOrigin(credentials);
		if (!origin.ok) throw new Error(origin.message);
		const pinned = pinToOrigin(requestOptions, origin.value, app);
		addCredentials(credentials, pinned);
		return pinned;
	};
}
