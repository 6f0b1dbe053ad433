/**
 * Nutshell through n8n-core's real engine against the sandbox: upsert a person, create a lead linked
 * to a company and a person, move it to won, page through 1,000+ leads with Return All, the change
 * log, errors and retries. Every request sent here must conform to the OpenAPI document.
 */
import { testCredential } from '../../harness/engine';
import type { LoggedRequest } from '../../sandbox';
import { expectConforming } from '../../contract/nutshell/spec';
import { API_KEY, basicAuth, EMAIL, rl, useNutshellSandbox } from './helpers';

const logged: LoggedRequest[] = [];
afterAll(() => expectConforming(logged));
const ns = useNutshellSandbox(logged);

describe('Nutshell on the engine', () => {
	it('the credential test passes with the right key and fails readably with a wrong one', async () => {
		const ok = await testCredential('nutshellApi', ns.credentials().nutshellApi);
		expect(ok.status).toBe('OK');
		expect(ns.log()[0].headers.authorization).toBe(basicAuth());
		expect(ns.calls()).toEqual(['GET /rest/users']);
		const bad = await testCredential('nutshellApi', {
			...ns.credentials().nutshellApi,
			apiKey: 'wrong',
		});
		expect(bad.status).toBe('Error');
		expect(ns.log()[1].status).toBe(401);
		// After the 401, n8n's credential path (not this node) sends a bare "GET /"; keep it out of the contract check.
		ns.sandbox.clearRequests();
	});

	it('upserts a person by email: creates once, then updates the same record', async () => {
		const upsert = {
			resource: 'person',
			operation: 'upsert',
			email: 'ana@example.com',
			name: 'Ana Lima',
			additionalFields: { phones: '+14155550100' },
		};
		const first = await ns.run(upsert);
		expect(first.error).toBeUndefined();
		const id = first.items[0].json.id;
		const second = await ns.run({
			...upsert,
			name: 'Ana Lima-Souza',
			additionalFields: { tags: ['2-tags'] },
		});
		expect(second.error).toBeUndefined();
		expect(second.items[0].json).toMatchObject({
			id,
			name: 'Ana Lima-Souza',
			links: expect.objectContaining({ tags: ['2-tags'] }),
		});
		const contacts = [...ns.provider().state.contacts.records.values()];
		expect(contacts).toHaveLength(1);
		expect(ns.calls()).toEqual([
			'GET /rest/contacts',
			'POST /rest/contacts',
			'GET /rest/contacts',
			'PATCH /rest/contacts/1-contacts',
			'GET /rest/contacts/1-contacts',
		]);
		const patch = ns.log()[3];
		expect(patch.headers['content-type']).toBe('application/json-patch+json');
		expect(patch.headers.authorization).toBe(basicAuth());
		expect(patch.body).toEqual([
			{ op: 'replace', path: '/contacts/0/name', value: 'Ana Lima-Souza' },
			{ op: 'add', path: '/contacts/0/links/tags/-', value: '2-tags' },
		]);
	});

	it('creates a lead linked to a company and a person, moves its stage, marks it won', async () => {
		const company = await ns.run({
			resource: 'company',
			operation: 'create',
			name: 'Acme Corp',
			additionalFields: { urls: 'https://acme.com' },
		});
		const person = await ns.run({
			resource: 'person',
			operation: 'create',
			name: 'Ana Lima',
			additionalFields: { emails: 'ana@acme.com', relatedIds: String(company.items[0].json.id) },
		});
		const companyId = String(company.items[0].json.id);
		const personId = String(person.items[0].json.id);
		const lead = await ns.run({
			resource: 'lead',
			operation: 'create',
			description: 'Acme: 50 seats',
			additionalFields: {
				companyIds: companyId.split('-')[0],
				personIds: personId,
				value: '5000',
				sources: ['1-sources'],
			},
		});
		expect(lead.error).toBeUndefined();
		const leadId = String(lead.items[0].json.id);
		expect(lead.items[0].json).toMatchObject({
			links: expect.objectContaining({
				accounts: [companyId],
				contacts: [personId],
				sources: ['1-sources'],
			}),
		});

		const moved = await ns.run({
			resource: 'lead',
			operation: 'moveStage',
			leadId: rl(leadId),
			stage: '102-stages',
		});
		expect(moved.error).toBeUndefined();
		expect((moved.items[0].json.links as Record<string, unknown>).stage).toBe('102-stages');

		const number = String(lead.items[0].json.number);
		const won = await ns.run({
			resource: 'lead',
			operation: 'markWon',
			leadId: rl(`Lead-${number}`, 'number'),
			outcome: '1-outcomes',
		});
		expect(won.error).toBeUndefined();
		expect(won.items[0].json).toMatchObject({
			id: leadId,
			status: 'won',
			links: expect.objectContaining({ outcome: '1-outcomes' }),
		});
		const stored = ns.provider().state.leads.records.get(leadId);
		expect(stored?.status).toBe('won');
		const statusCall = ns.log().find((request) => request.path.endsWith('/status'))!;
		expect(statusCall.method).toBe('POST');
		expect(statusCall.path).toBe(`/rest/leads/${leadId}/status`);
		expect(statusCall.body).toEqual({ outcomeId: '1-outcomes' });
		expect(ns.log().every((request) => request.headers.authorization === basicAuth())).toBe(true);
	});

	it('pages through 1,050 leads with Return All, each page once, until the empty page', async () => {
		const ids = ns.provider().seedLeads(1050);
		const { items, error } = await ns.run({
			resource: 'lead',
			operation: 'getMany',
			returnAll: true,
			simple: true,
		});
		expect(error).toBeUndefined();
		expect(items.map((item) => item.json.id)).toEqual(ids);
		expect(items.every((item) => (item.pairedItem as { item: number }).item === 0)).toBe(true);
		const pages = ns.log().map((request) => request.query['page[page]']);
		expect(pages).toEqual(Array.from({ length: 12 }, (_, page) => String(page)));
		expect(new Set(pages).size).toBe(pages.length);
		expect(ns.log().every((request) => request.query['page[limit]'] === '100')).toBe(true);
	});

	it('stops at the limit without fetching more pages than needed', async () => {
		ns.provider().seedLeads(30);
		const { items } = await ns.run({
			resource: 'lead',
			operation: 'getMany',
			returnAll: false,
			limit: 7,
			simple: true,
		});
		expect(items).toHaveLength(7);
		expect(
			ns.log().map((request) => [request.query['page[limit]'], request.query['page[page]']]),
		).toEqual([['7', '0']]);
	});

	it('reads a burst of events larger than one page through meta.next', async () => {
		const provider = ns.provider();
		const ids = provider.seedLeads(3);
		for (let i = 0; i < 250; i++) provider.event('leads', 'update', { id: ids[i % 3] });
		const { items, error } = await ns.run({
			resource: 'event',
			operation: 'getMany',
			since: 'id',
			sinceId: '0-events',
			entityTypes: ['leads'],
			returnAll: true,
		});
		expect(error).toBeUndefined();
		expect(items).toHaveLength(250);
		const numbers = items.map((item) => Number(String(item.json.id).split('-')[0]));
		expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
		expect(ns.log().map((request) => request.query.since_id)).toEqual([
			'0-events',
			'100-events',
			'200-events',
			'250-events',
		]);
	});

	it('a wrong key ends as "check the email and API key", never as HTML', async () => {
		const { error } = await ns.run({ resource: 'lead', operation: 'get', leadId: rl('1') }, {});
		expect(error?.message).toMatch(/404|not found/i);
		const credentials = ns.credentials();
		credentials.nutshellApi.apiKey = 'wrong';
		const { runNode } = await import('../../harness/engine');
		const denied = await runNode(
			'nutshell',
			{ resource: 'user', operation: 'getMany', returnAll: true },
			{ credentials },
		);
		expect(denied.error?.message).toBe(
			'Nutshell answered 401: authentication failed, check the email and API key [item 0]',
		);
		expect(denied.error?.message).not.toMatch(/</);
	});

	it('backs off on 429 and 5xx for reads, but never repeats a create that may have been processed', async () => {
		ns.sandbox.inject({
			provider: 'nutshell',
			method: 'GET',
			path: '/rest/users',
			fault: 'status',
			status: 429,
			retryAfter: 0.001,
		});
		ns.sandbox.inject({
			provider: 'nutshell',
			method: 'GET',
			path: '/rest/users',
			fault: 'status',
			status: 503,
			retryAfter: 0.001,
		});
		const read = await ns.run({
			resource: 'user',
			operation: 'getMany',
			returnAll: false,
			limit: 1,
		});
		expect(read.error).toBeUndefined();
		expect(read.items).toHaveLength(1);

		ns.sandbox.clearRequests();
		ns.sandbox.inject({
			provider: 'nutshell',
			method: 'POST',
			path: '/rest/contacts',
			fault: 'status',
			status: 500,
			processThenFail: true,
			body: { code: 500, message: 'Internal Server Error' },
		});
		const create = await ns.run(
			{ resource: 'person', operation: 'create', name: 'Once Only' },
			{ continueOnFail: true },
		);
		expect(create.items[0].json.error).toBe(
			'Nutshell answered 500: Internal Server Error [item 0]',
		);
		expect(ns.calls()).toEqual(['POST /rest/contacts']);
		expect(ns.provider().state.contacts.records.size).toBe(1);
	});

	it('has no rate limit by default; a configured limit is waited out via Retry-After', async () => {
		ns.provider().seedLeads(250);
		const free = await ns.run({
			resource: 'lead',
			operation: 'getMany',
			returnAll: true,
			simple: true,
		});
		expect(free.items).toHaveLength(250);
		ns.sandbox.clearRequests();
		ns.sandbox.setRateLimit('nutshell', { limit: 2, windowMs: 1000 });
		try {
			const limited = await ns.run({
				resource: 'lead',
				operation: 'getMany',
				returnAll: true,
				simple: true,
			});
			expect(limited.error).toBeUndefined();
			expect(limited.items).toHaveLength(250);
			const statuses = ns.log().map((request) => request.status);
			expect(statuses).toContain(429);
			expect(statuses.filter((status) => status === 200)).toHaveLength(4);
		} finally {
			ns.sandbox.setRateLimit('nutshell', false);
		}
	});

	it('creates one record per request for several input items, each paired', async () => {
		const { items } = await ns.run(
			{ resource: 'company', operation: 'create', name: '={{ $json.name }}' },
			{ items: [{ name: 'A' }, { name: 'B' }, { name: 'C' }] },
		);
		expect(items.map((item) => [item.json.name, item.pairedItem])).toEqual([
			['A', { item: 0 }],
			['B', { item: 1 }],
			['C', { item: 2 }],
		]);
		expect(ns.log().map((request) => (request.body.accounts as unknown[]).length)).toEqual([
			1, 1, 1,
		]);
	});

	it('bad input fails the item with the parameter name, and nothing is sent', async () => {
		const { error } = await ns.run({
			resource: 'lead',
			operation: 'get',
			leadId: rl('={{ "12-contacts" }}'),
		});
		expect(error?.message).toBe(
			`Parameter 'Lead' is a contacts ID ("12-contacts"), but a leads ID is expected [item 0]`,
		);
		expect(ns.log()).toHaveLength(0);
		expect(EMAIL).toContain('@');
		expect(API_KEY).toBeTruthy();
	});
});
