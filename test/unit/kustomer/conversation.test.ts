import { calls, rl, startUnit } from './context';
import type { UnitSandbox } from './context';

let k: UnitSandbox;
beforeAll(async () => (k = await startUnit()));
afterAll(async () => await k.close());
beforeEach(() => k.sandbox.reset());

const op = (operation: string, extra: Record<string, unknown> = {}) => ({
	resource: 'conversation',
	operation,
	...extra,
});
const VIP = '030000000000000000000001';
const REFUND = '030000000000000000000002';

function seedConversation() {
	const [c] = k.provider.seedCustomers(1);
	const conv = k.provider.insert(
		'conversation',
		{ name: 'Order question', status: 'open', externalId: 'zd-1' },
		{ customer: c.id },
	);
	k.sandbox.clearRequests();
	return { customer: c, conversation: conv };
}

describe('Kustomer › Conversation', () => {
	it('create: POST /v1/conversations with customer, queue object, assignees and custom attributes', async () => {
		const [c] = k.provider.seedCustomers(1);
		const [out] = await k.run(
			op('create', {
				customerId: rl(c.id),
				additionalFields: {
					name: 'Where is my order',
					priority: 4,
					status: 'open',
					queue: '040000000000000000000002',
					assignedUsers: '010000000000000000000002',
					tags: [VIP],
				},
				customAttributes: { attribute: [{ name: 'orderNumber', type: 'Str', value: '4417' }] },
			}),
		);
		const post = k.requests().find((r) => r.method === 'POST')!;
		expect(`${post.method} ${post.url}`).toBe('POST /v1/conversations');
		expect(post.body).toEqual({
			customer: c.id,
			name: 'Where is my order',
			priority: 4,
			status: 'open',
			queue: { id: '040000000000000000000002' },
			assignedUsers: ['010000000000000000000002'],
			tags: [VIP],
			custom: { orderNumberStr: '4417' },
		});
		expect(out.json).toMatchObject({
			name: 'Where is my order',
			status: 'open',
			priority: 4,
			customer: c.id,
		});
	});

	it('get by id and by external id', async () => {
		const { conversation } = seedConversation();
		const [byId] = await k.run(op('get', { by: 'id', conversationId: rl(conversation.id) }));
		const [byExternal] = await k.run(op('get', { by: 'externalId', externalId: 'zd-1' }));
		expect(calls(k.requests())).toEqual([
			`GET /v1/conversations/${conversation.id}`,
			'GET /v1/conversations/externalId=zd-1',
		]);
		expect(byId.json.id).toBe(conversation.id);
		expect(byExternal.json.id).toBe(conversation.id);
	});

	it("getMany: all, or one customer's", async () => {
		const { customer } = seedConversation();
		k.provider.insert(
			'conversation',
			{ name: 'Other' },
			{ customer: k.provider.seedCustomers(1)[0].id },
		);
		k.sandbox.clearRequests();
		const all = await k.run(op('getMany', { returnAll: true }));
		const mine = await k.run(
			op('getMany', { returnAll: true, filters: { customer: customer.id } }),
		);
		expect(calls(k.requests())).toEqual([
			'GET /v1/conversations?page=1&pageSize=100',
			`GET /v1/customers/${customer.id}/conversations?page=1&pageSize=100`,
		]);
		expect(all).toHaveLength(2);
		expect(mine.map((item) => item.json.name)).toEqual(['Order question']);
	});

	it('update: PUT with status, assignees and priority; delete', async () => {
		const { conversation } = seedConversation();
		const [out] = await k.run(
			op('update', {
				conversationId: rl(conversation.id),
				updateFields: { status: 'done', assignedTeams: '020000000000000000000001', priority: 2 },
			}),
		);
		expect(calls(k.requests())).toEqual([`PUT /v1/conversations/${conversation.id}`]);
		expect(k.requests()[0].body).toEqual({
			status: 'done',
			assignedTeams: ['020000000000000000000001'],
			priority: 2,
		});
		expect(out.json).toMatchObject({ status: 'done', priority: 2 });
		k.sandbox.clearRequests();
		const [deleted] = await k.run(op('delete', { conversationId: rl(conversation.id) }));
		expect(calls(k.requests())).toEqual([`DELETE /v1/conversations/${conversation.id}`]);
		expect(deleted.json).toEqual({ id: conversation.id, deleted: true });
	});

	it('add and remove tags: an array of tag ids as the body', async () => {
		const { conversation } = seedConversation();
		const [added] = await k.run(
			op('addTags', { conversationId: rl(conversation.id), tags: [VIP, REFUND] }),
		);
		const [removed] = await k.run(
			op('removeTags', { conversationId: rl(conversation.id), tags: [VIP] }),
		);
		expect(k.requests().map((r) => [r.method, r.path, r.body])).toEqual([
			['POST', `/v1/conversations/${conversation.id}/tags`, [VIP, REFUND]],
			['DELETE', `/v1/conversations/${conversation.id}/tags`, [VIP]],
		]);
		expect(added.json.tags).toEqual([VIP, REFUND]);
		expect(removed.json.tags).toEqual([REFUND]);
		await expect(
			k.run(op('addTags', { conversationId: rl(conversation.id), tags: [] })),
		).rejects.toThrow("Parameter 'Tag Names or IDs' is empty");
	});

	it('lists messages, notes and events; gets times', async () => {
		const { customer, conversation } = seedConversation();
		k.provider.insert(
			'message',
			{ channel: 'chat', preview: 'hi' },
			{ customer: customer.id, conversation: conversation.id },
		);
		k.provider.insert(
			'note',
			{ body: 'n' },
			{ customer: customer.id, conversation: conversation.id },
		);
		k.provider.insert('event', {
			name: 'kustomer.conversation.update',
			conversation: conversation.id,
		});
		k.sandbox.clearRequests();
		const messages = await k.run(
			op('getMessages', { conversationId: rl(conversation.id), returnAll: true }),
		);
		const notes = await k.run(
			op('getNotes', { conversationId: rl(conversation.id), returnAll: false, limit: 5 }),
		);
		const events = await k.run(
			op('getEvents', { conversationId: rl(conversation.id), returnAll: true }),
		);
		const [times] = await k.run(op('getTimes', { conversationId: rl(conversation.id) }));
		expect(calls(k.requests())).toEqual([
			`GET /v1/conversations/${conversation.id}/messages?page=1&pageSize=100`,
			`GET /v1/conversations/${conversation.id}/notes?page=1&pageSize=5`,
			`GET /v1/conversations/${conversation.id}/events?page=1&pageSize=100`,
			`GET /v1/conversations/${conversation.id}/times`,
		]);
		expect(messages[0].json).toMatchObject({ preview: 'hi', channel: 'chat' });
		expect(notes[0].json).toMatchObject({ body: 'n' });
		expect(events[0].json).toMatchObject({ name: 'kustomer.conversation.update' });
		expect(times.json).toMatchObject({ id: conversation.id, firstMessageIn: expect.any(Object) });
	});
});
