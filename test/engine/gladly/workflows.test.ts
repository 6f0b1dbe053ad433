/**
 * Gladly workflows (as exported from n8n) run through n8n-core's engine against the fake Gladly:
 * upsert a customer, close a conversation, reply to a message, create a task for a new customer,
 * run a report, download an export file. Every request is also checked against the OpenAPI document.
 */
import type { INode } from 'n8n-workflow';

import { runWorkflow } from '../../harness/engine';
import { BASIC, useGladly } from '../../unit/gladly/setup';

const g = useGladly();

const start = (items: object[]): INode => ({
	id: 'start',
	name: 'Start',
	type: 'testStart',
	typeVersion: 1,
	position: [0, 0],
	parameters: { items: JSON.stringify(items) },
});

function gladlyNode(name: string, parameters: Record<string, unknown>, position = 1): INode {
	return {
		id: name,
		name,
		type: 'n8n-nodes-kustomer-gladly-nutshell.gladly',
		typeVersion: 1,
		position: [position * 220, 0],
		parameters: parameters as INode['parameters'],
		credentials: { gladlyApi: { id: 'gladly', name: 'Gladly account' } },
	};
}

function chain(nodes: INode[]) {
	const connections: Record<
		string,
		{ main: Array<Array<{ node: string; type: 'main'; index: number }>> }
	> = {};
	for (let index = 0; index < nodes.length - 1; index++)
		connections[nodes[index].name] = {
			main: [[{ node: nodes[index + 1].name, type: 'main', index: 0 }]],
		};
	return { nodes, connections };
}

describe('Gladly workflows on the n8n engine', () => {
	it('upserts customers from incoming rows (one created, one updated)', async () => {
		g.gladly.addCustomer({
			id: 'existing',
			name: 'Old Name',
			emails: [{ original: 'known@example.com' }],
		});
		const workflow = chain([
			start([
				{ email: 'known@example.com', name: 'Known Person', tier: 'gold' },
				{ email: 'new@example.com', name: 'New Person', tier: 'silver' },
			]),
			gladlyNode('Upsert Customer', {
				resource: 'customer',
				operation: 'upsert',
				matchBy: 'email',
				email: '={{ $json.email }}',
				additionalFields: {
					name: '={{ $json.name }}',
					customAttributes: '={{ JSON.stringify({ tier: $json.tier }) }}',
				},
				simple: true,
			}),
		]);
		const result = await runWorkflow(workflow, g.credentials);
		expect(result.error).toBeUndefined();
		const out = result.output('Upsert Customer');
		expect(
			out.map((item) => [
				item.json.name,
				item.json.emails,
				item.json.customAttributes,
				item.pairedItem,
			]),
		).toEqual([
			['Known Person', ['known@example.com'], { tier: 'gold' }, { item: 0 }],
			['New Person', ['new@example.com'], { tier: 'silver' }, { item: 1 }],
		]);
		expect(out[0].json.id).toBe('existing');
		expect(g.calls()).toEqual([
			'GET /api/v1/customer-profiles',
			'PATCH /api/v1/customer-profiles/existing',
			'GET /api/v1/customer-profiles/existing',
			'GET /api/v1/customer-profiles',
			'POST /api/v1/customer-profiles',
			`GET /api/v1/customer-profiles/${String(out[1].json.id)}`,
		]);
		expect(g.requests().every((request) => request.headers.authorization === BASIC)).toBe(true);
	});

	it('closes a conversation: topics first, then the status', async () => {
		g.gladly.addCustomer({ id: 'cust' });
		g.gladly.addConversation({
			id: 'conv-1',
			customerId: 'cust',
			agentId: 'agent-ada',
			customerWaiting: true,
		});
		const workflow = chain([
			start([{ conversationId: 'conv-1' }]),
			gladlyNode('Close', {
				resource: 'conversation',
				operation: 'close',
				conversationId: '={{ $json.conversationId }}',
				topicIds: ['topic-refund'],
				force: true,
				simple: true,
			}),
		]);
		const result = await runWorkflow(workflow, g.credentials);
		expect(result.error).toBeUndefined();
		expect(g.calls()).toEqual([
			'GET /api/v1/conversations/conv-1',
			'POST /api/v1/conversations/conv-1/topics',
			'PATCH /api/v1/conversations/conv-1',
			'GET /api/v1/conversations/conv-1',
		]);
		expect(g.requests()[1].body).toEqual({ topicIds: ['topic-refund'] });
		expect(g.requests()[2].body).toEqual({ status: { value: 'CLOSED', force: true } });
		expect(result.output('Close')[0].json).toMatchObject({
			id: 'conv-1',
			status: 'CLOSED',
			topicIds: ['topic-refund'],
			agentId: 'agent-ada',
		});
	});

	it('replies to a customer message on its own channel', async () => {
		g.gladly.addCustomer({ id: 'cust' });
		g.gladly.addConversation({ id: 'conv-2', customerId: 'cust', customerWaiting: true });
		g.gladly.addItem({
			id: 'msg-1',
			customerId: 'cust',
			conversationId: 'conv-2',
			content: { type: 'SMS', content: 'Where is my order?' },
		});
		const workflow = chain([
			start([{ messageId: 'msg-1' }]),
			gladlyNode('Reply', {
				resource: 'conversationItem',
				operation: 'reply',
				itemId: '={{ $json.messageId }}',
				type: 'auto',
				body: 'It ships today.',
				simple: true,
			}),
		]);
		const result = await runWorkflow(workflow, g.credentials);
		expect(result.error).toBeUndefined();
		const [read, post, readBack] = g.requests();
		expect(`${read.method} ${read.path}`).toBe('GET /api/v1/conversation-items/msg-1');
		expect(`${post.method} ${post.path}`).toBe('POST /api/v1/conversation-items/msg-1/reply');
		expect(post.body).toEqual({ content: { type: 'SMS', body: 'It ships today.' } });
		expect(post.status).toBe(201);
		expect(readBack.method).toBe('GET');
		const replyId = readBack.path.split('/').pop();
		expect(replyId).not.toBe('msg-1');
		expect(result.output('Reply')[0].json).toMatchObject({
			id: replyId,
			conversationId: 'conv-2',
			type: 'SMS',
			text: 'It ships today.',
			initiatorType: 'API',
		});
	});

	it('creates a task for a customer that does not exist yet', async () => {
		const due = new Date(Date.now() + 3 * 86_400_000).toISOString();
		const workflow = chain([
			start([{ email: 'brand-new@example.com', due }]),
			gladlyNode('Create Task', {
				resource: 'task',
				operation: 'create',
				identifyBy: 'emailAddress',
				emailAddress: '={{ $json.email }}',
				body: 'Call back about the refund',
				dueAt: '={{ $json.due }}',
				inboxId: 'inbox-billing',
				agentId: 'agent-bob',
			}),
		]);
		const result = await runWorkflow(workflow, g.credentials);
		expect(result.error).toBeUndefined();
		const [post, get] = g.requests();
		expect(`${post.method} ${post.path}`).toBe('POST /api/v1/tasks');
		expect(post.body).toEqual({
			id: expect.stringMatching(/^[A-Za-z0-9_-]{22}$/),
			assignee: { inboxId: 'inbox-billing', agentId: 'agent-bob' },
			body: 'Call back about the refund',
			dueAt: due,
			customer: { emailAddress: 'brand-new@example.com' },
		});
		expect(`${get.method} ${get.path}`).toBe(`GET /api/v1/tasks/${String(post.body.id)}`);
		const task = result.output('Create Task')[0].json;
		expect(task).toMatchObject({
			id: post.body.id,
			status: 'OPEN',
			dueAt: due,
			assignee: { inboxId: 'inbox-billing', agentId: 'agent-bob' },
		});
		const customer = [...g.gladly.state.customers.values()].find(
			(record) => record.id === task.customerId,
		);
		expect(customer?.emails).toEqual([
			expect.objectContaining({ original: 'brand-new@example.com' }),
		]);
	});

	it('runs a report and returns its CSV rows as items (BOM stripped)', async () => {
		const workflow = chain([
			start([{}]),
			gladlyNode('Report', {
				resource: 'report',
				operation: 'run',
				metricSet: 'ContactSummaryReport',
				window: 'days',
				startAt: '2026-01-01',
				endAt: '2026-01-07',
				output: 'rows',
				options: {
					timezone: 'America/Los_Angeles',
					aggregationLevel: 'daily',
					channel: 'allChannels',
					inboxes: ['inbox-support'],
				},
			}),
		]);
		const result = await runWorkflow(workflow, g.credentials);
		expect(result.error).toBeUndefined();
		expect(g.calls()).toEqual(['POST /api/v1/reports']);
		expect(g.requests()[0].body).toEqual({
			metricSet: 'ContactSummaryReport',
			startAt: '2026-01-01',
			endAt: '2026-01-07',
			timezone: 'America/Los_Angeles',
			aggregationLevel: 'daily',
			filters: { channel: 'allChannels', inboxes: ['inbox-support'] },
		});
		expect(result.output('Report').map((item) => item.json)).toEqual([
			{ Date: '2026-01-01', Inbox: 'Support', 'Contacts Offered': '12', Note: 'plain' },
			{
				Date: '2026-01-07',
				Inbox: 'Billing',
				'Contacts Offered': '7',
				Note: 'has, comma and "quotes"',
			},
		]);
	});

	it('downloads an export file as one item per JSONL line, paired to the job item', async () => {
		const lines = Array.from({ length: 250 }, (_, index) => ({
			id: `item-${index}`,
			customerId: `c-${index % 7}`,
			content: { type: 'EMAIL' },
		}));
		g.gladly.addJob(
			{ id: 'job-1' },
			{
				'conversation_items.jsonl': lines,
				'topics.jsonl': [{ id: 't1', name: 'Billing', disabled: false }],
			},
		);
		const workflow = chain([
			start([{}]),
			gladlyNode('Jobs', {
				resource: 'export',
				operation: 'getManyJobs',
				returnAll: true,
				filters: { status: 'COMPLETED' },
			}),
			gladlyNode(
				'Download',
				{
					resource: 'export',
					operation: 'downloadFile',
					jobId: '={{ $json.id }}',
					fileName: 'conversation_items.jsonl',
					output: 'items',
					returnAll: true,
				},
				2,
			),
		]);
		const result = await runWorkflow(workflow, g.credentials);
		expect(result.error).toBeUndefined();
		expect(g.calls()).toEqual([
			'GET /api/v1/export/jobs',
			'GET /api/v1/export/jobs/job-1/files/conversation_items.jsonl',
		]);
		expect(g.requests()[0].query).toEqual({ status: 'COMPLETED' });
		const out = result.output('Download');
		expect(out).toHaveLength(250);
		expect(out[0].json).toEqual(lines[0]);
		expect(out[249].json).toEqual(lines[249]);
		expect(out.every((item) => (item.pairedItem as { item: number }).item === 0)).toBe(true);
	});

	it('a chat bot: typing, a menu, then hands off to an agent, all from the AUTOMATION/MESSAGE_RECEIVED event', async () => {
		g.gladly.addSession({ id: 'sess-9', customerId: 'cust-9', conversationId: 'conv-9' });
		const event = {
			type: 'AUTOMATION/MESSAGE_RECEIVED',
			content: { sessionId: 'sess-9', message: { content: { body: 'I need a person' } } },
		};
		const session = '={{ $("Start").item.json.content.sessionId }}';
		const workflow = chain([
			start([event]),
			gladlyNode('Typing', {
				resource: 'messageAutomation',
				operation: 'setTypingIndicator',
				sessionId: '={{ $json.content.sessionId }}',
				state: 'STARTED',
			}),
			gladlyNode(
				'Menu',
				{
					resource: 'messageAutomation',
					operation: 'sendMessage',
					sessionId: session,
					messageType: 'MENU',
					prompt: 'Talk to someone?',
					menuItems: { item: [{ id: 'yes', label: 'Yes please' }] },
				},
				2,
			),
			gladlyNode(
				'Hand Off',
				{
					resource: 'messageAutomation',
					operation: 'handOff',
					sessionId: session,
					description:
						'={{ "Customer said: " + $("Start").item.json.content.message.content.body }}',
				},
				3,
			),
		]);
		const result = await runWorkflow(workflow, g.credentials);
		expect(result.error).toBeUndefined();
		expect(g.calls()).toEqual([
			'POST /api/v1/message-automation/sessions/sess-9/typing-indicators',
			'POST /api/v1/message-automation/sessions/sess-9/messages',
			'POST /api/v1/message-automation/sessions/sess-9/handoff',
		]);
		expect(g.requests()[2].body).toEqual({ description: 'Customer said: I need a person' });
		expect(g.requests().every((request) => request.headers.authorization === BASIC)).toBe(true);
		expect(result.output('Hand Off').map((item) => [item.json, item.pairedItem])).toEqual([
			[
				{ sessionId: 'sess-9', handedOff: true, description: 'Customer said: I need a person' },
				{ item: 0 },
			],
		]);
		expect(g.gladly.state.sessions.get('sess-9')?.target).toEqual({ targetType: 'AGENT' });
		expect(g.gladly.state.sessionMessages.get('sess-9')).toHaveLength(1);
	});

	it('rows become one recipient collection of a campaign (3 items in, one request, one item out)', async () => {
		const rows = [
			{ name: 'Ann', phone: '+14155550101', tz: 'America/Los_Angeles' },
			{ name: 'Ben', phone: '+14155550102', tz: 'America/Chicago' },
			{ name: 'Cat', phone: '+14155550103', tz: 'Europe/Paris' },
		];
		const workflow = chain([
			start(rows),
			gladlyNode('Recipients', {
				resource: 'campaign',
				operation: 'addRecipients',
				campaignId: 'camp-sms',
				name: 'Pickup reminders',
				startAfter: '2030-01-01T09:00:00Z',
				recipientType: 'phone',
				customerName: '={{ $json.name }}',
				phoneNumber: '={{ $json.phone }}',
				timezone: '={{ $json.tz }}',
			}),
		]);
		const result = await runWorkflow(workflow, g.credentials);
		expect(result.error).toBeUndefined();
		expect(g.calls()).toEqual(['POST /api/v1/campaigns/camp-sms/recipient-collections']);
		const out = result.output('Recipients');
		expect(out).toHaveLength(1);
		expect(out[0].json).toMatchObject({ campaignId: 'camp-sms', type: 'SMS', recipientCount: 3 });
		expect(out[0].pairedItem).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		const [collection] = g.gladly.state.recipientCollections;
		expect(collection.recipients).toEqual(
			rows.map((row) => ({ customerName: row.name, phoneNumber: row.phone, timezone: row.tz })),
		);
	});

	it('pauses the call recording of the agents on a call, by email', async () => {
		g.gladly.startCall('agent-ada');
		const workflow = chain([
			start([{ agent: 'ada@acme.example' }]),
			gladlyNode('Pause', {
				resource: 'agent',
				operation: 'pauseRecording',
				agentId: '={{ $json.agent }}',
			}),
		]);
		const result = await runWorkflow(workflow, g.credentials);
		expect(result.error).toBeUndefined();
		expect(g.calls()).toEqual([
			'PATCH /api/v1/agents/ada%40acme.example/call-recorder',
			'GET /api/v1/agents/ada%40acme.example/call-recorder',
		]);
		expect(result.output('Pause')[0].json).toMatchObject({
			agentId: 'agent-ada',
			recording: false,
		});
		expect(g.gladly.state.callRecorders.get('agent-ada')?.recording).toBe(false);
	});

	it("a custom channel message arrives in Gladly, then the agent's reply is marked delivered", async () => {
		const workflow = chain([
			start([{ user: 'shop-user-7', text: 'Hello shop' }]),
			gladlyNode('Inbound', {
				resource: 'customChannel',
				operation: 'sendMessage',
				customChannelId: 'cc-shop',
				to: 'shop-chat',
				senderAddress: '={{ $json.user }}',
				messageType: 'TEXT',
				text: '={{ $json.text }}',
			}),
			gladlyNode(
				'Delivered',
				{
					resource: 'customChannel',
					operation: 'updateMessageStatus',
					customChannelId: 'cc-shop',
					messageId: '={{ $json.id }}',
					status: 'DELIVERED',
				},
				2,
			),
		]);
		const result = await runWorkflow(workflow, g.credentials);
		expect(result.error).toBeUndefined();
		const id = String(result.output('Inbound')[0].json.id);
		expect(g.calls()).toEqual([
			'POST /api/v1/communications/custom-channels/cc-shop/messages',
			`PUT /api/v1/communications/custom-channels/cc-shop/messages/${id}/status`,
		]);
		expect(g.gladly.state.items.get(id)?.content).toMatchObject({
			text: 'Hello shop',
			status: { value: 'DELIVERED' },
		});
		expect(result.output('Delivered')[0].pairedItem).toEqual({ item: 0 });
	});
});
