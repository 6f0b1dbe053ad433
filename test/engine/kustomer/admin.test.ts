/**
 * The newer Kustomer writes on the real engine (n8n-core WorkflowExecute, built package from dist/):
 * files from a conversation onto a draft, forwards, tag writes and tags by name, bulk delete, and the
 * admin writes.
 */
import type { ICredentialDataDecryptedObject, INode } from 'n8n-workflow';

import { runWorkflow } from '../../harness/engine';
import { byId, calls, chain, kustomerNode, startKustomer } from './helpers';
import type { KustomerSandbox } from './helpers';

let k: KustomerSandbox;
beforeAll(async () => (k = await startKustomer()));
afterAll(async () => await k.sandbox.close());
beforeEach(() => k.sandbox.reset());

function startNode(items: unknown[]): INode {
	return {
		id: 'start',
		name: 'Start',
		type: 'testStart',
		typeVersion: 1,
		position: [0, 0],
		parameters: { items: JSON.stringify(items) },
	};
}

const credentials = () => k.credentials() as Record<string, ICredentialDataDecryptedObject>;

/** A message in `conversation` carrying an uploaded file (as Kustomer stores it after an upload). */
function messageWithFile(
	conversation: { id: string; rel: Record<string, { id: string }> },
	name: string,
	text: string,
) {
	const file = k.provider.insert('attachment', {
		name,
		contentType: 'text/plain',
		contentLength: text.length,
		uploaded: true,
	});
	const uploads = k.provider.state.uploads as unknown as Map<string, unknown>;
	uploads.set(file.id, { uploaded: true, data: Buffer.from(text), record: file });
	k.provider.insert(
		'message',
		{ channel: 'email', attachments: [file.id] },
		{ conversation: conversation.id, customer: conversation.rel.customer.id },
	);
	return file.id;
}

describe('Kustomer admin and attachment flows on the engine', () => {
	it("copies a conversation's files onto a reply draft: Download Attachments → Add Attachment", async () => {
		const [customer] = k.provider.seedCustomers(1);
		const conversation = k.provider.insert(
			'conversation',
			{ name: 'T' },
			{ customer: customer.id },
		);
		messageWithFile(conversation, 'a.txt', 'first file');
		messageWithFile(conversation, 'b.txt', 'second file');
		const draft = k.provider.insert(
			'draft',
			{ channel: 'email', status: 'draft', body: 'Files attached' },
			{ customer: customer.id },
		);
		k.sandbox.clearRequests();
		const nodes = [
			startNode([{ conversation: conversation.id, draft: draft.id }]),
			kustomerNode('Files', 200, {
				resource: 'conversation',
				operation: 'downloadAttachments',
				conversationId: byId('id', '={{ $json.conversation }}'),
				binaryPropertyName: 'data',
				returnAll: true,
			}),
			kustomerNode('Attach', 400, {
				resource: 'draft',
				operation: 'addAttachment',
				draftId: "={{ $('Start').item.json.draft }}",
				binaryPropertyName: 'data',
			}),
		];
		const result = await runWorkflow(
			{ nodes, connections: chain('Start', 'Files', 'Attach') },
			credentials(),
		);
		expect(result.error).toBeUndefined();
		const attached = result.output('Attach').map((item) => item.json);
		expect(attached.map((json) => (json.attachments as Array<{ name: string }>)[0].name)).toEqual([
			'a.txt',
			'b.txt',
		]);
		const copies = attached.map((json) => (json.attachments as Array<{ _id: string }>)[0]._id);
		expect(copies.map((id) => k.provider.state.uploads.get(id)?.data?.toString())).toEqual([
			'first file',
			'second file',
		]);
		expect(copies.map((id) => k.provider.get(id)?.rel.draft?.id)).toEqual([draft.id, draft.id]);
		expect(calls(k.requests()).filter((call) => call.startsWith('POST'))).toEqual([
			`POST /v1/drafts/${draft.id}/attachments`,
			`POST /uploads/${copies[0]}`,
			`POST /v1/drafts/${draft.id}/attachments`,
			`POST /uploads/${copies[1]}`,
		]);
	});

	it('creates a team, renames it and deletes it, each step from the previous output', async () => {
		const nodes = [
			startNode([{ name: 'tier-3' }]),
			kustomerNode('Create', 200, {
				resource: 'team',
				operation: 'create',
				name: '={{ $json.name }}',
				additionalFields: { members: '010000000000000000000002' },
			}),
			kustomerNode('Rename', 400, {
				resource: 'team',
				operation: 'update',
				teamId: byId('id', '={{ $json.id }}'),
				updateFields: { displayName: 'Tier 3' },
			}),
			kustomerNode('Delete', 600, {
				resource: 'team',
				operation: 'delete',
				teamId: byId('id', '={{ $json.id }}'),
			}),
		];
		const result = await runWorkflow(
			{ nodes, connections: chain('Start', 'Create', 'Rename', 'Delete') },
			credentials(),
		);
		expect(result.error).toBeUndefined();
		const id = String(result.output('Create')[0].json.id);
		expect(result.output('Rename')[0].json).toMatchObject({ id, displayName: 'Tier 3' });
		expect(result.output('Delete')[0].json).toEqual({ id, deleted: true });
		expect(calls(k.requests())).toEqual([
			'POST /v1/teams',
			`PATCH /v1/teams/${id}`,
			`DELETE /v1/teams/${id}`,
		]);
		expect(k.provider.get(id)?.deleted).toBe(true);
	});

	it('creates a tag, recolors it by the name from the previous output, deletes it by ID', async () => {
		const nodes = [
			startNode([{ name: 'Escalated' }]),
			kustomerNode('Create', 200, {
				resource: 'tag',
				operation: 'create',
				name: '={{ $json.name }}',
				additionalFields: { color: '#ff9900' },
			}),
			kustomerNode('Recolor', 400, {
				resource: 'tag',
				operation: 'update',
				tag: '={{ $json.name.toLowerCase() }}',
				updateFields: { color: '#0099ff' },
			}),
			kustomerNode('Delete', 600, {
				resource: 'tag',
				operation: 'delete',
				tag: '={{ $json.id }}',
			}),
		];
		const result = await runWorkflow(
			{ nodes, connections: chain('Start', 'Create', 'Recolor', 'Delete') },
			credentials(),
		);
		expect(result.error).toBeUndefined();
		const id = String(result.output('Create')[0].json.id);
		expect(result.output('Recolor')[0].json).toMatchObject({
			id,
			name: 'Escalated',
			color: '#0099ff',
		});
		expect(result.output('Delete')[0].json).toEqual({ id, deleted: true });
		expect(k.requests().map((r) => [r.method, r.url, r.body])).toEqual([
			['POST', '/v1/tags', { name: 'Escalated', color: '#ff9900' }],
			['GET', '/v1/tags?page=1&pageSize=100', undefined],
			['PUT', `/v1/tags/${id}`, { color: '#0099ff' }],
			['DELETE', `/v1/tags/${id}`, undefined],
		]);
		expect(k.provider.get(id)?.deleted).toBe(true);
	});

	it('an org whose API has no tag writes: each item fails with the plain message (Continue On Fail)', async () => {
		k.provider.tagWrites.refuseWith = 404;
		const created = await k.run(
			{ resource: 'tag', operation: 'create', name: '={{ $json.name }}' },
			{ items: [{ name: 'a' }, { name: 'b' }], continueOnFail: true },
		);
		expect(created.error).toBeUndefined();
		expect(created.items.map((item) => [item.json.error, item.pairedItem])).toEqual(
			[0, 1].map((index) => [
				"Kustomer answered 404 to POST /v1/tags: creating tags is not documented by Kustomer, and this organization's API did not accept the endpoint" +
					` [item ${index}]`,
				{ item: index },
			]),
		);
		expect(k.provider.all('tag')).toHaveLength(2);
	});

	it('bulk deletes the customers a Get Many found, and forwards and tags by name per item', async () => {
		const customers = k.provider.seedCustomers(3);
		const conversation = k.provider.insert(
			'conversation',
			{ name: 'Escalate' },
			{ customer: customers[0].id },
		);
		const deleted = await k.run({
			resource: 'bulk',
			operation: 'delete',
			objectType: 'customer',
			ids: customers.slice(1).map((c) => c.id),
		});
		expect(deleted.error).toBeUndefined();
		expect(customers.map((c) => k.provider.get(c.id)?.deleted)).toEqual([false, true, true]);

		const tagged = await k.run(
			{
				resource: 'conversation',
				operation: 'addTags',
				conversationId: byId('id', conversation.id),
				tags: '={{ $json.tag }}',
			},
			{ items: [{ tag: 'vip' }, { tag: 'no-such-tag' }], continueOnFail: true },
		);
		expect(tagged.items.map((item) => item.json.error ?? item.json.tags)).toEqual([
			['030000000000000000000001'],
			`Parameter 'Tag Names or IDs' "no-such-tag" is not a tag name of this organization [item 1]`,
		]);
		expect(tagged.items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);

		const forwarded = await k.run(
			{
				resource: 'forward',
				operation: 'create',
				conversationId: byId('id', conversation.id),
				to: '={{ $json.to }}',
			},
			{ items: [{ to: 'a@acme.example' }, { to: 'b@acme.example' }] },
		);
		expect(forwarded.items.map((item) => item.json.to)).toEqual([
			[{ email: 'a@acme.example' }],
			[{ email: 'b@acme.example' }],
		]);
	});
});
