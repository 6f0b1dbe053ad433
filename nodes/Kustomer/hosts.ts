import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

import { checkBaseUrl, checkSlug } from '../shared/hosts';
import type { HostCheck } from '../shared/hosts';

const RESERVED = new Set(['api', 'app', 'www', 'cdn']);
const REGIONAL_HOSTS: Record<string, string> = {
	us: 'https://api.kustomerapp.com',
	eu: 'https://api.prod2.kustomerapp.com',
	in: 'https://api.prod4.kustomerapp.com',
};

function isKustomerApiHost(hostname: string): boolean {
	if (Object.values(REGIONAL_HOSTS).some((origin) => origin === `https://${hostname}`)) return true;
	const org = /^([a-z0-9-]+)\.api\.kustomerapp\.com$/.exec(hostname)?.[1];
	return org !== undefined && !RESERVED.has(org);
}

/** The org name from a bare name or a pasted Kustomer address (app or API host). */
export function kustomerOrgName(input: string): HostCheck<string> {
	return checkSlug(input, {
		app: 'Kustomer',
		label: 'Organization Name',
		example: '"acme" (from acme.kustomerapp.com)',
		fromSlug: (slug) => slug,
		fromHostname: (hostname) => {
			const org = /^([a-z0-9-]+)(?:\.api)?\.kustomerapp\.com$/.exec(hostname)?.[1];
			return org && !RESERVED.has(org) ? org : undefined;
		},
	});
}

/** The one origin Kustomer credentials may be sent to. */
export function kustomerOrigin(credentials: ICredentialDataDecryptedObject): HostCheck<string> {
	const region = String(credentials.region ?? 'org');
	if (region === 'custom') {
		return checkBaseUrl(String(credentials.baseUrl ?? ''), {
			app: 'Kustomer',
			isAppHost: isKustomerApiHost,
			example: 'https://acme.api.kustomerapp.com or https://api.prod2.kustomerapp.com',
		});
	}
	if (REGIONAL_HOSTS[region]) return { ok: true, value: REGIONAL_HOSTS[region] };
	const org = kustomerOrgName(String(credentials.orgName ?? ''));
	return org.ok ? { ok: true, value: `https://${org.value}.api.kustomerapp.com` } : org;
}
