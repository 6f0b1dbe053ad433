import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

import { checkBaseUrl } from '../shared/hosts';
import type { HostCheck } from '../shared/hosts';

export const NUTSHELL_DEFAULT_ORIGIN = 'https://app.nutshell.com';

/**
 * The hosts Nutshell documents for its API: REST and JSON-RPC are served over https from
 * app.nutshell.com only (https://developers.nutshell.com/docs/api-authentication).
 */
const NUTSHELL_API_HOSTS: readonly string[] = ['app.nutshell.com'];

export function isNutshellHost(hostname: string): boolean {
	return NUTSHELL_API_HOSTS.includes(hostname);
}

/** The one origin Nutshell credentials may be sent to: app.nutshell.com. */
export function nutshellOrigin(credentials: ICredentialDataDecryptedObject): HostCheck<string> {
	const baseUrl = String(credentials.baseUrl ?? '').trim();
	if (!baseUrl) return { ok: true, value: NUTSHELL_DEFAULT_ORIGIN };
	return checkBaseUrl(baseUrl, {
		app: 'Nutshell',
		isAppHost: isNutshellHost,
		example: NUTSHELL_DEFAULT_ORIGIN,
	});
}
