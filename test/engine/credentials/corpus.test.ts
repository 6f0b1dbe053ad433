/**
 * The adversarial corpus: for each credential, well over 60 targets and options a workflow (or a
 * credential editor) could use to make the key reach another listener. Each goes through the
 * credential's `authenticate` and then n8n-core's own request layer, with the helpers every node uses:
 * `httpRequestWithAuthentication` (url/baseURL), `requestWithAuthentication` (the legacy `uri` path of
 * the HTTP Request node) and `requestWithAuthenticationPaginated` (its pagination "Next URL"). A decoy
 * listens on 127.0.0.1, 127.0.0.2 and [::1]: it must receive nothing, and the error must name the
 * refused target or option.
 */
import type { ICredentialDataDecryptedObject, IDataObject } from 'n8n-workflow';

import { startDecoy } from '../../harness/decoy';
import type { Decoy } from '../../harness/decoy';
import { runNode } from '../../harness/engine';
import { startSandbox } from '../../sandbox';
import type { Sandbox } from '../../sandbox';
import * as gladlySandbox from '../../sandbox/gladly';
import * as kustomerSandbox from '../../sandbox/kustomer';
import * as nutshellSandbox from '../../sandbox/nutshell';

let sandbox: Sandbox;
let decoy: Decoy;
beforeAll(async () => {
	sandbox = await startSandbox({
		providers: ['kustomer', 'gladly', 'nutshell'],
		rateLimits: { kustomer: false, gladly: false },
	});
	decoy = await startDecoy();
});
afterAll(async () => {
	await sandbox?.close();
	await decoy?.close();
});
beforeEach(() => {
	sandbox.reset();
	decoy.reset();
});

interface App {
	type: string;
	name: string;
	credentials: () => ICredentialDataDecryptedObject;
	path: string;
	secrets: string[];
	/** Credential host fields pointed at a listener of the editor's choice. */
	hostFields: (target: string) => ICredentialDataDecryptedObject[];
}

const basic = (user: string, password: string) =>
	Buffer.from(`${user}:${password}`).toString('base64');

const APPS: Record<string, App> = {
	kustomer: {
		type: 'kustomerApi',
		name: 'Kustomer',
		credentials: () => ({
			region: 'custom',
			orgName: '',
			baseUrl: sandbox.url('kustomer'),
			apiKey: kustomerSandbox.TOKEN,
		}),
		path: '/v1/customers',
		secrets: [kustomerSandbox.TOKEN],
		hostFields: (target): ICredentialDataDecryptedObject[] => [
			{ region: 'custom', baseUrl: target },
			{ region: 'org', orgName: target },
		],
	},
	gladly: {
		type: 'gladlyApi',
		name: 'Gladly',
		credentials: () => ({
			organization: '',
			environment: 'production',
			email: gladlySandbox.EMAIL,
			apiToken: gladlySandbox.TOKEN,
			baseUrl: sandbox.url('gladly'),
		}),
		path: '/api/v1/organization',
		secrets: [gladlySandbox.TOKEN, basic(gladlySandbox.EMAIL, gladlySandbox.TOKEN)],
		hostFields: (target): ICredentialDataDecryptedObject[] => [
			{ baseUrl: target },
			{ baseUrl: '', organization: target },
		],
	},
	nutshell: {
		type: 'nutshellApi',
		name: 'Nutshell',
		credentials: () => ({
			username: nutshellSandbox.EMAIL,
			apiKey: nutshellSandbox.API_KEY,
			baseUrl: sandbox.url('nutshell'),
		}),
		path: '/rest/users',
		secrets: [nutshellSandbox.API_KEY, basic(nutshellSandbox.EMAIL, nutshellSandbox.API_KEY)],
		hostFields: (target) => [{ baseUrl: target }],
	},
};

/** Absolute and protocol-relative targets on the decoy, in every spelling URL parsers disagree on. */
function hostileTargets(originHost: string): string[] {
	const p = decoy.port;
	const d = `127.0.0.1:${p}`;
	return [
		// white space and control characters that WHATWG URL strips or drops
		`\thttp://${d}/page2`,
		` http://${d}/page2`,
		`\nhttp://${d}/page2`,
		`\rhttp://${d}/page2`,
		`\u0000http://${d}/page2`,
		`\u000bhttp://${d}/page2`,
		`\u000chttp://${d}/page2`,
		`\u001fhttp://${d}/page2`,
		`ht\ttp://${d}/page2`,
		`http:/\n/${d}/page2`,
		`\u00a0http://${d}/page2`,
		`\ufeffhttp://${d}/page2`,
		`http://${d}/page2\t`,
		// plain absolute, protocol-relative and backslash forms
		`http://${d}/page2`,
		`https://${d}/page2`,
		`//${d}/page2`,
		`/\\${d}/page2`,
		`\\\\${d}/page2`,
		`https:\\\\${d}/page2`,
		`http:${d}/page2`,
		// loopback spellings
		`http://127.1:${p}/`,
		`http://0x7f.1:${p}/`,
		`http://0x7f000001:${p}/`,
		`http://2130706433:${p}/`,
		`http://0177.0.0.1:${p}/`,
		`http://127.0.0.2:${p}/`,
		`https://127.0.0.2:${p}/`,
		`http://localhost:${p}/`,
		`http://LOCALHOST.:${p}/`,
		`http://0.0.0.0:${p}/`,
		`http://0:${p}/`,
		`http://[::1]:${p}/`,
		`http://[::ffff:7f00:1]:${p}/`,
		`http://[::ffff:127.0.0.1]:${p}/`,
		`http://[0:0:0:0:0:0:0:1]:${p}/`,
		// user info that makes the app host look like the target
		`http://${originHost}@${d}/`,
		`https://${originHost}:x@${d}/`,
		`https://${originHost}%40@${d}/`,
		// private and link-local ranges (nothing listens: refusal must come before any connection)
		'http://10.0.0.1/',
		'http://172.16.0.1/',
		'http://192.168.1.1/',
		'http://100.64.0.1/',
		'http://169.254.169.254/latest/meta-data/',
		'http://[fe80::1]/',
		'http://[fc00::1]/',
		// the app host, but not its origin
		`http://${originHost}/`,
		`https://${originHost}:444/`,
		`https://${originHost}.evil.test/`,
	];
}

interface Variant {
	label: string;
	helper: 'http' | 'legacy' | 'paginated';
	request: IDataObject;
	pagination?: IDataObject;
	/** What the error must name. */
	names: RegExp;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The error shows a refused value JSON-quoted (ours: control characters escaped) or as is (n8n's own check). */
const quoted = (value: string) =>
	new RegExp(`${escape(JSON.stringify(value).slice(1, 50))}|${escape(value.slice(0, 49))}`);
/**
 * Refused by the credential, or (pagination only) by n8n-core's own check that a next URL parses
 * before anything is sent; both name the target.
 */
const REFUSED = /credentials (can only be sent to|refused)|' is not a valid URL\./;

function variants(app: App): Variant[] {
	const origin = sandbox.url(app.type.replace(/Api$/, ''));
	const originHost = new URL(origin).host;
	const ok = `${origin}${app.path}`;
	const list: Variant[] = [];
	for (const target of hostileTargets(originHost)) {
		list.push({
			label: `url ${JSON.stringify(target)}`,
			helper: 'http',
			request: { url: target, timeout: 3000 },
			names: quoted(target),
		});
		list.push({
			label: `uri ${JSON.stringify(target)}`,
			helper: 'legacy',
			request: { uri: target, timeout: 3000 },
			names: quoted(target),
		});
		list.push({
			label: `next URL ${JSON.stringify(target)}`,
			helper: 'paginated',
			request: { uri: ok, method: 'GET', timeout: 3000 },
			pagination: {
				request: {
					url: `={{ $pageCount >= 1 ? ${JSON.stringify(target)} : ${JSON.stringify(ok)} }}`,
				},
				continue: '={{ $pageCount < 3 }}',
				requestInterval: 0,
				maxRequests: 3,
			},
			names: quoted(target),
		});
	}
	const d = decoy.url;
	// mixed url / uri / baseURL
	list.push(
		{
			label: 'url on origin, uri on decoy',
			helper: 'legacy',
			request: { url: ok, uri: `${d}/x` },
			names: /"uri"/,
		},
		{
			label: 'uri on origin, url on decoy',
			helper: 'legacy',
			request: { uri: ok, url: `${d}/x` },
			names: /"url"/,
		},
		{
			label: 'relative url, baseURL on decoy',
			helper: 'http',
			request: { url: app.path, baseURL: d },
			names: /"baseURL"/,
		},
		{
			label: 'relative uri, baseURL on decoy',
			helper: 'legacy',
			request: { uri: app.path, baseURL: `${d}/` },
			names: /"baseURL"/,
		},
		{
			label: 'empty url, uri on decoy',
			helper: 'legacy',
			request: { url: '', uri: `${d}/x` },
			names: /"uri"/,
		},
		{
			label: 'baseURL with a leading tab',
			helper: 'http',
			request: { url: app.path, baseURL: `\t${d}` },
			names: /"baseURL"/,
		},
		{
			label: 'url and uri disagree on the origin',
			helper: 'legacy',
			request: { url: ok, uri: `${origin}/other` },
			names: /disagree/,
		},
	);
	// proxy, TLS and agent options, the keys n8n's HTTP Request node and request helpers really use
	const withOk = (helper: 'http' | 'legacy', extra: IDataObject) =>
		helper === 'http' ? { url: app.path, ...extra } : { uri: ok, ...extra };
	for (const helper of ['http', 'legacy'] as const) {
		list.push(
			{
				label: `${helper}: proxy URL (HTTP Request node Options › Proxy)`,
				helper,
				request: withOk(helper, { proxy: d }),
				names: /"proxy"/,
			},
			{
				label: `${helper}: proxy object`,
				helper,
				request: withOk(helper, {
					proxy: { host: '127.0.0.1', port: decoy.port, protocol: 'http' },
				}),
				names: /"proxy"/,
			},
			{
				label: `${helper}: proxy and Ignore SSL Issues`,
				helper,
				request: withOk(helper, { proxy: d, rejectUnauthorized: false }),
				names: /"proxy"|"rejectUnauthorized"/,
			},
			{
				label: `${helper}: rejectUnauthorized false (Ignore SSL Issues)`,
				helper,
				request: withOk(helper, { rejectUnauthorized: false }),
				names: /"rejectUnauthorized"/,
			},
			{
				label: `${helper}: skipSslCertificateValidation`,
				helper,
				request: withOk(helper, { skipSslCertificateValidation: true }),
				names: /"skipSslCertificateValidation"/,
			},
			{
				label: `${helper}: strictSSL false`,
				helper,
				request: withOk(helper, { strictSSL: false }),
				names: /"strictSSL"/,
			},
			{
				label: `${helper}: agentOptions.rejectUnauthorized false`,
				helper,
				request: withOk(helper, { agentOptions: { rejectUnauthorized: false } }),
				names: /"agentOptions.rejectUnauthorized"/,
			},
			{
				label: `${helper}: agentOptions.ca (SSL Certificates credential)`,
				helper,
				request: withOk(helper, { agentOptions: { ca: 'PEM' } }),
				names: /"agentOptions.ca"/,
			},
			{
				label: `${helper}: agentOptions.cert and key`,
				helper,
				request: withOk(helper, { agentOptions: { cert: 'PEM', key: 'PEM' } }),
				names: /"agentOptions.cert"/,
			},
			{
				label: `${helper}: agentOptions.servername`,
				helper,
				request: withOk(helper, { agentOptions: { servername: 'evil.test' } }),
				names: /"agentOptions.servername"/,
			},
			{
				label: `${helper}: httpsAgent`,
				helper,
				request: withOk(helper, { httpsAgent: {} }),
				names: /"httpsAgent"/,
			},
			{
				label: `${helper}: httpAgent`,
				helper,
				request: withOk(helper, { httpAgent: {} }),
				names: /"httpAgent"/,
			},
			{ label: `${helper}: ca`, helper, request: withOk(helper, { ca: 'PEM' }), names: /"ca"/ },
			{
				label: `${helper}: pfx and passphrase`,
				helper,
				request: withOk(helper, { pfx: 'PFX', passphrase: 'x' }),
				names: /"pfx"|"passphrase"/,
			},
			{
				label: `${helper}: socketPath`,
				helper,
				request: withOk(helper, { socketPath: '/tmp/decoy.sock' }),
				names: /"socketPath"/,
			},
		);
	}
	return list;
}

interface Outcome {
	ok: boolean;
	error?: string;
	statusCode?: number;
}

async function runVariants(
	app: App,
	list: Variant[],
	credentials = app.credentials(),
): Promise<Outcome[]> {
	const { items, error } = await runNode(
		'requestProbe',
		{ credentialType: app.type },
		{
			credentials: { [app.type]: credentials },
			items: list.map(({ helper, request, pagination }) => ({
				helper,
				request,
				pagination,
			})) as unknown as IDataObject[],
		},
	);
	if (error) throw error;
	return items.map((item) => item.json as unknown as Outcome);
}

describe.each(Object.values(APPS).map((app) => [app.type, app] as const))(
	'%s: the key reaches no other listener',
	(_type, app) => {
		it('the corpus is large and the request layer really sends: a request on the origin arrives with the key', async () => {
			const list = variants(app);
			expect(list.length).toBeGreaterThanOrEqual(60);
			const [outcome] = await runVariants(app, [
				{
					label: 'on origin',
					helper: 'legacy',
					request: { uri: `${sandbox.url(app.type.replace(/Api$/, ''))}${app.path}` },
					names: /./,
				},
			]);
			expect(outcome).toMatchObject({ ok: true, statusCode: 200 });
			expect(sandbox.requests).toHaveLength(1);
		});

		it('every hostile target and option is refused before anything reaches the decoy, naming what was refused', async () => {
			const list = variants(app);
			const outcomes = await runVariants(app, list);
			const wrong = list
				.map((variant, index) => ({
					variant: variant.label,
					outcome: outcomes[index],
					names: variant.names,
				}))
				.filter(
					({ outcome, names }) =>
						outcome.ok || !REFUSED.test(outcome.error ?? '') || !names.test(outcome.error ?? ''),
				);
			// First what reached the decoy (request line, and whether it carried the key), then the refusals.
			const leaked = (bytes: string) => app.secrets.some((secret) => bytes.includes(secret));
			expect(
				decoy.connections.map((c) => ({
					firstLine: c.bytes.split('\r\n')[0],
					withKey: leaked(c.bytes),
				})),
			).toEqual([]);
			expect(wrong.map(({ variant, outcome }) => ({ variant, outcome }))).toEqual([]);
			for (const secret of app.secrets)
				expect(outcomes.map((o) => o.error ?? '').join('\n')).not.toContain(secret);
		});

		it.each([301, 302, 303, 307, 308])(
			'a %p redirect to the decoy is not followed with the key',
			async (status) => {
				const provider = app.type.replace(/Api$/, '');
				sandbox.inject({
					provider,
					fault: 'status',
					status,
					body: {},
					headers: { location: `${decoy.url}/stolen` },
					times: 2,
				});
				const list: Variant[] = [
					{ label: 'http', helper: 'http', request: { url: app.path }, names: /./ },
					{
						label: 'legacy',
						helper: 'legacy',
						request: {
							uri: `${sandbox.url(provider)}${app.path}`,
							followRedirect: true,
							followAllRedirects: true,
							maxRedirects: 5,
						},
						names: /./,
					},
				];
				await runVariants(app, list);
				expect(sandbox.requests).toHaveLength(2);
				expect(decoy.connections).toEqual([]);
			},
		);

		it("host fields edited to the decoy, to n8n's own loopback address or to private ranges are refused before anything is sent", async () => {
			const p = decoy.port;
			const targets = [
				`http://127.0.0.1:${p}`,
				`https://127.0.0.1:${p}`,
				`http://localhost:${p}`,
				`http://[::1]:${p}`,
				`http://127.1:${p}`,
				`http://0x7f.1:${p}`,
				`http://2130706433:${p}`,
				`http://[::ffff:7f00:1]:${p}`,
				`\thttp://127.0.0.1:${p}`,
				`https://${new URL(sandbox.url(app.type.replace(/Api$/, ''))).host}@127.0.0.1:${p}`,
				'http://127.0.0.1:5678',
				'https://10.0.0.1',
				'https://192.168.0.10',
				'https://169.254.169.254',
				'https://0.0.0.0',
			];
			for (const target of targets) {
				for (const fields of app.hostFields(target)) {
					const [outcome] = await runVariants(
						app,
						[{ label: target, helper: 'http', request: { url: app.path }, names: /./ }],
						{ ...app.credentials(), ...fields },
					);
					expect({ target, fields, outcome }).toMatchObject({
						outcome: { ok: false, error: expect.stringMatching(new RegExp(`^${app.name} `)) },
					});
				}
			}
			expect(decoy.connections).toEqual([]);
			expect(sandbox.requests).toEqual([]);
		});
	},
);
