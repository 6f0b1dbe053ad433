import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

import { checkBaseUrl, checkSlug, isReservedName, lookup } from '../shared/hosts';
import type { HostCheck } from '../shared/hosts';

type GladlyTld = 'com' | 'qa';

/**
 * Regional shards seen on Gladly hosts, per environment: `acme.us-1.gladly.com` (production) and
 * `acme.us-uat.gladly.qa` (sandbox). Add a region here when Gladly documents another one.
 */
const REGIONS: Readonly<Record<GladlyTld, readonly string[]>> = {
	com: ['us-1'],
	qa: ['us-uat'],
};
const ALL_REGIONS = [...REGIONS.com, ...REGIONS.qa];

/** `acme`, `acme.us-1` (regional) on gladly.com (production) or gladly.qa (sandbox). */
const GLADLY_HOST = /^([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(?:\.([a-z0-9-]+))?\.gladly\.(com|qa)$/;

const isReservedOrg = (org: string) => isReservedName(org, ALL_REGIONS);

interface GladlyOrg {
	org: string;
	region?: string;
	tld?: GladlyTld;
}

/** Reads an API hostname of Gladly; undefined for any host that is not `<org>[.<region>].gladly.<com|qa>`. */
function parseGladlyHost(hostname: string): GladlyOrg | undefined {
	const match = GLADLY_HOST.exec(hostname);
	if (!match) return undefined;
	const [, org, region, tld] = match as unknown as [string, string, string | undefined, GladlyTld];
	if (isReservedOrg(org)) return undefined;
	if (region !== undefined && !REGIONS[tld].includes(region)) return undefined;
	return { org, region, tld };
}

/** The org (and region) from a bare slug or a pasted Gladly address; a region is never dropped. */
export function gladlyOrg(input: string): HostCheck<GladlyOrg> {
	return checkSlug<GladlyOrg>(input, {
		app: 'Gladly',
		label: 'Organization Slug',
		example: '"acme" (from acme.gladly.com) or a pasted https://acme.us-1.gladly.com',
		fromSlug: (slug) => ({ org: slug }),
		isReserved: isReservedOrg,
		fromHostname: parseGladlyHost,
	});
}

const ENVIRONMENT_TLD: Readonly<Record<string, GladlyTld>> = { production: 'com', sandbox: 'qa' };

/** The one origin Gladly credentials may be sent to. */
export function gladlyOrigin(credentials: ICredentialDataDecryptedObject): HostCheck<string> {
	const baseUrl = String(credentials.baseUrl ?? '').trim();
	if (baseUrl) {
		return checkBaseUrl(baseUrl, {
			app: 'Gladly',
			isAppHost: (hostname) => parseGladlyHost(hostname) !== undefined,
			example: 'https://acme.gladly.com or https://acme.us-1.gladly.com',
		});
	}
	const environment = String(credentials.environment ?? 'production');
	const environmentTld = lookup(ENVIRONMENT_TLD, environment);
	if (!environmentTld) {
		return {
			ok: false,
			message: `Gladly Environment ${JSON.stringify(environment)} is unknown. Choose Production or Sandbox.`,
		};
	}
	const parsed = gladlyOrg(String(credentials.organization ?? ''));
	if (!parsed.ok) return parsed;
	const tld = parsed.value.tld ?? environmentTld;
	const region = parsed.value.region ? `.${parsed.value.region}` : '';
	return { ok: true, value: `https://${parsed.value.org}${region}.gladly.${tld}` };
}
