/** Tag, tags by name, bulk delete, and the admin writes: users, teams and Klasses. */
import { calls, failure, KEY, rl, startUnit } from './context';
import type { UnitSandbox } from './context';

let k: UnitSandbox;
beforeAll(async () => (k = await startUnit()));
afterAll(async () => await k.close());
beforeEach(() => k.sandbox.reset());

const ADA = '010000000000000000000002';
const BOB = '010000000000000000000003';
const TIER1 = '020000000000000000000001';
const VIP = '030000000000000000000001';
const REFUND = '030000000000000000000002';
/** The sandbox's read-only key whose 403 does not name the role. */
const QUIET = 'kustomer-quiet-403-key';

describe('Kustomer › Tag', () => {
	it('get many: GET /v1/tags with the API key, id, name and color', async () => {
		const tags = await k.run({ resource: 'tag', operation: 'getMany', returnAll: true });
		expect(calls(k.requests())).toEqual(['GET /v1/tags?page=1&pageSize=100']);
		expect(k.requests()[0].headers.authorization).toBe(`Bearer ${KEY}`);
		expect(tags.map((item) => item.json)).toEqual([
			expect.objectContaining({ id: VIP, name: 'vip', color: 'red' }),
			expect.objectContaining({ id: REFUND, name: 'refund', color: 'blue' }),
		]);
	});

	it('conversation Add/Remove Tags accept names (any case) next to ids, looked up once', async () => {
		const customer = k.provider.insert('customer', { name: 'Jane' });
		const conversation = k.provider.insert(
			'conversation',
			{ name: 'T' },
			{ customer: customer.id },
		);
		k.sandbox.clearRequests();
		const [added] = await k.run({
			resource: 'conversation',
			operation: 'addTags',
			conversationId: rl(conversation.id),
			tags: ['VIP', REFUND],
		});
		const [removed] = await k.run({
			resource: 'conversation',
			operation: 'removeTags',
			conversationId: rl(conversation.id),
			tags: 'refund',
		});
		expect(k.requests().map((r) => [r.method, r.url, r.body])).toEqual([
			['GET', '/v1/tags?page=1&pageSize=100', undefined],
			['POST', `/v1/conversations/${conversation.id}/tags`, [VIP, REFUND]],
			['GET', '/v1/tags?page=1&pageSize=100', undefined],
			['DELETE', `/v1/conversations/${conversation.id}/tags`, [REFUND]],
		]);
		expect(added.json.tags).toEqual([VIP, REFUND]);
		expect(removed.json.tags).toEqual([VIP]);
	});

	it('ids alone send no lookup; an unknown or ambiguous name fails the item before anything is written', async () => {
		const customer = k.provider.insert('customer', { name: 'Jane' });
		const conversation = k.provider.insert(
			'conversation',
			{ name: 'T' },
			{ customer: customer.id },
		);
		k.provider.insert('tag', { name: 'Refund' });
		k.sandbox.clearRequests();
		const op = (tags: string | string[]) => ({
			resource: 'conversation',
			operation: 'addTags',
			conversationId: rl(conversation.id),
			tags,
		});
		await k.run(op([VIP]));
		expect(calls(k.requests())).toEqual([`POST /v1/conversations/${conversation.id}/tags`]);
		k.sandbox.clearRequests();
		const unknown = await failure(k.run(op(['vip', 'urgent']), { items: [{}, {}] }));
		expect(unknown.message).toMatch(
			/^Parameter 'Tag Names or IDs' "urgent" is not a tag name of this organization \[item 0\]/,
		);
		const ambiguous = await failure(k.run(op('refund')));
		expect(ambiguous.message).toMatch(/"refund" names 2 tags: give the tag ID/);
		expect(k.requests().every((r) => r.method === 'GET')).toBe(true);
		expect(k.provider.get(conversation.id)?.attributes.tags).toEqual([VIP]);
	});
});

describe('Kustomer › Tag writes (endpoints Kustomer does not document)', () => {
	it('create (POST /v1/tags), update by name (PUT /v1/tags/{id}), delete by ID, each with the API key', async () => {
		const [created] = await k.run({
			resource: 'tag',
			operation: 'create',
			name: ' Urgent ',
			additionalFields: { color: '#ff0000' },
		});
		const id = String(created.json.id);
		const [updated] = await k.run({
			resource: 'tag',
			operation: 'update',
			tag: 'URGENT',
			updateFields: { name: 'escalated' },
		});
		const [deleted] = await k.run({ resource: 'tag', operation: 'delete', tag: id });
		const log = k.requests();
		expect(log.map((r) => [r.method, r.url, r.body])).toEqual([
			['POST', '/v1/tags', { name: 'Urgent', color: '#ff0000' }],
			['GET', '/v1/tags?page=1&pageSize=100', undefined],
			['PUT', `/v1/tags/${id}`, { name: 'escalated' }],
			['DELETE', `/v1/tags/${id}`, undefined],
		]);
		expect(log.every((r) => r.headers.authorization === `Bearer ${KEY}`)).toBe(true);
		expect(created.json).toMatchObject({ id, name: 'Urgent', color: '#ff0000' });
		expect(updated.json).toMatchObject({ id, name: 'escalated', color: '#ff0000' });
		expect(deleted.json).toEqual({ id, deleted: true });
		expect(k.provider.get(id)?.deleted).toBe(true);
		expect([VIP, REFUND].map((tag) => k.provider.get(tag)?.deleted)).toEqual([false, false]);
	});

	it('refuses an empty name, an empty update, an unknown or ambiguous tag name, before any write', async () => {
		await expect(k.run({ resource: 'tag', operation: 'create', name: '  ' })).rejects.toThrow(
			"Parameter 'Name' is empty [item 0]",
		);
		await expect(
			k.run({ resource: 'tag', operation: 'update', tag: VIP, updateFields: { name: ' ' } }),
		).rejects.toThrow("Parameter 'Update Fields' is empty");
		expect(k.requests()).toHaveLength(0);
		k.provider.insert('tag', { name: 'Refund' });
		// Only a Kustomer ID (24 hex digits) goes into the path; anything else is a name to look up.
		await expect(k.run({ resource: 'tag', operation: 'delete', tag: '..' })).rejects.toThrow(
			`Parameter 'Tag Name or ID' ".." is not a tag name of this organization`,
		);
		await expect(
			k.run({ resource: 'tag', operation: 'delete', tag: 'no-such-tag' }),
		).rejects.toThrow(
			`Parameter 'Tag Name or ID' "no-such-tag" is not a tag name of this organization`,
		);
		await expect(k.run({ resource: 'tag', operation: 'delete', tag: 'refund' })).rejects.toThrow(
			/"refund" names 2 tags: give the tag ID/,
		);
		expect(k.requests().every((r) => r.method === 'GET')).toBe(true);
		expect(k.provider.all('tag').every((tag) => !tag.deleted)).toBe(true);
	});

	it.each([404, 405] as const)(
		'an org whose API answers %i says plainly that tag writes are undocumented, never the key',
		async (status) => {
			k.provider.tagWrites.refuseWith = status;
			const runs = {
				create: { name: 'urgent' },
				update: { tag: 'vip', updateFields: { color: '#00ff00' } },
				delete: { tag: VIP },
			};
			for (const [operation, parameters] of Object.entries(runs)) {
				const error = await failure(k.run({ resource: 'tag', operation, ...parameters }));
				const path = operation === 'create' ? '/v1/tags' : '/v1/tags/{id}';
				const method = { create: 'POST', update: 'PUT', delete: 'DELETE' }[operation];
				expect(error.message).toBe(
					`Kustomer answered ${status} to ${method} ${path}: ` +
						`${{ create: 'creating', update: 'changing', delete: 'deleting' }[operation]} tags ` +
						"is not documented by Kustomer, and this organization's API did not accept the " +
						'endpoint [item 0]',
				);
				expect(error.description).toMatch(/^The values given are not the cause\./);
				expect(JSON.stringify({ ...error, message: error.message })).not.toContain(KEY);
			}
			// A tag picked by name exists, so its 404 is the endpoint's; a tag given by ID is looked
			// up once after the 404, and it is listed.
			expect(calls(k.requests())).toEqual([
				'POST /v1/tags',
				'GET /v1/tags?page=1&pageSize=100',
				`PUT /v1/tags/${VIP}`,
				`DELETE /v1/tags/${VIP}`,
				...(status === 404 ? ['GET /v1/tags?page=1&pageSize=100'] : []),
			]);
			expect(k.provider.all('tag').map((tag) => tag.attributes.name)).toEqual(['vip', 'refund']);
			expect(k.provider.get(VIP)).toMatchObject({ deleted: false, attributes: { color: 'red' } });
		},
	);

	it('with Continue On Fail each item gets its own error item, paired to it', async () => {
		k.provider.tagWrites.refuseWith = 404;
		const out = await k.run(
			{ resource: 'tag', operation: 'create', name: '={{ $json.name }}' },
			{ items: [{ name: 'a' }, { name: 'b' }], continueOnFail: true },
		);
		expect(out.map((item) => [item.json.error, item.pairedItem])).toEqual([
			[expect.stringMatching(/tags is not documented by Kustomer.*\[item 0\]$/), { item: 0 }],
			[expect.stringMatching(/tags is not documented by Kustomer.*\[item 1\]$/), { item: 1 }],
		]);
	});

	it('an ID that is no tag of the org: the 404 is told as such after one look at the list', async () => {
		const missing = '03000000000000000000ffff';
		const error = await failure(k.run({ resource: 'tag', operation: 'delete', tag: missing }));
		expect(error.message).toBe(
			`Parameter 'Tag Name or ID' "${missing}" is not a tag of this organization [item 0]`,
		);
		expect(calls(k.requests())).toEqual([
			`DELETE /v1/tags/${missing}`,
			'GET /v1/tags?page=1&pageSize=100',
		]);
	});

	it("a key without the tag role gets Kustomer's 403 with the role, not the undocumented message", async () => {
		const error = await failure(
			k.run({ resource: 'tag', operation: 'create', name: 'urgent' }, { apiKey: QUIET }),
		);
		expect(error.message).toMatch(/^Kustomer answered 403/);
		expect(error.description).toContain('org.permission.tag.create');
		expect(k.provider.all('tag')).toHaveLength(2);
	});
});

describe('Kustomer › Bulk › Delete', () => {
	it('customers: DELETE /v1/customers/bulk?ids=… in batches of 100, one job per batch, duplicates once', async () => {
		const customers = k.provider.seedCustomers(150);
		const ids = customers.map((c) => c.id);
		k.sandbox.clearRequests();
		const jobs = await k.run({
			resource: 'bulk',
			operation: 'delete',
			objectType: 'customer',
			ids: [...ids, ids[0]].join(', '),
		});
		expect(k.requests().map((r) => [r.method, r.path, r.query.ids])).toEqual([
			['DELETE', '/v1/customers/bulk', ids.slice(0, 100).join(',')],
			['DELETE', '/v1/customers/bulk', ids.slice(100).join(',')],
		]);
		expect(jobs.map((job) => job.json.count)).toEqual([100, 50]);
		expect(
			jobs.every((job) => job.pairedItem && (job.pairedItem as { item: number }).item === 0),
		).toBe(true);
		expect(customers.every((c) => k.provider.get(c.id)?.deleted)).toBe(true);
	});

	it('custom objects of a Klass: DELETE /v1/klasses/{name}/bulk', async () => {
		const klass = { type: 'klass', id: 'ecomm-order' } as never;
		const a = k.provider.insert('kobject', { title: 'A' }, { klass });
		const b = k.provider.insert('kobject', { title: 'B' }, { klass });
		const keep = k.provider.insert('kobject', { title: 'C' }, { klass });
		k.sandbox.clearRequests();
		const [job] = await k.run({
			resource: 'bulk',
			operation: 'delete',
			objectType: 'customObject',
			klass: 'ecomm-order',
			ids: [a.id, b.id],
		});
		expect(calls(k.requests())).toEqual([
			`DELETE /v1/klasses/ecomm-order/bulk?ids=${a.id}%2C${b.id}`,
		]);
		expect(job.json).toMatchObject({ ids: [a.id, b.id], method: 'DELETE', status: 'done' });
		expect([a, b, keep].map((r) => k.provider.get(r.id)?.deleted)).toEqual([true, true, false]);
	});

	it('refuses no IDs, an id of "..", or an object type without bulk delete, sending nothing', async () => {
		const base = { resource: 'bulk', operation: 'delete', objectType: 'customer' };
		await expect(k.run({ ...base, ids: ' , ' })).rejects.toThrow(
			"Parameter 'IDs' is empty: give at least one ID [item 0]",
		);
		await expect(k.run({ ...base, ids: `${'a'.repeat(24)}, ..` })).rejects.toThrow(/'IDs'/);
		await expect(
			k.run({ ...base, objectType: 'conversation', ids: 'a'.repeat(24) }),
		).rejects.toThrow(/Parameter 'Object Type' must be one of "customer", "customObject"/);
		expect(k.requests()).toHaveLength(0);
	});
});

describe('Kustomer › User (admin writes)', () => {
	it('create invites (POST /v1/users), update, deactivate and reactivate (PUT deleted true / null)', async () => {
		const [invited] = await k.run({
			resource: 'user',
			operation: 'create',
			name: 'Cleo Agent',
			email: 'cleo@acme.example',
			additionalFields: {
				displayName: 'Cleo',
				roles: 'org.user, org.permission.conversation.read',
			},
		});
		const id = String(invited.json.id);
		const [updated] = await k.run({
			resource: 'user',
			operation: 'update',
			userId: rl(id),
			updateFields: { userType: 'limited', roleGroups: 'rg1,rg2' },
		});
		const [off] = await k.run({ resource: 'user', operation: 'deactivate', userId: rl(id) });
		const [on] = await k.run({ resource: 'user', operation: 'reactivate', userId: rl(id) });
		expect(k.requests().map((r) => [r.method, r.path, r.body])).toEqual([
			[
				'POST',
				'/v1/users',
				{
					name: 'Cleo Agent',
					email: 'cleo@acme.example',
					displayName: 'Cleo',
					roles: ['org.user', 'org.permission.conversation.read'],
				},
			],
			['PUT', `/v1/users/${id}`, { userType: 'limited', roleGroups: ['rg1', 'rg2'] }],
			['PUT', `/v1/users/${id}`, { deleted: true }],
			['PUT', `/v1/users/${id}`, { deleted: null }],
		]);
		expect(invited.json).toMatchObject({ name: 'Cleo Agent', email: 'cleo@acme.example' });
		expect(updated.json.userType).toBe('limited');
		expect(off.json.deleted).toBe(true);
		expect(on.json.deleted).toBeNull();
	});

	it("refuses a bad email or an empty update before sending; a taken email is Kustomer's 409", async () => {
		await expect(
			k.run({ resource: 'user', operation: 'create', name: 'X', email: 'not-an-email' }),
		).rejects.toThrow(/Parameter 'Email' is invalid: must be a valid email address \[item 0\]/);
		await expect(
			k.run({ resource: 'user', operation: 'update', userId: rl(ADA), updateFields: {} }),
		).rejects.toThrow("Parameter 'Update Fields' is empty");
		expect(k.requests()).toHaveLength(0);
		const taken = await failure(
			k.run({ resource: 'user', operation: 'create', name: 'Ada 2', email: 'ada@acme.example' }),
		);
		expect(taken.message).toMatch(/409/);
	});

	it('an API key without org.admin.user is told which role to create a key with', async () => {
		const error = await failure(
			k.run(
				{ resource: 'user', operation: 'create', name: 'Cleo', email: 'cleo@acme.example' },
				{ apiKey: QUIET },
			),
		);
		expect(error.description).toContain('org.admin.user');
	});
});

describe('Kustomer › Team (admin writes)', () => {
	it('create, update (PATCH: only what changes), delete', async () => {
		const [team] = await k.run({
			resource: 'team',
			operation: 'create',
			name: 'tier-2',
			additionalFields: { displayName: 'Tier 2', members: `${ADA}, ${BOB}` },
		});
		const id = String(team.json.id);
		const [renamed] = await k.run({
			resource: 'team',
			operation: 'update',
			teamId: rl(id),
			updateFields: { displayName: 'Second tier' },
		});
		const [deleted] = await k.run({ resource: 'team', operation: 'delete', teamId: rl(id) });
		expect(k.requests().map((r) => [r.method, r.path, r.body])).toEqual([
			['POST', '/v1/teams', { name: 'tier-2', displayName: 'Tier 2', members: [ADA, BOB] }],
			['PATCH', `/v1/teams/${id}`, { displayName: 'Second tier' }],
			['DELETE', `/v1/teams/${id}`, undefined],
		]);
		expect(renamed.json).toMatchObject({
			name: 'tier-2',
			displayName: 'Second tier',
			members: [ADA, BOB],
		});
		expect(deleted.json).toEqual({ id, deleted: true });
		expect(k.provider.get(id)?.deleted).toBe(true);
		expect(k.provider.get(TIER1)?.deleted).toBe(false);
	});

	it('refuses a name over 256 characters and an empty update, sending nothing', async () => {
		await expect(
			k.run({ resource: 'team', operation: 'create', name: 'x'.repeat(257) }),
		).rejects.toThrow("Parameter 'Name' is 257 characters long; Kustomer allows 256 [item 0]");
		await expect(
			k.run({ resource: 'team', operation: 'update', teamId: rl(TIER1), updateFields: {} }),
		).rejects.toThrow("Parameter 'Update Fields' is empty");
		expect(k.requests()).toHaveLength(0);
	});
});

describe('Kustomer › Klass (admin writes)', () => {
	it('create, update and delete by name: the Klass id is found from the list', async () => {
		const [created] = await k.run({
			resource: 'klass',
			operation: 'create',
			name: 'warranty',
			displayName: 'Warranty',
			additionalFields: { icon: 'shield' },
		});
		const id = String(created.json.id);
		k.sandbox.clearRequests();
		const [updated] = await k.run({
			resource: 'klass',
			operation: 'update',
			klass: 'warranty',
			updateFields: { displayName: 'Warranties', status: 'disabled' },
		});
		const [deleted] = await k.run({ resource: 'klass', operation: 'delete', klass: 'warranty' });
		expect(created.json).toMatchObject({
			name: 'warranty',
			displayName: 'Warranty',
			status: 'enabled',
		});
		expect(k.requests().map((r) => [r.method, r.url, r.body])).toEqual([
			['GET', '/v1/klasses?status=existing_only&page=1&pageSize=100', undefined],
			['PUT', `/v1/klasses/${id}`, { displayName: 'Warranties', status: 'disabled' }],
			['GET', '/v1/klasses?status=existing_only&page=1&pageSize=100', undefined],
			['DELETE', `/v1/klasses/${id}`, undefined],
		]);
		expect(updated.json).toMatchObject({ id, displayName: 'Warranties', status: 'disabled' });
		expect(deleted.json).toEqual({ id, name: 'warranty', deleted: true });
	});

	it('refuses a name Kustomer cannot take, and an unknown Klass, before any write', async () => {
		await expect(
			k.run({ resource: 'klass', operation: 'create', name: 'my klass!' }),
		).rejects.toThrow(`Parameter 'Name' may hold only letters, digits, _ and -, not "my klass!"`);
		expect(k.requests()).toHaveLength(0);
		await expect(
			k.run({ resource: 'klass', operation: 'delete', klass: 'nothing-here' }),
		).rejects.toThrow(
			`Parameter 'Custom Object Type' "nothing-here" is not a Klass of this organization`,
		);
		expect(k.requests().map((r) => r.method)).toEqual(['GET']);
	});

	it("a Klass with custom objects is not deleted: Kustomer's refusal reaches the user", async () => {
		k.provider.insert(
			'kobject',
			{ title: 'A' },
			{ klass: { type: 'klass', id: 'ecomm-order' } as never },
		);
		const error = await failure(
			k.run({ resource: 'klass', operation: 'delete', klass: 'ecomm-order' }),
		);
		expect(error.message).toMatch(/409.*custom objects cannot be deleted/);
		expect(k.provider.all('klass').every((r) => !r.deleted)).toBe(true);
	});
});
