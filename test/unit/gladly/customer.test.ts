import { BASIC, byId, useGladly } from './setup';

const g = useGladly();

describe('Gladly › Customer', () => {
	it('creates a customer with a client-generated id and returns the stored profile', async () => {
		const { items, error } = await g.run({
			resource: 'customer',
			operation: 'create',
			additionalFields: {
				name: 'Jane Doe',
				address: '1 Main St',
				externalCustomerId: 'ext-1',
				emails: { email: [{ original: 'jane@example.com' }, { original: 'j.doe@example.com' }] },
				phones: {
					phone: [
						{ original: '+14155550100', type: 'MOBILE', regionCode: 'US', smsPreference: 'ON' },
					],
				},
				customAttributes: '{"tier":"gold"}',
			},
			simple: true,
		});
		expect(error).toBeUndefined();
		const [post, get] = g.requests();
		expect(post.method).toBe('POST');
		expect(post.path).toBe('/api/v1/customer-profiles');
		expect(post.headers.authorization).toBe(BASIC);
		expect(post.headers['content-type']).toMatch(/application\/json/);
		expect(post.body).toEqual({
			id: expect.stringMatching(/^[A-Za-z0-9_-]{22}$/),
			name: 'Jane Doe',
			address: '1 Main St',
			externalCustomerId: 'ext-1',
			emails: [
				{ original: 'jane@example.com', primary: true },
				{ original: 'j.doe@example.com', primary: false },
			],
			phones: [
				{
					original: '+14155550100',
					type: 'MOBILE',
					regionCode: 'US',
					smsPreference: 'ON',
					primary: true,
				},
			],
			customAttributes: { tier: 'gold' },
		});
		expect(`${get.method} ${get.path}`).toBe(`GET /api/v1/customer-profiles/${post.body.id}`);
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({
			id: post.body.id,
			name: 'Jane Doe',
			emails: ['jane@example.com', 'j.doe@example.com'],
			phones: ['+14155550100'],
			customAttributes: { tier: 'gold' },
		});
		expect(items[0].pairedItem).toEqual({ item: 0 });
	});

	it('treats 409 taken on its own id, after a create that timed out, as success', async () => {
		// The first attempt is processed, then the connection breaks; the retry answers 409 taken.
		g.sandbox.inject({
			provider: 'gladly',
			method: 'POST',
			path: '/api/v1/customer-profiles',
			fault: 'reset',
			processThenFail: true,
		});
		const { items, error } = await g.run({
			resource: 'customer',
			operation: 'create',
			additionalFields: { name: 'Retry' },
			simple: true,
		});
		expect(error).toBeUndefined();
		const posts = g.requests().filter((r) => r.method === 'POST');
		expect(posts).toHaveLength(2);
		expect(posts[1].body.id).toBe(posts[0].body.id);
		expect(posts[1].status).toBe(409);
		expect(items[0].json).toMatchObject({ id: posts[0].body.id, name: 'Retry' });
		expect(g.gladly.state.customers.size).toBe(1);
	});

	it('reports a 409 taken on an id the user chose, with the conflict explained', async () => {
		g.gladly.addCustomer({ id: 'taken-id', name: 'Existing' });
		const error = await g.fail({
			resource: 'customer',
			operation: 'create',
			additionalFields: { id: 'taken-id', name: 'New' },
			simple: true,
		});
		expect(error.error).toBe('Gladly answered 409: id: taken: customer ID exists [item 0]');
		expect(error.description).toMatch(/already exists/);
	});

	it('turns a validation error into "attr: code" with a hint', async () => {
		g.gladly.addCustomer({ id: 'other', emails: [{ original: 'jane@example.com' }] });
		const error = await g.fail({
			resource: 'customer',
			operation: 'create',
			additionalFields: { emails: { email: [{ original: 'jane@example.com' }] } },
			simple: true,
		});
		expect(error.error).toMatch(
			/^Gladly answered 409: emails\.0\.original: taken: email address already belongs to another customer \[item 0\]$/,
		);
		expect(error.description).toMatch(/other/);
	});

	it('refuses an invalid email before sending anything', async () => {
		const error = await g.fail({
			resource: 'customer',
			operation: 'create',
			additionalFields: { emails: { email: [{ original: 'not-an-email' }] } },
			simple: true,
		});
		expect(error.error).toMatch(
			/^Parameter 'Emails › 1' is invalid: must be a valid email address \[item 0\]$/,
		);
		expect(g.requests()).toHaveLength(0);
	});

	it('gets a customer and follows a 301 to the merged profile', async () => {
		g.gladly.addCustomer({ id: 'new-id', name: 'Merged Jane' });
		g.gladly.merge('old-id', 'new-id');
		const { items } = await g.run({
			resource: 'customer',
			operation: 'get',
			customerId: byId('old-id'),
			simple: false,
		});
		expect(g.calls()).toEqual([
			'GET /api/v1/customer-profiles/old-id',
			'GET /api/v1/customer-profiles/new-id',
		]);
		expect(g.requests()[0].status).toBe(301);
		expect(items[0].json).toMatchObject({ id: 'new-id', name: 'Merged Jane', movedFrom: 'old-id' });
	});

	it('points a list on a merged customer to the new id', async () => {
		g.gladly.addCustomer({ id: 'kept' });
		g.gladly.merge('gone', 'kept');
		const error = await g.fail({
			resource: 'customer',
			operation: 'getConversations',
			customerId: byId('gone'),
			returnAll: true,
			simple: true,
		});
		expect(error.error).toBe(
			'Gladly answered 301: customerId: moved: customer id has changed [item 0]',
		);
		expect(error.description).toMatch(/merged into kept/);
	});

	it('gets a customer by email through a lookup', async () => {
		g.gladly.addCustomer({
			id: 'c-mail',
			name: 'Mail',
			emails: [{ original: 'mail@example.com' }],
		});
		const { items } = await g.run({
			resource: 'customer',
			operation: 'get',
			customerId: { __rl: true, mode: 'email', value: 'mail@example.com' },
			simple: true,
		});
		expect(g.calls()).toEqual([
			'GET /api/v1/customer-profiles',
			'GET /api/v1/customer-profiles/c-mail',
		]);
		expect(g.requests()[0].query).toEqual({ email: 'mail@example.com' });
		expect(items[0].json).toMatchObject({ id: 'c-mail', emails: ['mail@example.com'] });
	});

	it('reads the single-object 404 form', async () => {
		const error = await g.fail({
			resource: 'customer',
			operation: 'get',
			customerId: byId('nope'),
			simple: true,
		});
		expect(error.error).toBe(
			'Gladly answered 404: not_exist: customer profile [nope] does not exist [item 0]',
		);
	});

	it('refuses "..", encodes an id with a slash as one segment', async () => {
		const bad = await g.fail({
			resource: 'customer',
			operation: 'get',
			customerId: byId('..'),
			simple: true,
		});
		expect(bad.error).toMatch(/cannot be "\.\."/);
		expect(g.requests()).toHaveLength(0);
		await g.fail({ resource: 'customer', operation: 'get', customerId: byId('a/b'), simple: true });
		expect(g.requests()[0].path).toBe('/api/v1/customer-profiles/a%2Fb');
	});

	it('finds customers by phone (E.164) with a limit', async () => {
		for (const id of ['p1', 'p2', 'p3'])
			g.gladly.addCustomer({ id, phones: [{ original: '+14155550100', type: 'HOME' }] });
		const { items } = await g.run({
			resource: 'customer',
			operation: 'find',
			searchBy: 'phoneNumber',
			value: '+14155550100',
			returnAll: false,
			limit: 2,
			simple: true,
		});
		expect(g.requests()[0].query).toEqual({ phoneNumber: '+14155550100' });
		expect(g.requests()[0].url).toContain('phoneNumber=%2B14155550100');
		expect(items.map((item) => item.json.id)).toEqual(['p3', 'p2']);
	});

	it('refuses a phone number that is not E.164', async () => {
		const error = await g.fail({
			resource: 'customer',
			operation: 'find',
			searchBy: 'phoneNumber',
			value: '415-555',
			returnAll: true,
			simple: true,
		});
		expect(error.error).toMatch(
			/^Parameter 'value' is invalid: must be a phone number in E\.164 format/,
		);
		expect(g.requests()).toHaveLength(0);
	});

	it('updates with PATCH and returns the updated profile', async () => {
		g.gladly.addCustomer({ id: 'u1', name: 'Old', emails: [{ original: 'old@example.com' }] });
		const { items } = await g.run({
			resource: 'customer',
			operation: 'update',
			customerId: byId('u1'),
			updateFields: { name: 'New', emails: { email: [{ original: 'new@example.com' }] } },
			simple: true,
		});
		expect(g.calls()).toEqual([
			'PATCH /api/v1/customer-profiles/u1',
			'GET /api/v1/customer-profiles/u1',
		]);
		expect(g.requests()[0].body).toEqual({
			name: 'New',
			emails: [{ original: 'new@example.com', primary: true }],
		});
		expect(items[0].json).toMatchObject({ id: 'u1', name: 'New', emails: ['new@example.com'] });
	});

	it('refuses an update with no fields', async () => {
		const error = await g.fail({
			resource: 'customer',
			operation: 'update',
			customerId: byId('u1'),
			updateFields: {},
			simple: true,
		});
		expect(error.error).toBe(
			"Parameter 'Update Fields' is empty: add at least one field to change [item 0]",
		);
		expect(g.requests()).toHaveLength(0);
	});

	it('upserts: creates when no profile matches, updates when one does', async () => {
		const params = {
			resource: 'customer',
			operation: 'upsert',
			matchBy: 'email',
			email: 'up@example.com',
			additionalFields: { name: 'First' },
			simple: true,
		};
		const first = await g.run(params);
		expect(g.calls()).toEqual([
			'GET /api/v1/customer-profiles',
			'POST /api/v1/customer-profiles',
			expect.stringMatching(/^GET \/api\/v1\/customer-profiles\/.{22}$/),
		]);
		expect(g.requests()[1].body).toMatchObject({
			name: 'First',
			emails: [{ original: 'up@example.com', primary: true }],
		});
		const id = first.items[0].json.id;
		g.sandbox.clearRequests();
		const second = await g.run({ ...params, additionalFields: { name: 'Second' } });
		expect(g.calls()).toEqual([
			'GET /api/v1/customer-profiles',
			`PATCH /api/v1/customer-profiles/${id}`,
			`GET /api/v1/customer-profiles/${id}`,
		]);
		expect(g.requests()[1].body).toEqual({ name: 'Second' });
		expect(second.items[0].json).toMatchObject({ id, name: 'Second', emails: ['up@example.com'] });
	});

	it('deletes a customer', async () => {
		g.gladly.addCustomer({ id: 'd1' });
		const { items } = await g.run({
			resource: 'customer',
			operation: 'delete',
			customerId: byId('d1'),
		});
		expect(g.calls()).toEqual(['DELETE /api/v1/customer-profiles/d1']);
		expect(items[0].json).toEqual({ deleted: true, id: 'd1' });
	});

	it('explains why a customer with open conversations cannot be deleted', async () => {
		g.gladly.addCustomer({ id: 'd2' });
		g.gladly.addConversation({ customerId: 'd2' });
		const error = await g.fail({
			resource: 'customer',
			operation: 'delete',
			customerId: byId('d2'),
		});
		expect(error.error).toMatch(/conversation: invalid_state: Unable to delete the profile/);
		expect(error.description).toMatch(/Close the customer's open conversations first/);
	});

	it('lists conversations and flags a truncated list', async () => {
		g.gladly.addCustomer({ id: 'lc' });
		for (let index = 0; index < 101; index++)
			g.gladly.addConversation({ customerId: 'lc', id: `conv-${String(index).padStart(3, '0')}` });
		const { items } = await g.run({
			resource: 'customer',
			operation: 'getConversations',
			customerId: byId('lc'),
			returnAll: false,
			limit: 3,
			simple: true,
		});
		expect(g.calls()).toEqual(['GET /api/v1/customers/lc/conversations']);
		expect(items.map((item) => item.json.id)).toEqual(['conv-000', 'conv-001', 'conv-002']);
		expect(items[0].json).toMatchObject({
			customerId: 'lc',
			status: 'OPEN',
			gladlyLimitedData: true,
		});
	});

	it('lists open tasks of a customer', async () => {
		g.gladly.addCustomer({ id: 'lt' });
		g.gladly.addTask({ id: 't-open', customerId: 'lt' });
		g.gladly.addTask({ id: 't-closed', customerId: 'lt', status: 'CLOSED' });
		const { items } = await g.run({
			resource: 'customer',
			operation: 'getTasks',
			customerId: byId('lt'),
			status: 'OPEN',
			returnAll: true,
		});
		expect(g.requests()[0].query).toEqual({ status: 'OPEN' });
		expect(items.map((item) => item.json.id)).toEqual(['t-open']);
		expect(items[0].json.gladlyLimitedData).toBeUndefined();
	});
});
