/** Multi-step Kustomer flows on the real engine (n8n-core WorkflowExecute, built package from dist/). */
import type { ICredentialDataDecryptedObject, INode } from 'n8n-workflow';

import { runWorkflow } from '../../harness/engine';
import { byId, calls, chain, kustomerNode, startKustomer } from './helpers';
import type { KustomerSandbox } from './helpers';

let k: KustomerSandbox;
beforeAll(async () => (k = await startKustomer()));
afterAll(async () => await k.sandbox.close());
beforeEach(() => k.sandbox.reset());

describe('Kustomer flows on the engine', () => {
	it('creates a conversation with a first message and a note', async () => {
		const [customer] = k.provider.seedCustomers(1);
		const start: INode = {
			id: 'start',
			name: 'Start',
			type: 'testStart',
			typeVersion: 1,
			position: [0, 0],
			parameters: { items: JSON.stringify([{ customerId: customer.id }]) },
		};
		const nodes = [
			start,
			kustomerNode('Conversation', 200, {
				resource: 'conversation',
				operation: 'create',
				customerId: byId('id', '={{ $json.customerId }}'),
				additionalFields: { name: 'Where is my order?', status: 'open' },
			}),
			kustomerNode('Message', 400, {
				resource: 'message',
				operation: 'create',
				target: 'conversation',
				conversationId: byId('id', '={{ $json.id }}'),
				channel: 'email',
				app: 'postmark',
				direction: 'in',
				additionalFields: { preview: 'Order #4417 has not arrived', subject: 'Order #4417' },
			}),
			kustomerNode('Note', 600, {
				resource: 'note',
				operation: 'create',
				conversationId: byId('id', '={{ $json.conversation }}'),
				body: 'Checked with the carrier',
				additionalFields: { mentionUsers: '010000000000000000000002' },
			}),
		];
		const result = await runWorkflow(
			{ nodes, connections: chain('Start', 'Conversation', 'Message', 'Note') },
			k.credentials() as Record<string, ICredentialDataDecryptedObject>,
		);
		expect(result.error).toBeUndefined();
		const conversation = result.output('Conversation')[0].json;
		const message = result.output('Message')[0].json;
		const note = result.output('Note')[0].json;
		expect(conversation).toMatchObject({
			name: 'Where is my order?',
			status: 'open',
			customer: customer.id,
		});
		expect(message).toMatchObject({
			conversation: conversation.id,
			customer: customer.id,
			channel: 'email',
			direction: 'in',
			preview: 'Order #4417 has not arrived',
		});
		expect(note).toMatchObject({
			conversation: conversation.id,
			body: 'Checked with the carrier',
			userMentions: [{ user: '010000000000000000000002' }],
		});
		const log = k.requests();
		expect(calls(log)).toEqual([
			'POST /v1/conversations',
			`POST /v1/conversations/${String(conversation.id)}/messages`,
			// Mentions go where Kustomer takes them: POST /v1/notes, naming the conversation.
			'POST /v1/notes',
		]);
		expect(log.map((r) => r.body)).toEqual([
			{ customer: customer.id, name: 'Where is my order?', status: 'open' },
			{
				channel: 'email',
				app: 'postmark',
				direction: 'in',
				preview: 'Order #4417 has not arrived',
				subject: 'Order #4417',
			},
			{
				body: 'Checked with the carrier',
				userMentions: [{ user: '010000000000000000000002' }],
				conversation: conversation.id,
			},
		]);
		expect(log.every((r) => r.headers.authorization === 'Bearer kustomer-test-key')).toBe(true);
		expect(k.provider.get(String(conversation.id))?.attributes.messageCount).toBe(1);
	});

	it('creates custom objects of a Klass and gets many of them', async () => {
		const [customer] = k.provider.seedCustomers(1);
		const items = [
			{ title: 'Order #1', total: '10', ext: 'o-1' },
			{ title: 'Order #2', total: '20.5', ext: 'o-2' },
			{ title: 'Order #3', total: '7', ext: 'o-3' },
		];
		const created = await k.run(
			{
				resource: 'customObject',
				operation: 'create',
				klass: 'ecomm-order',
				title: '={{ $json.title }}',
				additionalFields: { customer: customer.id, externalId: '={{ $json.ext }}' },
				customAttributes: {
					attribute: [{ name: 'total', type: 'auto', value: '={{ $json.total }}' }],
				},
			},
			{ items },
		);
		expect(created.error).toBeUndefined();
		expect(
			created.items.map((item) => [
				item.json.title,
				(item.json.custom as { totalNum: number }).totalNum,
				item.pairedItem,
			]),
		).toEqual([
			['Order #1', 10, { item: 0 }],
			['Order #2', 20.5, { item: 1 }],
			['Order #3', 7, { item: 2 }],
		]);
		k.provider.insert(
			'kobject',
			{ title: 'A subscription' },
			{ klass: { type: 'klass', id: 'subscription' } as unknown as string },
		);
		k.sandbox.clearRequests();
		const many = await k.run({
			resource: 'customObject',
			operation: 'getMany',
			klass: 'ecomm-order',
			scope: 'all',
			returnAll: true,
		});
		expect(many.error).toBeUndefined();
		expect(many.items.map((item) => item.json.externalId)).toEqual(['o-1', 'o-2', 'o-3']);
		expect(calls(k.requests())).toEqual(['GET /v1/klasses/ecomm-order']);
		expect(k.requests()[0].query).toEqual({ page: '1', pageSize: '100' });
		const limited = await k.run({
			resource: 'customObject',
			operation: 'getMany',
			klass: 'ecomm-order',
			scope: 'customer',
			customerId: customer.id,
			returnAll: false,
			limit: 2,
		});
		expect(limited.items).toHaveLength(2);
	});

	it('a key lacking a role: the error names the role; with Continue On Fail each item gets its error', async () => {
		const failed = await k.run(
			{ resource: 'customer', operation: 'create', additionalFields: { name: 'x' } },
			{ apiKey: 'kustomer-readonly-key' },
		);
		expect(failed.error?.message).toBe(
			'Kustomer answered 403: API key is missing required role org.permission.customer.create [item 0]',
		);
		expect(failed.error?.description).toMatch(
			/Roles cannot be changed on an existing Kustomer API key/,
		);
		const soft = await k.run(
			{
				resource: 'customer',
				operation: 'create',
				additionalFields: { name: '={{ $json.name }}' },
			},
			{
				apiKey: 'kustomer-expired-key',
				continueOnFail: true,
				items: [{ name: 'a' }, { name: 'b' }],
			},
		);
		expect(soft.items.map((item) => [item.json.error, item.pairedItem])).toEqual([
			['Kustomer answered 401: the API key has expired (Expired token) [item 0]', { item: 0 }],
			['Kustomer answered 401: the API key has expired (Expired token) [item 1]', { item: 1 }],
		]);
		expect(k.provider.state.deletedTokens).toEqual([]);
	});
});
