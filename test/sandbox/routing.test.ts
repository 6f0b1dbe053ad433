/**
 * The sandbox's https routing: sandboxes open at the same time each get their own app host, n8n's
 * request layer reaches each one through the proxy with the credential's key, and a closed sandbox's
 * host goes to the next one opened.
 */
import { testCredential } from '../harness/engine';
import { startSandbox } from './index';
import type { Sandbox } from './index';
import * as kustomerSandbox from './kustomer';
import * as nutshellSandbox from './nutshell';

const open: Sandbox[] = [];
const start = async () => {
	const sb = await startSandbox({ providers: ['kustomer', 'nutshell'] });
	open.push(sb);
	return sb;
};
afterAll(async () => await Promise.all(open.map((sb) => sb.close())));

const kustomer = (sb: Sandbox) =>
	testCredential('kustomerApi', {
		region: 'custom',
		baseUrl: sb.url('kustomer'),
		apiKey: kustomerSandbox.TOKEN,
	});
const nutshell = (sb: Sandbox) =>
	testCredential('nutshellApi', {
		username: nutshellSandbox.EMAIL,
		apiKey: nutshellSandbox.API_KEY,
		baseUrl: sb.url('nutshell'),
	});

describe('sandbox https routing', () => {
	it('concurrent sandboxes get distinct hosts and each receives only its own requests', async () => {
		const [a, b] = await Promise.all([start(), start()]);
		expect(new Set([a.url('kustomer'), b.url('kustomer')]).size).toBe(2);
		expect(new Set([a.url('nutshell'), b.url('nutshell')]).size).toBe(2);
		for (const sb of [a, b])
			expect(sb.url('kustomer')).toMatch(/^https:\/\/acme(-\d+)?\.api\.kustomerapp\.com$/);
		for (const sb of [a, b])
			expect(sb.url('nutshell')).toMatch(/^https:\/\/app(\d\d)?\.nutshell\.com$/);
		expect(a.env()).toEqual({
			HTTPS_PROXY: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/),
			NODE_EXTRA_CA_CERTS: expect.stringMatching(/ca\.pem$/),
			NO_PROXY: 'localhost,127.0.0.1,::1',
		});

		expect(await kustomer(b)).toMatchObject({ status: 'OK' });
		expect(await nutshell(a)).toMatchObject({ status: 'OK' });
		expect(b.requestsFor('kustomer').map((r) => r.headers.host)).toEqual([
			new URL(b.url('kustomer')).host,
		]);
		expect(a.requestsFor('kustomer')).toEqual([]);
		expect(a.requestsFor('nutshell').map((r) => r.headers.host)).toEqual([
			new URL(a.url('nutshell')).host,
		]);
		expect(b.requestsFor('nutshell')).toEqual([]);
	});

	it('a closed sandbox gives its host to the next one, which then receives the requests', async () => {
		const first = open[0];
		const host = first.url('kustomer');
		await first.close();
		open.shift();
		const next = await start();
		expect(next.url('kustomer')).toBe(host);
		expect(await kustomer(next)).toMatchObject({ status: 'OK' });
		expect(next.requestsFor('kustomer')).toHaveLength(1);
	});
});
