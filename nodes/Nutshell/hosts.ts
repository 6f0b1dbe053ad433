import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

import { checkBaseUrl } from '../shared/hosts';
import type { HostCheck } from '../shared/hosts';

export const NUTSHELL_DEFAULT_ORIGIN = 'https://app.nutshell.com';

export function isNutshellHost(hostname: string): boolean {
	return /^(?:[a-z0-9-]+\.)+nutshell\.com$/.test(hostname);
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
