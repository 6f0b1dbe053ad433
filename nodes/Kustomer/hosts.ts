import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

import { checkBaseUrl, checkSlug, isReservedName, lookup } from '../shared/hosts';
import type { HostCheck } from '../shared/hosts';

/**
 * Kustomer's documented API hosts (https://developer.kustomer.com/docs/get-started/regions-and-base-urls):
 * the organization host `https://<org>.api.kustomerapp.com`, and the regional hosts below.
 */
const REGIONAL_HOSTS: Readonly<Record<string, string>> = {
	us: 'https://api.kustomerapp.com',
	eu: 'https://api.prod2.kustomerapp.com',
	in: 'https://api.prod4.kustomerapp.com',
};

const ORG_API_HOST = /^([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)\.api\.kustomerapp\.com$/;
/** A pasted sign-in or API address: `acme.kustomerapp.com` or `acme.api.kustomerapp.com`. */
const PASTED_HOST = /^([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(?:\.api)?\.kustomerapp\.com$/;

const isReservedOrg = (org: string) => isReservedName(org);

function isKustomerApiHost(hostname: string): boolean {
	if (Object.values(REGIONAL_HOSTS).includes(`https://${hostname}`)) return true;
	const org = ORG_API_HOST.exec(hostname)?.[1];
	return org !== undefined && !isReservedOrg(org);
}

/** The org name from a bare name or a pasted Kustomer address (app or API host). */
export function kustomerOrgName(input: string): HostCheck<string> {
	return checkSlug(input, {
		app: 'Kustomer',
		label: 'Organization Name',
		example: '"acme" (from acme.kustomerapp.com)',
		fromSlug: (slug) => slug,
		isReserved: isReservedOrg,
		fromHostname: (hostname) => {
			const org = PASTED_HOST.exec(hostname)?.[1];
			return org && !isReservedOrg(org) ? org : undefined;
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
	if (region !== 'org') {
		const regional = lookup(REGIONAL_HOSTS, region);
		if (regional) return { ok: true, value: regional };
		return {
			ok: false,
			message: `Kustomer Region ${JSON.stringify(region)} is unknown. Choose Organization Host, US, EU, India or Custom Base URL.`,
		};
	}
	const org = kustomerOrgName(String(credentials.orgName ?? ''));
	return org.ok ? { ok: true, value: `https://${org.value}.api.kustomerapp.com` } : org;
}
