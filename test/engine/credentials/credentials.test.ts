/**
 * Each credential's test request, run as n8n's credential tester runs it (authenticate, then the
 * declared request, rules mapping status codes to messages), against the sandbox; and the host rules:
 * hostile org names and base URLs are refused inside `authenticate`, so nothing is ever sent.
 */
import { testCredential } from '../../harness/engine';
import { startSandbox } from '../../sandbox';
import type { Sandbox } from '../../sandbox';
import * as gladlySandbox from '../../sandbox/gladly';
import * as kustomerSandbox from '../../sandbox/kustomer';
import * as nutshellSandbox from '../../sandbox/nutshell';

let sandbox: Sandbox;
beforeAll(async () => {
	sandbox = await startSandbox({ providers: ['kustomer', 'gladly', 'nutshell'] });
});
afterAll(async () => await sandbox.close());
beforeEach(() => sandbox.reset());

const basic = (user: string, password: string) =>
	`Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

/** Hostile variants of the sandbox's own base URL, loopback and private addresses, plus the external ones. */
const hostileBaseUrls = (url: string) => [
	`${url}#@evil.com`,
	`${url}?next=evil.com`,
	url.replace('https://', 'https://user@'),
	url.replace('https://', 'https://user:pw@'),
	url.replace('https://', 'http://'),
	`${url}:443`,
	`${url}/api/v1`,
	url.replace('.com', '.\tcom'),
	'http://10.0.0.1',
	'http://127.0.0.1:5678',
	'https://127.0.0.1',
	'https://[::1]',
	'https://localhost',
	'https://acme.gladly.com@evil.com',
	'evil.com#',
];

describe('kustomerApi', () => {
	const good = () => ({
		region: 'custom',
		orgName: '',
		apiKey: kustomerSandbox.TOKEN,
		baseUrl: sandbox.url('kustomer'),
	});

	it('test request succeeds with the Bearer key on GET /v1/auth/tokens/current, never DELETE', async () => {
		expect(await testCredential('kustomerApi', good())).toMatchObject({
			status: 'OK',
			statusCode: 200,
		});
		const requests = sandbox.requestsFor('kustomer');
		expect(requests.map((request) => `${request.method} ${request.path}`)).toEqual([
			'GET /v1/auth/tokens/current',
		]);
		expect(requests[0].headers.authorization).toBe(`Bearer ${kustomerSandbox.TOKEN}`);
	});

	it('a credential holding only the org name "acme" reaches the fake Kustomer over https at its real host', async () => {
		expect(
			await testCredential('kustomerApi', {
				region: 'org',
				orgName: 'acme',
				apiKey: kustomerSandbox.TOKEN,
			}),
		).toMatchObject({ status: 'OK', statusCode: 200 });
		const [request] = sandbox.requestsFor('kustomer');
		expect(request.headers.host).toBe('acme.api.kustomerapp.com');
		expect(request.headers.authorization).toBe(`Bearer ${kustomerSandbox.TOKEN}`);
	});

	it('an expired key fails with the invalid-or-expired message', async () => {
		const result = await testCredential('kustomerApi', {
			...good(),
			apiKey: 'kustomer-expired-key',
		});
		expect(result).toMatchObject({ status: 'Error', statusCode: 401 });
		expect(result.message).toMatch(/^Invalid or expired API key \("Expired token"/);
		expect(sandbox.requestsFor('kustomer').every((request) => request.method === 'GET')).toBe(true);
	});

	it.each([
		'evil.com#',
		'acme.kustomerapp.com.evil.com',
		'user@evil',
		'https://acme.gladly.com@evil.com',
		'acme/../x',
		'api',
		'www',
		'127.0.0.1',
		'localhost:5678',
	])('refuses the organization name %p without sending anything', async (orgName) => {
		const result = await testCredential('kustomerApi', {
			...good(),
			region: 'org',
			baseUrl: '',
			orgName,
		});
		expect(result.status).toBe('Error');
		expect(result.message).toMatch(/Kustomer Organization Name .* Expected only the name/);
		expect(sandbox.requests).toHaveLength(0);
	});

	it('refuses hostile base URLs without sending anything', async () => {
		for (const baseUrl of hostileBaseUrls(sandbox.url('kustomer'))) {
			const result = await testCredential('kustomerApi', { ...good(), baseUrl });
			expect({ baseUrl, status: result.status, message: result.message }).toMatchObject({
				status: 'Error',
				message: expect.stringMatching(/^Kustomer Base URL/),
			});
		}
		expect(sandbox.requests).toHaveLength(0);
	});
});

describe('gladlyApi', () => {
	const good = () => ({
		organization: '',
		email: gladlySandbox.EMAIL,
		apiToken: gladlySandbox.TOKEN,
		environment: 'production',
		baseUrl: sandbox.url('gladly'),
	});

	it('test request succeeds with Basic auth (email : token) on GET /api/v1/organization', async () => {
		expect(await testCredential('gladlyApi', good())).toMatchObject({
			status: 'OK',
			statusCode: 200,
		});
		const [request] = sandbox.requestsFor('gladly');
		expect(`${request.method} ${request.path}`).toBe('GET /api/v1/organization');
		expect(request.headers.authorization).toBe(basic(gladlySandbox.EMAIL, gladlySandbox.TOKEN));
	});

	it('a credential holding only the slug "acme" reaches the fake Gladly over https at its real host', async () => {
		expect(
			await testCredential('gladlyApi', { ...good(), baseUrl: '', organization: 'acme' }),
		).toMatchObject({ status: 'OK', statusCode: 200 });
		expect(sandbox.requestsFor('gladly')[0].headers.host).toBe('acme.gladly.com');
	});

	it('a wrong token fails with the mapped message', async () => {
		const result = await testCredential('gladlyApi', { ...good(), apiToken: 'wrong' });
		expect(result).toMatchObject({ status: 'Error', statusCode: 401 });
		expect(result.message).toMatch(/^Wrong agent email or API token/);
	});

	it.each([
		'evil.com#',
		'acme.gladly.com.evil.com',
		'user@evil',
		'https://acme.gladly.com@evil.com',
		'acme/../x',
		'www',
		'help',
		'https://status.gladly.com',
		'127.0.0.1',
	])('refuses the organization slug %p without sending anything', async (organization) => {
		const result = await testCredential('gladlyApi', { ...good(), baseUrl: '', organization });
		expect(result.status).toBe('Error');
		expect(result.message).toMatch(/Gladly Organization Slug .* Expected only the name/);
		expect(sandbox.requests).toHaveLength(0);
	});

	it('refuses hostile base URLs without sending anything', async () => {
		for (const baseUrl of hostileBaseUrls(sandbox.url('gladly'))) {
			const result = await testCredential('gladlyApi', { ...good(), baseUrl });
			expect({ baseUrl, status: result.status, message: result.message }).toMatchObject({
				status: 'Error',
				message: expect.stringMatching(/^Gladly Base URL/),
			});
		}
		expect(sandbox.requests).toHaveLength(0);
	});
});

describe('nutshellApi', () => {
	const good = () => ({
		username: nutshellSandbox.EMAIL,
		apiKey: nutshellSandbox.API_KEY,
		baseUrl: sandbox.url('nutshell'),
	});

	it('test request succeeds with Basic auth (email : key) on GET /rest/users', async () => {
		expect(await testCredential('nutshellApi', good())).toMatchObject({
			status: 'OK',
			statusCode: 200,
		});
		const [request] = sandbox.requestsFor('nutshell');
		expect(`${request.method} ${request.path}`).toBe('GET /rest/users');
		expect(request.query['page[limit]']).toBe('1');
		expect(request.headers.authorization).toBe(
			basic(nutshellSandbox.EMAIL, nutshellSandbox.API_KEY),
		);
	});

	it('a credential with an empty base URL reaches the fake Nutshell over https at app.nutshell.com', async () => {
		expect(await testCredential('nutshellApi', { ...good(), baseUrl: '' })).toMatchObject({
			status: 'OK',
			statusCode: 200,
		});
		expect(sandbox.requestsFor('nutshell')[0].headers.host).toBe('app.nutshell.com');
	});

	it('a wrong key fails with the mapped message', async () => {
		const result = await testCredential('nutshellApi', { ...good(), apiKey: 'wrong' });
		expect(result).toMatchObject({ status: 'Error', statusCode: 401 });
		expect(result.message).toMatch(/check the email and API key/);
	});

	it('refuses hostile base URLs without sending anything', async () => {
		for (const baseUrl of hostileBaseUrls(sandbox.url('nutshell'))) {
			const result = await testCredential('nutshellApi', { ...good(), baseUrl });
			expect({ baseUrl, status: result.status, message: result.message }).toMatchObject({
				status: 'Error',
				message: expect.stringMatching(/^Nutshell Base URL/),
			});
		}
		expect(sandbox.requests).toHaveLength(0);
	});
});
