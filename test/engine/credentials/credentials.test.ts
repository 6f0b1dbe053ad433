/**
 * Each credential's test request, run as n8n's credential tester runs it (authenticate, then the
 * declared request, rules mapping status codes to messages), against the sandbox; and the host rules:
 * hostile org names and base URLs are refused inside `authenticate`, so nothing is ever sent.
 */
import { testCredential } from '../../harness/engine';
import { startSandbox } from '../../sandbox';
import type { Sandbox } from '../../sandbox';
import * as gladlySandbox from '../../sandbox/gladly';
import * as nutshellSandbox from '../../sandbox/nutshell';

let sandbox: Sandbox;
beforeAll(async () => {
	sandbox = await startSandbox({ providers: ['gladly', 'nutshell'] });
});
afterAll(async () => await sandbox.close());
beforeEach(() => sandbox.reset());

const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

/** Hostile values that would otherwise reach the sandbox (loopback), plus the issue's external ones. */
const hostileBaseUrls = (url: string) => [
	`${url}#@evil.com`,
	`${url}?next=evil.com`,
	url.replace('http://', 'http://user@'),
	url.replace('http://', 'http://user:pw@'),
	`${url}/api/v1`,
	'http://10.0.0.1',
	'https://acme.gladly.com@evil.com',
	'evil.com#',
];

describe('gladlyApi', () => {
	const good = () => ({ organization: '', email: gladlySandbox.EMAIL, apiToken: gladlySandbox.TOKEN, environment: 'production', baseUrl: sandbox.url('gladly') });

	it('test request succeeds with Basic auth (email : token) on GET /api/v1/organization', async () => {
		expect(await testCredential('gladlyApi', good())).toMatchObject({ status: 'OK', statusCode: 200 });
		const [request] = sandbox.requestsFor('gladly');
		expect(`${request.method} ${request.path}`).toBe('GET /api/v1/organization');
		expect(request.headers.authorization).toBe(basic(gladlySandbox.EMAIL, gladlySandbox.TOKEN));
	});

	it('a wrong token fails with the mapped message', async () => {
		const result = await testCredential('gladlyApi', { ...good(), apiToken: 'wrong' });
		expect(result).toMatchObject({ status: 'Error', statusCode: 401 });
		expect(result.message).toMatch(/^Wrong agent email or API token/);
	});

	it.each(['evil.com#', 'acme.gladly.com.evil.com', 'user@evil', 'https://acme.gladly.com@evil.com', 'acme/../x'])(
		'refuses the organization slug %p without sending anything',
		async (organization) => {
			const result = await testCredential('gladlyApi', { ...good(), baseUrl: '', organization });
			expect(result.status).toBe('Error');
			expect(result.message).toMatch(/Gladly Organization Slug .* Expected only the name/);
			expect(sandbox.requests).toHaveLength(0);
		},
	);

	it('refuses hostile base URLs without sending anything', async () => {
		for (const baseUrl of hostileBaseUrls(sandbox.url('gladly'))) {
			const result = await testCredential('gladlyApi', { ...good(), baseUrl });
			expect({ baseUrl, status: result.status, message: result.message }).toMatchObject({ status: 'Error', message: expect.stringMatching(/^Gladly Base URL/) });
		}
		expect(sandbox.requests).toHaveLength(0);
	});
});

describe('nutshellApi', () => {
	const good = () => ({ username: nutshellSandbox.EMAIL, apiKey: nutshellSandbox.API_KEY, baseUrl: sandbox.url('nutshell') });

	it('test request succeeds with Basic auth (email : key) on GET /rest/users', async () => {
		expect(await testCredential('nutshellApi', good())).toMatchObject({ status: 'OK', statusCode: 200 });
		const [request] = sandbox.requestsFor('nutshell');
		expect(`${request.method} ${request.path}`).toBe('GET /rest/users');
		expect(request.query['page[limit]']).toBe('1');
		expect(request.headers.authorization).toBe(basic(nutshellSandbox.EMAIL, nutshellSandbox.API_KEY));
	});

	it('a wrong key fails with the mapped message', async () => {
		const result = await testCredential('nutshellApi', { ...good(), apiKey: 'wrong' });
		expect(result).toMatchObject({ status: 'Error', statusCode: 401 });
		expect(result.message).toMatch(/check the email and API key/);
	});

	it('refuses hostile base URLs without sending anything', async () => {
		for (const baseUrl of hostileBaseUrls(sandbox.url('nutshell'))) {
			const result = await testCredential('nutshellApi', { ...good(), baseUrl });
			expect({ baseUrl, status: result.status, message: result.message }).toMatchObject({ status: 'Error', message: expect.stringMatching(/^Nutshell Base URL/) });
		}
		expect(sandbox.requests).toHaveLength(0);
	});
});
