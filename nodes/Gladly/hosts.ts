import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

import { checkBaseUrl, checkSlug } from '../shared/hosts';
import type { HostCheck } from '../shared/hosts';

/** `acme`, `acme.us-1` (regional) on gladly.com (production) or gladly.qa (sandbox). */
const GLADLY_HOST = /^([a-z0-9-]+)(?:\.([a-z0-9-]+))?\.gladly\.(com|qa)$/;

interface GladlyOrg {
	org: string;
	region?: string;
	tld?: 'com' | 'qa';
}

/** The org (and region) from a bare slug or a pasted Gladly address; a region is never dropped. */
export function gladlyOrg(input: string): HostCheck<GladlyOrg> {
	return checkSlug<GladlyOrg>(input, {
		app: 'Gladly',
		label: 'Organization Slug',
		example: '"acme" (from acme.gladly.com) or a pasted https://acme.us-1.gladly.com',
		fromSlug: (slug) => ({ org: slug }),
		fromHostname: (hostname) => {
			const match = GLADLY_HOST.exec(hostname);
			return match ? { org: match[1], region: match[2], tld: match[3] as 'com' | 'qa' } : undefined;
		},
	});
}

/** The one origin Gladly credentials may be sent to. */
export function gladlyOrigin(credentials: ICredentialDataDecryptedObject): HostCheck<string> {
	const baseUrl = String(credentials.baseUrl ?? '').trim();
	if (baseUrl) {
		return checkBaseUrl(baseUrl, {
			app: 'Gladly',
			isAppHost: (hostname) => GLADLY_HOST.test(hostname),
			example: 'https://acme.gladly.com or https://acme.us-1.gladly.com',
		});
	}
	const parsed = gladlyOrg(String(credentials.organization ?? ''));
	if (!parsed.ok) return parsed;
	const tld = parsed.value.tld ?? (credentials.environment === 'sandbox' ? 'qa' : 'com');
	const region = parsed.value.region ? `.${parsed.value.region}` : '';
	return { ok: true, value: `https://${parsed.value.org}${region}.gladly.${tld}` };
}
