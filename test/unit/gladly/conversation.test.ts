import { BASIC, byId, useGladly } from './setup';

const g = useGladly();

beforeEach(() => {
	g.gladly.addCustomer({ id: 'cust' });
	g.gladly.addConversation({
		id: 'conv',
		customerId: 'cust',
		topicIds: ['topic-billing'],
		customAttributes: [],
	});
});

describe('Gladly › Conversation', () => {
	it('gets a conversation, simplified', async () => {
		const { items } = await g.run({
			resource: 'conversation',
			operation: 'get',
			conversationId: 'conv',
			simple: true,
		});
		expect(g.calls()).toEqual(['GET /api/v1/conversations/conv']);
		expect(g.requests()[0].headers.authorization).toBe(BASIC);
		expect(Object.keys(items[0].json).sort()).toEqual([
			'createdAt',
			'customAttributes',
			'customerId',
			'id',
			'inboxId',
			'status',
			'topicIds',
		]);
	});

	it('assigns a conversation to an inbox and agent', async () => {
		const { items } = await g.run({
			resource: 'conversation',
			operation: 'update',
			conversationId: 'conv',
			updateFields: { inboxId: 'inbox-billing', agentId: 'agent-bob' },
			simple: true,
		});
		expect(g.calls()).toEqual([
			'PATCH /api/v1/conversations/conv',
			'GET /api/v1/conversations/conv',
		]);
		expect(g.requests()[0].body).toEqual({
			assignee: { inboxId: 'inbox-billing', agentId: 'agent-bob' },
		});
		expect(items[0].json).toMatchObject({ inboxId: 'inbox-billing', agentId: 'agent-bob' });
	});

	it('refuses an agent without an inbox before sending', async () => {
		const error = await g.fail({
			resource: 'conversation',
			operation: 'update',
			conversationId: 'conv',
			updateFields: { agentId: 'agent-bob' },
			simple: true,
		});
		expect(error.error).toMatch(/^Parameter 'Inbox' is required when assigning an agent/);
		expect(g.requests()).toHaveLength(0);
	});

	it("explains Gladly's refusal to close while the customer waits", async () => {
		g.gladly.addConversation({
			id: 'waiting',
			customerId: 'cust',
			topicIds: ['topic-billing'],
			customerWaiting: true,
		});
		const error = await g.fail({
			resource: 'conversation',
			operation: 'update',
			conversationId: 'waiting',
			updateFields: { status: 'CLOSED' },
			simple: true,
		});
		expect(error.error).toMatch(
			/status\.force: invalid_state: cannot close conversation, customer waiting/,
		);
		expect(error.description).toMatch(/Turn on 'Force'/);
	});

	it('refuses to close a conversation without any topic, before sending the close', async () => {
		g.gladly.addConversation({ id: 'bare', customerId: 'cust' });
		const error = await g.fail({
			resource: 'conversation',
			operation: 'close',
			conversationId: 'bare',
			topicIds: [],
			force: true,
			simple: true,
		});
		expect(error.error).toMatch(
			/^Parameter 'Topic Names or IDs' is empty and the conversation has no topic/,
		);
		expect(g.calls()).toEqual(['GET /api/v1/conversations/bare']);
	});

	it('adds and removes topics', async () => {
		const added = await g.run({
			resource: 'conversation',
			operation: 'addTopics',
			conversationId: 'conv',
			topicIds: ['topic-refund', 'topic-shipping'],
		});
		expect(g.requests()[0].body).toEqual({ topicIds: ['topic-refund', 'topic-shipping'] });
		expect(added.items[0].json).toEqual({
			conversationId: 'conv',
			addedTopicIds: ['topic-refund', 'topic-shipping'],
		});
		const removed = await g.run({
			resource: 'conversation',
			operation: 'removeTopic',
			conversationId: 'conv',
			topicId: 'topic-refund',
		});
		expect(g.calls()[1]).toBe('DELETE /api/v1/conversations/conv/topics/topic-refund');
		expect(removed.items[0].json).toEqual({
			conversationId: 'conv',
			removedTopicId: 'topic-refund',
		});
	});

	it('adds a note (example shape {content:{body}}) and reads it back', async () => {
		const { items } = await g.run({
			resource: 'conversation',
			operation: 'addNote',
			conversationId: 'conv',
			body: 'Customer called twice',
		});
		expect(g.requests()[0].body).toEqual({ content: { body: 'Customer called twice' } });
		const noteId = String(items[0].json.id);
		expect(g.calls()).toEqual([
			'POST /api/v1/conversations/conv/notes',
			`GET /api/v1/conversations/conv/notes/${noteId}`,
		]);
		expect(items[0].json).toMatchObject({
			conversationId: 'conv',
			content: { type: 'CONVERSATION_NOTE', body: 'Customer called twice' },
		});
		const again = await g.run({
			resource: 'conversation',
			operation: 'getNote',
			conversationId: 'conv',
			noteId,
		});
		expect(again.items[0].json.id).toBe(noteId);
	});

	it('lists items of a session with a limit', async () => {
		for (let index = 0; index < 4; index++)
			g.gladly.addItem({
				id: `i${index}`,
				customerId: 'cust',
				conversationId: 'conv',
				sessionId: index < 3 ? 's1' : 's2',
				content: { type: 'CHAT_MESSAGE', content: `m${index}` },
			});
		const { items } = await g.run({
			resource: 'conversation',
			operation: 'getItems',
			conversationId: 'conv',
			returnAll: false,
			limit: 2,
			filters: { sessionId: 's1' },
			simple: true,
		});
		expect(g.requests()[0].query).toEqual({ sessionId: 's1' });
		expect(items.map((item) => [item.json.id, item.json.text, item.json.type])).toEqual([
			['i0', 'm0', 'CHAT_MESSAGE'],
			['i1', 'm1', 'CHAT_MESSAGE'],
		]);
	});

	it('adds and removes freeform topics, and reads a definition', async () => {
		await g.run({
			resource: 'conversation',
			operation: 'addFreeformTopics',
			customerId: byId('cust'),
			conversationId: 'conv',
			attributes: { attribute: [{ key: 'ORDER_ID', value: 'ORD_3' }] },
		});
		expect(g.calls()).toEqual([
			'POST /api/v1/customer-history/cust/conversations/conv/custom-attributes',
		]);
		expect(g.requests()[0].body).toEqual({ add: [{ key: 'ORDER_ID', value: 'ORD_3' }] });
		expect(g.gladly.state.conversations.get('conv')?.customAttributes).toEqual([
			{ id: 'ca-order', value: 'ORD_3' },
		]);
		await g.run({
			resource: 'conversation',
			operation: 'removeFreeformTopics',
			customerId: byId('cust'),
			conversationId: 'conv',
			attributes: { attribute: [{ key: 'ORDER_ID', value: 'ORD_3' }] },
		});
		expect(g.requests()[1].body).toEqual({ remove: [{ key: 'ORDER_ID', value: 'ORD_3' }] });
		expect(g.gladly.state.conversations.get('conv')?.customAttributes).toEqual([]);
		const { items } = await g.run({
			resource: 'conversation',
			operation: 'getFreeformTopic',
			customAttributeId: 'ca-order',
		});
		expect(items[0].json).toMatchObject({ id: 'ca-order', key: 'ORDER_ID' });
	});

	it('refuses a freeform topic without a value', async () => {
		const error = await g.fail({
			resource: 'conversation',
			operation: 'addFreeformTopics',
			customerId: byId('cust'),
			conversationId: 'conv',
			attributes: { attribute: [{ key: 'ORDER_ID', value: '' }] },
		});
		expect(error.error).toBe(
			"Parameter 'Freeform Topics › 1' needs both a key and a value [item 0]",
		);
		expect(g.requests()).toHaveLength(0);
	});
});
