/**
 * Gladly Lookup Trigger, run the way n8n runs it (webhook() on n8n-core's WebhookContext, built node):
 * requests signed like Gladly's start the workflow with the lookup; forged, stale, replayed-elsewhere
 * or unauthenticated ones get 401 and start nothing; activation refuses an unusable key.
 */
import type { ICredentialTestFunctions } from 'n8n-workflow';

import { GladlyLookupTrigger } from '../../../nodes/GladlyLookupTrigger/GladlyLookupTrigger.node';
import { gladlyTime, lookupBodies, signedHeaders } from '../../harness/gladly-sign';
import { TriggerHarness } from '../../harness/trigger';
import type { WebhookRequest } from '../../harness/trigger';

const KEY = ['lookup', 'signing', 'key', '7f3a9c'].join('-');
const OTHER_KEY = ['another', 'signing', 'key', '7f3a9c'].join('-');
const HEADER_VALUE = ['static', 't0ken', 'value'].join('-');

const trigger = async (
	credential: Record<string, string> = {},
	parameters: Record<string, unknown> = {},
	webhookBaseUrl?: string,
) =>
	await TriggerHarness.create({
		type: 'gladlyLookupTrigger',
		parameters: { responseMode: 'lastNode', options: {}, ...parameters },
		credentials: { gladlyLookupApi: { signingSecret: KEY, ...credential } },
		webhookBaseUrl,
	});

/** A request as Gladly sends it to the node's production URL. */
function gladlyRequest(
	node: TriggerHarness,
	body: string,
	options: {
		key?: string;
		url?: string;
		time?: string;
		extraHeaders?: Record<string, string>;
		signedHeaders?: string[];
	} = {},
): WebhookRequest {
	const url = options.url ?? node.webhookUrl();
	const headers = signedHeaders(options.key ?? KEY, {
		url,
		body,
		time: options.time,
		extraHeaders: options.extraHeaders,
		signedHeaders: options.signedHeaders,
	});
	const parsed = new URL(url);
	return { body: JSON.parse(body), rawBody: body, headers, url: parsed.pathname + parsed.search };
}

describe('the three lookups Gladly sends', () => {
	it('auto-link: BASIC, emails and phones as lists, the Gladly customer id kept', async () => {
		const node = await trigger();
		const out = await node.webhook(
			gladlyRequest(node, lookupBodies.autoLink('ana.lima@example.com')),
		);
		expect(out.status).toBeUndefined();
		expect(out.items).toHaveLength(1);
		expect(out.items[0].pairedItem).toEqual({ item: 0 });
		expect(out.items[0].json).toEqual({
			lookupLevel: 'BASIC',
			uniqueMatchRequired: false,
			lookup: 'basic',
			query: {
				emails: ['ana.lima@example.com'],
				email: 'ana.lima@example.com',
				phones: [],
				customAttributes: {},
				gladlyCustomerId: 'Br1zuiBMTA-daPVl50x45w',
				name: 'Ana Lima',
				raw: { emails: ['ana.lima@example.com'], id: 'Br1zuiBMTA-daPVl50x45w', name: 'Ana Lima' },
			},
		});
	});

	it('basic search: the configured attribute as a string becomes the same lists', async () => {
		const node = await trigger();
		const out = await node.webhook(
			gladlyRequest(node, lookupBodies.basicSearch('ana.lima@example.com')),
		);
		expect(out.items[0].json).toMatchObject({
			lookupLevel: 'BASIC',
			uniqueMatchRequired: false,
			lookup: 'basic',
			query: { emails: ['ana.lima@example.com'], email: 'ana.lima@example.com', phones: [] },
		});
	});

	it('detailed lookup: the external id, and custom attributes whether flat (Gladly docs) or nested (App Platform sample)', async () => {
		const node = await trigger();
		const body = JSON.stringify({
			lookupLevel: 'DETAILED',
			query: {
				customAttributes: { loyaltyNumber: '54321', tier: 'gold' },
				emails: ['ana.lima@example.com'],
				externalCustomerId: '501-contacts',
				favoriteFood: 'Apple Pie',
				id: 'o2sg',
				name: 'Ana Lima',
				phones: ['+15013299800'],
				tier: 'silver',
			},
			uniqueMatchRequired: true,
		});
		const out = await node.webhook(gladlyRequest(node, body));
		expect(out.items[0].json).toMatchObject({
			lookupLevel: 'DETAILED',
			uniqueMatchRequired: true,
			lookup: 'detailed',
			query: {
				externalCustomerId: '501-contacts',
				phone: '+15013299800',
				customAttributes: { favoriteFood: 'Apple Pie', loyaltyNumber: '54321', tier: 'gold' },
			},
		});
	});

	it('verifies the raw bytes: JSON escapes Gladly writes (\\u0026) are hashed as sent', async () => {
		const node = await trigger();
		const body =
			'{"lookupLevel":"BASIC","query":{"emails":["tom\\u0026jerry@example.com"],"name":"Tom \\u0026 Jerry"},"uniqueMatchRequired":false}';
		const out = await node.webhook(gladlyRequest(node, body));
		expect(out.items[0].json).toMatchObject({
			query: { name: 'Tom & Jerry', email: 'tom&jerry@example.com' },
		});
	});
});

describe('refused with 401, nothing started', () => {
	const refused = async (node: TriggerHarness, request: WebhookRequest) => {
		const out = await node.webhook(request);
		expect(out.status).toBe(401);
		expect(out.result).toEqual({ noWebhookResponse: true });
		expect(out.items).toEqual([]);
		expect(JSON.stringify(out.sent)).not.toContain(KEY);
	};

	it('no signature, another key, an altered body, a dropped header, a reordered SignedHeaders list', async () => {
		const node = await trigger();
		const body = lookupBodies.detailed('501-contacts', 'ana.lima@example.com');
		const good = gladlyRequest(node, body);
		const unsigned = { ...good.headers };
		delete unsigned['gladly-authorization'];
		await refused(node, { ...good, headers: unsigned });
		await refused(node, gladlyRequest(node, body, { key: OTHER_KEY }));
		await refused(node, {
			...good,
			rawBody: body.replace('501-contacts', '502-contacts'),
			body: JSON.parse(body.replace('501-contacts', '502-contacts')),
		});
		const withoutTrace = { ...good.headers };
		delete withoutTrace['x-b3-traceid'];
		await refused(node, { ...good, headers: withoutTrace });
		const auth = (good.headers as Record<string, string>)['gladly-authorization'];
		const list = /SignedHeaders=([^,]+)/.exec(auth)?.[1] as string;
		await refused(node, {
			...good,
			headers: {
				...good.headers,
				'gladly-authorization': auth.replace(list, list.split(';').reverse().join(';')),
			},
		});
		// The unaltered request passes, so each refusal above is due to its one change.
		expect((await node.webhook(good)).items).toHaveLength(1);
	});

	it('a Gladly-Time older or newer than the window (default 5 minutes; Options › Max Request Age)', async () => {
		const node = await trigger();
		const body = lookupBodies.autoLink('ana.lima@example.com');
		await refused(node, gladlyRequest(node, body, { time: gladlyTime(Date.now() - 6 * 60_000) }));
		await refused(node, gladlyRequest(node, body, { time: gladlyTime(Date.now() + 6 * 60_000) }));
		expect(
			(await node.webhook(gladlyRequest(node, body, { time: gladlyTime(Date.now() - 4 * 60_000) })))
				.items,
		).toHaveLength(1);
		const strict = await trigger({}, { options: { maxAgeSeconds: 60 } });
		await refused(
			strict,
			gladlyRequest(strict, body, { time: gladlyTime(Date.now() - 2 * 60_000) }),
		);
	});

	it('a request signed for another URL (a captured lookup replayed to another workflow)', async () => {
		const node = await trigger();
		const body = lookupBodies.autoLink('ana.lima@example.com');
		const signedElsewhere = gladlyRequest(node, body, {
			url: 'http://127.0.0.1:5678/webhook/another-workflow/lookup',
		});
		await refused(node, { ...signedElsewhere, url: new URL(node.webhookUrl()).pathname });
	});

	it('Basic auth or a static header configured in the credential but missing or wrong', async () => {
		const basic = await trigger({ basicAuthUser: 'gladly', basicAuthPassword: 'b4sic-pass' });
		const body = lookupBodies.autoLink('ana.lima@example.com');
		await refused(basic, gladlyRequest(basic, body));
		await refused(
			basic,
			gladlyRequest(basic, body, {
				extraHeaders: { authorization: `Basic ${Buffer.from('gladly:wrong').toString('base64')}` },
			}),
		);
		const right = `Basic ${Buffer.from('gladly:b4sic-pass').toString('base64')}`;
		expect(
			(
				await basic.webhook(
					gladlyRequest(basic, body, {
						extraHeaders: { authorization: right, 'www-authenticate': 'Basic realm="n8n"' },
					}),
				)
			).items,
		).toHaveLength(1);

		const header = await trigger({ headerName: 'X-API-Key', headerSecret: HEADER_VALUE });
		await refused(header, gladlyRequest(header, body));
		await refused(
			header,
			gladlyRequest(header, body, { extraHeaders: { 'x-api-key': HEADER_VALUE.toUpperCase() } }),
		);
		// Whether Gladly signs its custom headers is not documented: accepted signed or unsigned.
		expect(
			(
				await header.webhook(
					gladlyRequest(header, body, { extraHeaders: { 'x-api-key': HEADER_VALUE } }),
				)
			).items,
		).toHaveLength(1);
		const unsignedHeader = gladlyRequest(header, body, {
			signedHeaders: ['accept', 'content-type', 'gladly-time'],
		});
		expect(
			(
				await header.webhook({
					...unsignedHeader,
					headers: { ...unsignedHeader.headers, 'x-api-key': HEADER_VALUE },
				})
			).items,
		).toHaveLength(1);
	});

	it('everything while the signing key is too short', async () => {
		const weak = await trigger({ signingSecret: 'short-key' });
		await refused(
			weak,
			gladlyRequest(weak, lookupBodies.autoLink('ana.lima@example.com'), { key: 'short-key' }),
		);
	});
});

describe('paths Gladly may have signed', () => {
	it("accepts the request's own path, and the Signed Path option when a proxy rewrites it", async () => {
		const node = await trigger({}, { options: { signedPath: '/gladly/lookup' } });
		const body = lookupBodies.autoLink('ana.lima@example.com');
		const viaProxy = gladlyRequest(node, body, {
			url: 'https://support.example.com/gladly/lookup',
		});
		expect(
			(
				await node.webhook({
					...viaProxy,
					url: '/webhook/b7f3c1d2-0000-4000-8000-00000000abcd/lookup',
				})
			).items,
		).toHaveLength(1);
		const plain = await trigger();
		expect(
			(
				await plain.webhook({
					...viaProxy,
					url: '/webhook/b7f3c1d2-0000-4000-8000-00000000abcd/lookup',
				})
			).status,
		).toBe(401);
	});

	it('accepts a configured URL with a query string in either signing form', async () => {
		const node = await trigger();
		const body = lookupBodies.autoLink('ana.lima@example.com');
		const out = await node.webhook(
			gladlyRequest(node, body, { url: `${node.webhookUrl()}?tenant=eu&app=crm` }),
		);
		expect(out.items).toHaveLength(1);
	});
});

describe('activation and the credential test', () => {
	it('activates with a usable key on an https (or loopback) URL, registering nothing', async () => {
		const node = await trigger();
		await expect(node.activate()).resolves.toBeUndefined();
		const https = await trigger({}, {}, 'https://n8n.example.com');
		await expect(https.activate()).resolves.toBeUndefined();
	});

	it('refuses a short key, a header name without a value, and a plain-http public URL', async () => {
		await expect((await trigger({ signingSecret: 'short' })).activate()).rejects.toThrow(
			/at least 16 characters/,
		);
		await expect((await trigger({ headerName: 'X-API-Key' })).activate()).rejects.toThrow(
			/Header Name and Header Value/,
		);
		await expect((await trigger({}, {}, 'http://n8n.example.com')).activate()).rejects.toThrow(
			/https/,
		);
	});

	it('the credential test checks the key locally and never shows it', async () => {
		const test = new GladlyLookupTrigger().methods.credentialTest.gladlyLookupCredentialTest;
		const run = async (data: Record<string, string>) =>
			await test.call({} as ICredentialTestFunctions, {
				id: 'c',
				name: 'c',
				type: 'gladlyLookupApi',
				data,
			});
		expect(await run({ signingSecret: KEY })).toMatchObject({ status: 'OK' });
		const short = await run({ signingSecret: 'abc123' });
		expect(short.status).toBe('Error');
		expect(short.message).not.toContain('abc123');
		expect(await run({ signingSecret: KEY, headerName: 'X-API-Key' })).toMatchObject({
			status: 'Error',
		});
	});
});
