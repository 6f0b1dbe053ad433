import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

import { checkBaseUrl } from '../shared/hosts';
import type { HostCheck } from '../shared/hosts';

export const NUTSHELL_DEFAULT_ORIGIN = 'https://app.nutshell.com';

/**
 * The hosts Nutshell documents for its API: REST and JSON-RPC are served over https from
 * app.nutshell.com (https://developers.nutshell.com/docs/api-authentication); its API discovery
 * (getApiForUsername, https://www.nutshell.com/api/endpoint-discovery.html) has also returned
 * numbered hosts of the form app01.nutshell.com.
 */
const NUTSHELL_API_HOST = /^app(?:\d\d)?\.nutshell\.com$/;

export function isNutshellHost(hostname: string): boolean {
	return NUTSHELL_API_HOST.test(hostname);
}

/** The one origin Nutshell credentials may be sent to: app.nutshell.com unless overridden. */
export function nutshellOrigin(credentials: ICredentialDataDecryptedObject): HostCheck<string> {
	const baseUrl = String(credentials.baseUrl ?? '').trim();
	if (!baseUrl) return { ok: true, value: NUTSHELL_DEFAULT_ORIGIN };
	return checkBaseUrl(baseUrl, {
		app: 'Nutshell',
		isAppHost: isNutshellHost,
		example: NUTSHELL_DEFAULT_ORIGIN,
	});
}
