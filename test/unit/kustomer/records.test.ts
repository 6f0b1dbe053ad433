/** Note, Draft, Custom Object, Klass and Company operations. */
import { calls, rl, startUnit } from './context';
import type { UnitSandbox } from './context';

let k: UnitSandbox;
beforeAll(async () => (k = await startUnit()));
afterAll(async () => await k.close());
beforeEach(() => k.sandbox.reset());

function seed() {
	const [customer] = k.provider.seedCustomers(1);
	const conversation = k.provider.insert(
		'conversation',
		{ name: 'Thread' },
		{ customer: customer.id },
	);
	k.sandbox.clearRequests();
	return { customer, conversation };
}

describe('Kustomer › Note', () => {
	const op = (operation: string, extra: Record<string, unknown> = {}) => ({
		resource: 'note',
		operation,
		...extra,
	});

	it('create with mentions (POST /v1/notes, where Kustomer takes mentions), get, getMany, update, delete', async () => {
		const { customer, conversation } = seed();
		const [created] = await k.run(
			op('create', {
				conversationId: rl(conversation.id),
				body: 'Call back tomorrow',
				additionalFields: {
					mentionUsers: '010000000000000000000002',
					mentionTeams: '020000000000000000000001',
				},
			}),
		);
		const id = created.json.id as string;
		await k.run(op('get', { noteId: id }));
		await k.run(op('getMany', { scope: 'customer', customerId: rl(customer.id), returnAll: true }));
		await k.run(op('getMany', { scope: 'all', returnAll: true }));
		const [updated] = await k.run(op('update', { noteId: id, updateFields: { body: 'Called' } }));
		const [deleted] = await k.run(op('delete', { noteId: id }));
		expect(calls(k.requests())).toEqual([
			'POST /v1/notes',
			`GET /v1/notes/${id}`,
			`GET /v1/customers/${customer.id}/notes?page=1&pageSize=100`,
			'GET /v1/notes?page=1&pageSize=100',
			`PATCH /v1/notes/${id}`,
			`DELETE /v1/notes/${id}`,
		]);
		expect(k.requests()[0].body).toEqual({
			body: 'Call back tomorrow',
			userMentions: [{ user: '010000000000000000000002' }, { team: '020000000000000000000001' }],
			conversation: conversation.id,
		});
		expect(created.json).toMatchObject({
			body: 'Call back tomorrow',
			conversation: conversation.id,
			customer: customer.id,
		});
		expect(k.requests()[4].body).toEqual({ body: 'Called' });
		expect(updated.json.body).toBe('Called');
		expect(deleted.json).toEqual({ id, deleted: true });
		await expect(
			k.run(op('create', { conversationId: rl(conversation.id), body: '  ' })),
		).rejects.toThrow("Parameter 'Text' is empty");
	});

	it("create without mentions posts to the conversation's notes; with mentions never there", async () => {
		const { conversation } = seed();
		const [plain] = await k.run(
			op('create', {
				conversationId: rl(conversation.id),
				body: 'No one to tell',
				additionalFields: { externalId: 'n-1' },
			}),
		);
		await k.run(
			op('create', {
				conversationId: rl(conversation.id),
				body: 'Tell Ada',
				additionalFields: { mentionUsers: ' , 010000000000000000000002' },
			}),
		);
		expect(k.requests().map((r) => [r.method, r.path, r.body])).toEqual([
			[
				'POST',
				`/v1/conversations/${conversation.id}/notes`,
				{ body: 'No one to tell', externalId: 'n-1' },
			],
			[
				'POST',
				'/v1/notes',
				{
					body: 'Tell Ada',
					userMentions: [{ user: '010000000000000000000002' }],
					conversation: conversation.id,
				},
			],
		]);
		expect(plain.json).toMatchObject({ conversation: conversation.id, externalId: 'n-1' });
		expect(k.provider.all('note').map((note) => note.rel.conversation?.id)).toEqual([
			conversation.id,
			conversation.id,
		]);
	});
});

describe('Kustomer › Draft', () => {
	const op = (operation: string, extra: Record<string, unknown> = {}) => ({
		resource: 'draft',
		operation,
		...extra,
	});

	it('create an email draft with Send At now: Kustomer sends it; list, update and delete', async () => {
		const { customer, conversation } = seed();
		const now = new Date().toISOString();
		const [sent] = await k.run(
			op('create', {
				customerId: rl(customer.id),
				channel: 'email',
				body: 'Your refund is on its way',
				additionalFields: {
					conversation: conversation.id,
					to: 'customer1@example.com',
					from: 'support@acme.example',
					subject: 'Refund',
					sendAt: now,
				},
			}),
		);
		expect(calls(k.requests())).toEqual([`POST /v1/customers/${customer.id}/drafts`]);
		expect(k.requests()[0].body).toEqual({
			channel: 'email',
			body: 'Your refund is on its way',
			conversation: conversation.id,
			to: [{ email: 'customer1@example.com' }],
			from: { email: 'support@acme.example' },
			subject: 'Refund',
			sendAt: now,
		});
		expect(sent.json).toMatchObject({ status: 'sent', customer: customer.id });
		expect(k.provider.state.sent).toEqual([
			expect.objectContaining({
				id: sent.json.id,
				channel: 'email',
				to: [{ email: 'customer1@example.com' }],
			}),
		]);

		k.sandbox.clearRequests();
		const [draft] = await k.run(
			op('create', {
				customerId: rl(customer.id),
				channel: 'sms',
				body: 'Hi',
				additionalFields: { to: '+14155550100' },
			}),
		);
		expect(k.requests()[0].body).toEqual({ channel: 'sms', body: 'Hi', to: '+14155550100' });
		expect(draft.json.status).toBe('draft');
		const list = await k.run(op('getMany', { customerId: rl(customer.id), returnAll: true }));
		const [updated] = await k.run(
			op('update', { draftId: draft.json.id, channel: 'sms', updateFields: { body: 'Hello' } }),
		);
		const [deleted] = await k.run(op('delete', { draftId: draft.json.id }));
		expect(calls(k.requests()).slice(1)).toEqual([
			`GET /v1/customers/${customer.id}/drafts?page=1&pageSize=100`,
			`PUT /v1/drafts/${String(draft.json.id)}`,
			`DELETE /v1/drafts/${String(draft.json.id)}`,
		]);
		expect(list).toHaveLength(2);
		expect(k.requests()[2].body).toEqual({ channel: 'sms', body: 'Hello' });
		expect(updated.json.body).toBe('Hello');
		expect(deleted.json).toEqual({ id: draft.json.id, deleted: true });
		await expect(
			k.run(
				op('create', {
					customerId: rl(customer.id),
					channel: 'email',
					body: 'x',
					additionalFields: { to: 'nope' },
				}),
			),
		).rejects.toThrow("Parameter 'To' is invalid");
	});
});

describe('Kustomer › Custom Object, Klass, Company', () => {
	it('custom object: create (Klass from the dropdown, suffix from the Klass metadata), get by id and external id, getMany, update, delete', async () => {
		const { customer } = seed();
		const co = (operation: string, extra: Record<string, unknown> = {}) => ({
			resource: 'customObject',
			operation,
			klass: 'ecomm-order',
			...extra,
		});
		const [created] = await k.run(
			co('create', {
				title: 'Order #4417',
				additionalFields: { customer: customer.id, externalId: '4417', data: '{"lines":2}' },
				customAttributes: { attribute: [{ name: 'total', type: 'auto', value: '12.5' }] },
			}),
		);
		const id = created.json.id as string;
		expect(calls(k.requests())).toEqual([
			'GET /v1/metadata/kobject.ecomm-order',
			'POST /v1/klasses/ecomm-order',
		]);
		expect(k.requests()[1].body).toEqual({
			title: 'Order #4417',
			customer: customer.id,
			externalId: '4417',
			data: { lines: 2 },
			custom: { totalNum: 12.5 },
		});
		expect(created.json).toMatchObject({
			title: 'Order #4417',
			customer: customer.id,
			klass: 'ecomm-order',
			custom: { totalNum: 12.5 },
		});
		k.sandbox.clearRequests();
		await k.run(co('get', { by: 'id', objectId: id }));
		await k.run(co('get', { by: 'externalId', externalId: '4417' }));
		const many = await k.run(co('getMany', { scope: 'all', returnAll: true }));
		const mine = await k.run(
			co('getMany', { scope: 'customer', customerId: customer.id, returnAll: true }),
		);
		const [updated] = await k.run(
			co('update', { objectId: id, updateFields: { title: 'Order #4417 (shipped)' } }),
		);
		await k.run(co('delete', { objectId: id }));
		expect(calls(k.requests())).toEqual([
			`GET /v1/klasses/ecomm-order/${id}`,
			'GET /v1/klasses/ecomm-order/externalId=4417',
			'GET /v1/klasses/ecomm-order?page=1&pageSize=100',
			`GET /v1/customers/${customer.id}/klasses/ecomm-order?page=1&pageSize=100`,
			`PUT /v1/klasses/ecomm-order/${id}`,
			`DELETE /v1/klasses/ecomm-order/${id}`,
		]);
		expect(many).toHaveLength(1);
		expect(mine).toHaveLength(1);
		expect(updated.json.title).toBe('Order #4417 (shipped)');
		await expect(k.run(co('create', { title: '' }))).rejects.toThrow("Parameter 'Title' is empty");
	});

	it('custom object getMany with Updated Since searches kobject_<klass>', async () => {
		k.provider.insert(
			'kobject',
			{ title: 'Old', updatedAt: '2026-01-01T00:00:00.000Z' },
			{ klass: { type: 'klass', id: 'ecomm-order' } as unknown as string },
		);
		k.provider.insert(
			'kobject',
			{ title: 'New', updatedAt: '2026-06-01T00:00:00.000Z' },
			{ klass: { type: 'klass', id: 'ecomm-order' } as unknown as string },
		);
		k.provider.insert(
			'kobject',
			{ title: 'Other klass', updatedAt: '2026-06-01T00:00:00.000Z' },
			{ klass: { type: 'klass', id: 'subscription' } as unknown as string },
		);
		const out = await k.run({
			resource: 'customObject',
			operation: 'getMany',
			klass: 'ecomm-order',
			scope: 'all',
			returnAll: true,
			options: { updatedSince: '2026-03-01T00:00:00Z' },
		});
		expect(out.map((item) => item.json.title)).toEqual(['New']);
		expect(k.requests()[0].body).toEqual({
			queryContext: 'kobject_ecomm-order',
			and: [{ kobject_updated_at: { gte: '2026-03-01T00:00:00.000Z' } }],
			sort: [{ kobject_updated_at: 'asc' }],
		});
	});

	it('klass: get many, and get with attribute definitions', async () => {
		const klasses = await k.run({
			resource: 'klass',
			operation: 'getMany',
			status: 'enabled',
			returnAll: true,
		});
		const [klass] = await k.run({ resource: 'klass', operation: 'get', klass: 'ecomm-order' });
		expect(calls(k.requests())).toEqual([
			'GET /v1/klasses?status=enabled&page=1&pageSize=100',
			'GET /v1/klasses?status=existing_only&page=1&pageSize=100',
			'GET /v1/metadata/kobject.ecomm-order',
		]);
		expect(klasses.map((item) => item.json.name)).toEqual(['ecomm-order', 'subscription']);
		expect(klass.json).toMatchObject({
			name: 'ecomm-order',
			displayName: 'Order',
			attributeDefinitions: { totalNum: { type: 'number', displayName: 'Total' } },
		});
		await expect(k.run({ resource: 'klass', operation: 'get', klass: 'nope' })).rejects.toThrow(
			'"nope" is not a Klass of this organization',
		);
	});

	it('company: create, get, getMany with one filter, update, custom objects', async () => {
		const c = (operation: string, extra: Record<string, unknown> = {}) => ({
			resource: 'company',
			operation,
			...extra,
		});
		const [created] = await k.run(
			c('create', {
				name: 'Acme Inc.',
				additionalFields: { domains: 'acme.example', externalId: 'co-1' },
				customAttributes: { attribute: [{ name: 'industry', type: 'auto', value: 'Retail' }] },
			}),
		);
		const id = created.json.id as string;
		await k.run(c('get', { companyId: rl(id) }));
		const found = await k.run(c('getMany', { filters: { filter: 'acme' }, returnAll: true }));
		const [updated] = await k.run(
			c('update', { companyId: rl(id), updateFields: { name: 'Acme Corp' } }),
		);
		await k.run(
			c('getCustomObjects', { companyId: rl(id), klass: 'ecomm-order', returnAll: true }),
		);
		expect(calls(k.requests())).toEqual([
			'GET /v1/metadata/company',
			'POST /v1/companies',
			`GET /v1/companies/${id}`,
			'GET /v1/companies?filter=acme&page=1&pageSize=100',
			`PUT /v1/companies/${id}`,
			`GET /v1/companies/${id}/klasses/ecomm-order?page=1&pageSize=100`,
		]);
		expect(k.requests()[1].body).toEqual({
			name: 'Acme Inc.',
			domains: ['acme.example'],
			externalId: 'co-1',
			custom: { industryStr: 'Retail' },
		});
		expect(found.map((item) => item.json.id)).toEqual([id]);
		expect(updated.json.name).toBe('Acme Corp');
		k.sandbox.clearRequests();
		await expect(
			k.run(c('getMany', { filters: { filter: 'a', externalId: 'b' }, returnAll: true })),
		).rejects.toThrow("Parameter 'Filters' can hold External ID or Name, not both");
		expect(k.requests()).toHaveLength(0);
	});
});
