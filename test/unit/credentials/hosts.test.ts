import { gladlyOrigin } from '../../../nodes/Gladly/hosts';
import { kustomerOrigin } from '../../../nodes/Kustomer/hosts';
import { nutshellOrigin } from '../../../nodes/Nutshell/hosts';
import { staysOnOrigin, toRelativeLink } from '../../../nodes/shared/hosts';

const origin = (check: { ok: boolean; value?: string; message?: string }) =>
	check.ok ? check.value : `refused: ${check.message}`;

/** Hostile host values, for every field that builds a host. */
const HOSTILE = [
	'evil.com#',
	'acme.kustomerapp.com.evil.com',
	'user@evil',
	'http://10.0.0.1',
	'https://acme.gladly.com@evil.com',
	'acme/../evil',
	'acme?x=1',
	'https://evil.com',
	'acme evil',
	'',
];

describe('Kustomer host rules', () => {
	it.each([
		['acme', 'https://acme.api.kustomerapp.com'],
		['ACME', 'https://acme.api.kustomerapp.com'],
		['https://acme.kustomerapp.com', 'https://acme.api.kustomerapp.com'],
		['https://acme.kustomerapp.com/', 'https://acme.api.kustomerapp.com'],
		['acme.api.kustomerapp.com', 'https://acme.api.kustomerapp.com'],
	])('org name %p gives %p', (orgName, expected) => {
		expect(origin(kustomerOrigin({ region: 'org', orgName }))).toBe(expected);
	});

	it.each(HOSTILE)('refuses org name %p', (orgName) => {
		expect(origin(kustomerOrigin({ region: 'org', orgName }))).toMatch(
			/^refused: Kustomer Organization Name/,
		);
	});

	it('refuses "api" as an org name taken from a pasted regional host', () => {
		expect(
			origin(kustomerOrigin({ region: 'org', orgName: 'https://api.kustomerapp.com' })),
		).toMatch(/not a Kustomer address/);
	});

	it.each(['api', 'www', 'app', 'cdn', 'prod2', 'help', 'status'])(
		'refuses the reserved bare name %p',
		(orgName) => {
			expect(origin(kustomerOrigin({ region: 'org', orgName }))).toMatch(/reserved name/);
		},
	);

	it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'eu2'])(
		'refuses the unknown region %p cleanly',
		(region) => {
			expect(origin(kustomerOrigin({ region, orgName: 'acme' }))).toMatch(
				/^refused: Kustomer Region .* is unknown/,
			);
		},
	);

	it.each([
		['us', 'https://api.kustomerapp.com'],
		['eu', 'https://api.prod2.kustomerapp.com'],
		['in', 'https://api.prod4.kustomerapp.com'],
	])('region %p uses the regional host', (region, expected) => {
		expect(origin(kustomerOrigin({ region, orgName: 'ignored' }))).toBe(expected);
	});

	it.each([
		['https://acme.api.kustomerapp.com', 'https://acme.api.kustomerapp.com'],
		['https://api.prod2.kustomerapp.com/', 'https://api.prod2.kustomerapp.com'],
		['https://api.kustomerapp.com', 'https://api.kustomerapp.com'],
		['https://api.prod4.kustomerapp.com', 'https://api.prod4.kustomerapp.com'],
	])('custom base URL %p is allowed', (baseUrl, expected) => {
		expect(origin(kustomerOrigin({ region: 'custom', baseUrl }))).toBe(expected);
	});

	it.each([
		['http://acme.api.kustomerapp.com', /must start with https/],
		['https://acme.api.kustomerapp.com:8443', /must not set a port/],
		['https://acme.api.kustomerapp.com.evil.com', /not a Kustomer host/],
		['https://evil.com#.api.kustomerapp.com', /fragment/],
		['https://acme.api.kustomerapp.com@evil.com', /user name/],
		['https://user:pw@acme.api.kustomerapp.com', /user name/],
		['https://acme.api.kustomerapp.com/v1', /without a path/],
		['https://acme.api.kustomerapp.com?x=1', /query/],
		['http://10.0.0.1', /must start with https/],
		['https://10.0.0.1', /not a Kustomer host/],
		['acme.api.kustomerapp.com', /must start with https/],
		['http://127.0.0.1:4010', /must start with https/],
		['https://127.0.0.1', /not a Kustomer host/],
		['https://localhost', /not a Kustomer host/],
		['https://[::1]', /not a Kustomer host/],
		['https://api.api.kustomerapp.com', /not a Kustomer host/],
		['https://www.api.kustomerapp.com', /not a Kustomer host/],
		['https://prod2.api.kustomerapp.com', /not a Kustomer host/],
		['https://api.prod3.kustomerapp.com', /not a Kustomer host/],
		['https://acme.kustomerapp.com', /not a Kustomer host/],
		['https://acme.api.kustomerapp.com.', /not a Kustomer host/],
		['https://acme.api.kustomerapp.com:443', /must not set a port/],
		['https://acme.api.\tkustomerapp.com', /contains the control/],
		['ht\ttps://acme.api.kustomerapp.com', /contains the control/],
	])('custom base URL %p is refused', (baseUrl, message) => {
		expect(origin(kustomerOrigin({ region: 'custom', baseUrl }))).toMatch(message);
	});
});

describe('Gladly host rules', () => {
	it.each([
		[{ organization: 'acme' }, 'https://acme.gladly.com'],
		[{ organization: 'acme', environment: 'sandbox' }, 'https://acme.gladly.qa'],
		[{ organization: 'https://acme.us-1.gladly.com' }, 'https://acme.us-1.gladly.com'],
		[{ organization: 'acme.us-uat.gladly.qa' }, 'https://acme.us-uat.gladly.qa'],
		[
			{ organization: 'acme', baseUrl: 'https://acme.us-1.gladly.com' },
			'https://acme.us-1.gladly.com',
		],
		[
			{ organization: '', baseUrl: 'https://acme.us-uat.gladly.qa' },
			'https://acme.us-uat.gladly.qa',
		],
	])('%p gives %p', (credentials, expected) => {
		expect(origin(gladlyOrigin(credentials))).toBe(expected);
	});

	it.each(HOSTILE)('refuses slug %p', (organization) => {
		expect(origin(gladlyOrigin({ organization }))).toMatch(/^refused: Gladly Organization Slug/);
	});

	it.each([
		'www',
		'help',
		'status',
		'connect',
		'developer',
		'api',
		'app',
		'us-1',
		'https://www.gladly.com',
		'help.gladly.com',
		'https://us-1.gladly.com',
		'acme.eu-9.gladly.com',
		'acme.us-uat.gladly.com',
		'acme.x.y.gladly.qa',
	])('refuses the reserved or undocumented host %p as a slug', (organization) => {
		expect(origin(gladlyOrigin({ organization }))).toMatch(/^refused: Gladly Organization Slug/);
	});

	it.each(['__proto__', 'constructor', 'staging'])(
		'refuses the unknown environment %p cleanly',
		(environment) => {
			expect(origin(gladlyOrigin({ organization: 'acme', environment }))).toMatch(
				/^refused: Gladly Environment/,
			);
		},
	);

	it.each([
		'https://acme.gladly.com@evil.com',
		'http://acme.gladly.com',
		'https://acme.gladly.com.evil.com',
		'http://10.0.0.1',
		'https://evil.com#',
		'http://127.0.0.1:9000',
		'https://www.gladly.com',
		'https://status.gladly.com',
		'https://acme.eu-9.gladly.com',
		'https://a.b.c.gladly.com',
		'https://acme.gladly.com:8443',
	])('refuses base URL %p', (baseUrl) => {
		expect(origin(gladlyOrigin({ organization: 'acme', baseUrl }))).toMatch(
			/^refused: Gladly Base URL/,
		);
	});
});

describe('Nutshell host rules', () => {
	it.each([
		[{}, 'https://app.nutshell.com'],
		[{ baseUrl: '' }, 'https://app.nutshell.com'],
		[{ baseUrl: 'https://app.nutshell.com/' }, 'https://app.nutshell.com'],
		[{ baseUrl: 'HTTPS://APP.NUTSHELL.COM' }, 'https://app.nutshell.com'],
		[{ baseUrl: 'https://app01.nutshell.com' }, 'https://app01.nutshell.com'],
	])('%p gives %p', (credentials, expected) => {
		expect(origin(nutshellOrigin(credentials))).toBe(expected);
	});

	it.each([
		'https://nutshell.com.evil.com',
		'https://evilnutshell.com',
		'http://app.nutshell.com',
		'https://app.nutshell.com@evil.com',
		'http://10.0.0.1',
		'evil.com#',
		'http://127.0.0.1:7000',
		'https://app1.nutshell.com',
		'https://app001.nutshell.com',
		'https://x.app01.nutshell.com',
		'https://www.nutshell.com',
		'https://api.nutshell.com',
		'https://app.nutshell.com:444',
	])('refuses base URL %p', (baseUrl) => {
		expect(origin(nutshellOrigin({ baseUrl }))).toMatch(/^refused: Nutshell Base URL/);
	});
});

describe('staysOnOrigin and toRelativeLink', () => {
	const base = 'https://acme.api.kustomerapp.com';
	it.each([
		['/v1/customers', undefined, true],
		['v1/customers', undefined, true],
		['https://acme.api.kustomerapp.com/v1/x', undefined, true],
		['https://evil.com/v1/x', undefined, false],
		['//evil.com/v1/x', undefined, false],
		['https://acme.api.kustomerapp.com@evil.com/', undefined, false],
		['/v1/customers', 'https://evil.com', false],
		['\thttps://evil.com/v1/x', undefined, false],
		[' https://evil.com/v1/x', undefined, false],
		['/\\evil.com/v1/x', undefined, false],
		['https:\\\\evil.com/v1/x', undefined, false],
		['/v1/customers', 'https://acme.api.kustomerapp.com\n', false],
	])('%p with baseURL %p stays: %p', (target, baseUrl, expected) => {
		expect(staysOnOrigin(target, baseUrl, base)).toBe(expected);
	});

	it('keeps only path and query of absolute next links', () => {
		expect(toRelativeLink('https://evil.com/rest/events?since_id=5&limit=2')).toBe(
			'/rest/events?since_id=5&limit=2',
		);
		expect(toRelativeLink('/v1/customers?page=2&pageSize=100')).toBe(
			'/v1/customers?page=2&pageSize=100',
		);
	});
});
