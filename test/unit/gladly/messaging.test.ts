/**
 * Gladly › Message Automation (a bot in an automation session) and Custom Channel (messages of a
 * third-party channel), which only the older copy of Gladly's document describes: every request
 * here is checked against that copy (setup.ts, the contract's list of older-document paths).
 */
import { BASIC, useGladly } from './setup';

const g = useGladly();

const automation = (operation: string, parameters: Record<string, unknown> = {}) => ({
	resource: 'messageAutomation',
	operation,
	sessionId: 'sess-1',
	...parameters,
});

describe('Gladly › Message Automation', () => {
	beforeEach(() => {
		g.gladly.addSession({ id: 'sess-1', customerId: 'cust-1', conversationId: 'conv-1' });
	});

	it('gets the session, its messages (limit client-side) and one message', async () => {
		g.gladly.addSessionMessage('sess-1', { id: 'm1' });
		g.gladly.addSessionMessage('sess-1', { id: 'm2', content: { value: 'Order 1832' } });
		const session = await g.run(automation('getSession'));
		const messages = await g.run(automation('getMessages', { returnAll: false, limit: 1 }));
		const all = await g.run(automation('getMessages', { returnAll: true }));
		const message = await g.run(automation('getMessage', { messageId: 'm2' }));
		expect(g.calls()).toEqual([
			'GET /api/v1/message-automation/sessions/sess-1',
			'GET /api/v1/message-automation/sessions/sess-1/messages',
			'GET /api/v1/message-automation/sessions/sess-1/messages',
			'GET /api/v1/message-automation/sessions/sess-1/messages/m2',
		]);
		expect(g.requests().every((request) => request.headers.authorization === BASIC)).toBe(true);
		expect(session.items[0].json).toMatchObject({
			id: 'sess-1',
			customerId: 'cust-1',
			target: { targetType: 'AUTOMATION' },
		});
		expect(messages.items.map((item) => item.json.id)).toEqual(['m1']);
		expect(all.items.map((item) => item.json.id)).toEqual(['m1', 'm2']);
		expect(message.items[0].json).toMatchObject({ id: 'm2', content: { value: 'Order 1832' } });
	});

	it('sends a text, an HTML and a menu message, each once', async () => {
		const text = await g.run(automation('sendMessage', { messageType: 'TEXT', value: 'Hi!' }));
		await g.run(automation('sendMessage', { messageType: 'HTML', value: '<b>Hi</b>' }));
		await g.run(
			automation('sendMessage', {
				messageType: 'MENU',
				prompt: 'What can we help you with?',
				menuItems: {
					item: [
						{ id: 'option-1', label: 'Order Status' },
						{ id: 'option_2', label: 'Return' },
					],
				},
			}),
		);
		expect(g.calls()).toEqual(
			Array(3).fill('POST /api/v1/message-automation/sessions/sess-1/messages'),
		);
		expect(g.requests().map((request) => request.body)).toEqual([
			{ type: 'TEXT', content: { value: 'Hi!' } },
			{ type: 'HTML', content: { value: '<b>Hi</b>' } },
			{
				type: 'MENU',
				content: {
					prompt: 'What can we help you with?',
					menuItems: [
						{ id: 'option-1', label: 'Order Status' },
						{ id: 'option_2', label: 'Return' },
					],
				},
			},
		]);
		expect(text.items[0].json).toMatchObject({
			id: expect.any(String),
			sessionId: 'sess-1',
			type: 'TEXT',
			content: { value: 'Hi!' },
			from: { type: 'AUTOMATION' },
		});
		expect(g.gladly.state.sessionMessages.get('sess-1')).toHaveLength(3);
	});

	it.each([
		[{ messageType: 'TEXT', value: '={{ "" }}' }, "Parameter 'Message' is empty"],
		[{ messageType: 'TEXT', value: 'x'.repeat(2049) }, "Parameter 'Message' must be at most 2048"],
		[
			{ messageType: 'MENU', prompt: 'x'.repeat(51), menuItems: {} },
			"Parameter 'Prompt' must be at most 50",
		],
		[
			{ messageType: 'MENU', prompt: 'Pick', menuItems: {} },
			"Parameter 'Menu Items' needs 1 to 10 items, not 0",
		],
		[
			{ messageType: 'MENU', prompt: 'Pick', menuItems: { item: [{ id: 'a b', label: 'A' }] } },
			"Parameter 'Menu Items' item 1: ID must be",
		],
		[
			{
				messageType: 'MENU',
				prompt: 'Pick',
				menuItems: {
					item: [
						{ id: 'a', label: 'A' },
						{ id: 'a', label: 'B' },
					],
				},
			},
			'item 2: ID "a" is used twice',
		],
		[
			{
				messageType: 'MENU',
				prompt: 'Pick',
				menuItems: { item: Array.from({ length: 11 }, (_, i) => ({ id: `o${i}`, label: 'x' })) },
			},
			'needs 1 to 10 items, not 11',
		],
		[{ messageType: 'CAROUSEL', value: 'x' }, "Parameter 'Message Type' must be one of"],
	])('refuses %j before sending', async (parameters, says) => {
		await g.refused(automation('sendMessage', parameters), says);
	});

	it('does not repeat a bot message after a broken connection (the customer would see it twice)', async () => {
		g.fault('POST', '/api/v1/message-automation/sessions/sess-1/messages', {
			fault: 'reset',
			stage: 'headers',
			processThenFail: true,
		});
		const error = await g.fail(automation('sendMessage', { messageType: 'TEXT', value: 'Hi' }));
		expect(error.error).toMatch(/Could not reach Gladly/);
		expect(g.requests()).toHaveLength(1);
		expect(g.gladly.state.sessionMessages.get('sess-1')).toHaveLength(1);
	});

	it('shows and stops the typing indicator', async () => {
		const started = await g.run(automation('setTypingIndicator', { state: 'STARTED' }));
		expect(g.gladly.state.typing.get('sess-1')).toBe('STARTED');
		await g.run(automation('setTypingIndicator', { state: 'STOPPED' }));
		expect(g.calls()).toEqual(
			Array(2).fill('POST /api/v1/message-automation/sessions/sess-1/typing-indicators'),
		);
		expect(g.requests().map((request) => request.body)).toEqual([
			{ state: 'STARTED' },
			{ state: 'STOPPED' },
		]);
		expect(started.items[0].json).toEqual({ sessionId: 'sess-1', state: 'STARTED' });
		expect(g.gladly.state.typing.get('sess-1')).toBe('STOPPED');
	});

	it('hands the session off to an agent; the bot can then no longer write', async () => {
		const { items } = await g.run(
			automation('handOff', { description: 'Customer asked for a person' }),
		);
		expect(g.calls()).toEqual(['POST /api/v1/message-automation/sessions/sess-1/handoff']);
		expect(g.requests()[0].body).toEqual({ description: 'Customer asked for a person' });
		expect(items[0].json).toEqual({
			sessionId: 'sess-1',
			handedOff: true,
			description: 'Customer asked for a person',
		});
		expect(g.gladly.state.sessions.get('sess-1')?.target).toEqual({ targetType: 'AGENT' });
		const error = await g.fail(automation('sendMessage', { messageType: 'TEXT', value: 'Hi' }));
		expect(error.error).toMatch(/Gladly answered 400: sessionId: invalid_state/);
	});

	it('closes the session, with its reason', async () => {
		const { items } = await g.run(automation('close', { description: 'Customer not responding' }));
		expect(g.calls()).toEqual(['POST /api/v1/message-automation/sessions/sess-1/close']);
		expect(g.requests()[0].body).toEqual({ description: 'Customer not responding' });
		expect(items[0].json).toMatchObject({ sessionId: 'sess-1', closed: true });
		expect(g.gladly.state.sessions.get('sess-1')?.status).toBe('CLOSED');
	});

	it.each(['handOff', 'close'])(
		'%s: refuses an empty or too long reason before sending',
		async (op) => {
			const empty = await g.fail(automation(op, { description: '  ' }));
			expect(empty.error).toBe("Parameter 'Reason' is empty [item 0]");
			const long = await g.fail(automation(op, { description: 'x'.repeat(241) }));
			expect(long.error).toBe(
				"Parameter 'Reason' must be at most 240 characters, not 241 [item 0]",
			);
			expect(g.requests()).toHaveLength(0);
		},
	);

	it('sends an ID with / ? # as one path segment, so the path cannot change', async () => {
		await g.fail(automation('getMessage', { sessionId: 'a/../b', messageId: 'm?x=1#y' }));
		await g.fail({
			resource: 'customChannel',
			operation: 'updateMessageStatus',
			customChannelId: '../../webhooks',
			messageId: 'm1',
			status: 'READ',
		});
		expect(g.calls()).toEqual([
			'GET /api/v1/message-automation/sessions/a%2F..%2Fb/messages/m%3Fx%3D1%23y',
			'PUT /api/v1/communications/custom-channels/..%2F..%2Fwebhooks/messages/m1/status',
		]);
	});

	it("names Gladly's answer for an unknown session, and refuses '..' as a session ID", async () => {
		const missing = await g.fail(automation('getSession', { sessionId: 'gone' }));
		expect(missing.httpCode).toBe('404');
		expect(missing.error).toMatch(/not_exist/);
		g.sandbox.clearRequests();
		const traversal = await g.fail(automation('close', { sessionId: '..', description: 'x' }));
		expect(traversal.error).toBe('Parameter \'Session ID\' cannot be ".." [item 0]');
		expect(g.requests()).toHaveLength(0);
	});
});

const customMessage = {
	resource: 'customChannel',
	operation: 'sendMessage',
	customChannelId: 'cc-shop',
	to: 'shop-chat',
	senderAddress: 'user-42',
	messageType: 'TEXT',
	text: 'Where is my order?',
	additionalFields: {},
};

describe('Gladly › Custom Channel', () => {
	it('sends a text message and outputs the conversation item it became', async () => {
		const { items } = await g.run({
			...customMessage,
			additionalFields: {
				displayName: 'Jane on ShopChat',
				profileEmail: 'jane@example.com',
				groupId: 'g-1',
				groupName: 'Order 1832',
			},
		});
		expect(g.calls()).toEqual(['POST /api/v1/communications/custom-channels/cc-shop/messages']);
		const [request] = g.requests();
		expect(request.headers.authorization).toBe(BASIC);
		expect(request.body).toEqual({
			sender: {
				address: 'user-42',
				displayName: 'Jane on ShopChat',
				profileIdentifier: { type: 'EMAIL', address: 'jane@example.com' },
			},
			to: 'shop-chat',
			type: 'TEXT',
			content: { text: 'Where is my order?' },
			groupId: 'g-1',
			groupName: 'Order 1832',
		});
		const id = String(items[0].json.id);
		expect(items[0].json).toMatchObject({ customChannelId: 'cc-shop', type: 'TEXT' });
		const stored = g.gladly.state.items.get(id);
		expect(stored?.content).toMatchObject({
			customChannelId: 'cc-shop',
			text: 'Where is my order?',
		});
		const customer = g.gladly.state.customers.get(String(stored?.customerId));
		expect(customer?.emails).toEqual([expect.objectContaining({ original: 'jane@example.com' })]);
	});

	it('sends files by URL with a caption', async () => {
		await g.run({
			...customMessage,
			messageType: 'FILES',
			fileUrls: 'https://cdn.example.com/a.jpg, https://cdn.example.com/b.pdf',
			caption: 'My receipt',
		});
		expect(g.requests()[0].body).toMatchObject({
			type: 'FILES',
			content: {
				files: [{ url: 'https://cdn.example.com/a.jpg' }, { url: 'https://cdn.example.com/b.pdf' }],
				caption: 'My receipt',
			},
		});
	});

	it.each([
		[{ text: ' ' }, "Parameter 'Text' is invalid"],
		[{ senderAddress: '={{ " " }}' }, "Parameter 'Sender Address' is invalid"],
		[
			{ messageType: 'FILES', fileUrls: 'ftp://x/y.jpg' },
			"Parameter 'File URLs' must be http(s) URLs",
		],
		[{ messageType: 'FILES', fileUrls: '={{ " , " }}' }, "Parameter 'File URLs' is empty"],
		[
			{ additionalFields: { profileEmail: 'a@example.com', profilePhone: '+14155550100' } },
			"Parameter 'Profile Email' cannot be given together with 'Profile Phone'",
		],
		[
			{ additionalFields: { profilePhone: '415-555' } },
			"Parameter 'Profile Phone' must be a phone number",
		],
		[{ additionalFields: { groupName: 'Order' } }, "Parameter 'Group Name' needs 'Group ID'"],
		[{ customChannelId: '={{ "" }}' }, "Parameter 'Custom Channel ID' is empty"],
	])('refuses %j before sending', async (parameters, says) => {
		await g.refused({ ...customMessage, ...parameters }, says);
	});

	it('does not repeat a message after a broken connection', async () => {
		g.fault('POST', '/api/v1/communications/custom-channels/cc-shop/messages', {
			fault: 'status',
			status: 503,
			processThenFail: true,
		});
		const error = await g.fail(customMessage);
		expect(error.httpCode).toBe('503');
		expect(g.requests()).toHaveLength(1);
		expect(
			[...g.gladly.state.items.values()].filter(
				(item) => (item.content as { customChannelId?: string })?.customChannelId === 'cc-shop',
			),
		).toHaveLength(1);
	});

	it("updates the status of an agent's message", async () => {
		g.gladly.addItem({
			id: 'out-1',
			customerId: 'cust-1',
			content: { type: 'CUSTOM_CHANNEL_MESSAGE', customChannelId: 'cc-shop' },
		});
		const { items } = await g.run({
			resource: 'customChannel',
			operation: 'updateMessageStatus',
			customChannelId: 'cc-shop',
			messageId: 'out-1',
			status: 'FAILED',
			details: 'Recipient blocked the shop',
		});
		expect(g.calls()).toEqual([
			'PUT /api/v1/communications/custom-channels/cc-shop/messages/out-1/status',
		]);
		expect(g.requests()[0].body).toEqual({
			value: 'FAILED',
			details: 'Recipient blocked the shop',
		});
		expect(items[0].json).toEqual({
			customChannelId: 'cc-shop',
			messageId: 'out-1',
			status: 'FAILED',
			details: 'Recipient blocked the shop',
		});
		expect(g.gladly.state.items.get('out-1')?.content).toMatchObject({
			status: { value: 'FAILED', details: 'Recipient blocked the shop' },
		});
	});

	it('names an unknown message, and refuses a status Gladly does not have before sending', async () => {
		const missing = await g.fail({
			resource: 'customChannel',
			operation: 'updateMessageStatus',
			customChannelId: 'cc-shop',
			messageId: 'nope',
			status: 'READ',
		});
		expect(missing.httpCode).toBe('404');
		g.sandbox.clearRequests();
		const bad = await g.fail({
			resource: 'customChannel',
			operation: 'updateMessageStatus',
			customChannelId: 'cc-shop',
			messageId: 'out-1',
			status: 'SEEN',
		});
		expect(bad.error).toMatch(/^Parameter 'Status' must be one of/);
		expect(g.requests()).toHaveLength(0);
	});
});
