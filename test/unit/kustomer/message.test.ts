import { binary, calls, rl, startUnit } from './context';
import type { UnitSandbox } from './context';

let k: UnitSandbox;
beforeAll(async () => (k = await startUnit()));
afterAll(async () => await k.close());
beforeEach(() => k.sandbox.reset());

const op = (operation: string, extra: Record<string, unknown> = {}) => ({
	resource: 'message',
	operation,
	...extra,
});

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

describe('Kustomer › Message', () => {
	it('create in a conversation: channel, app, direction and text', async () => {
		const { conversation } = seed();
		const [out] = await k.run(
			op('create', {
				target: 'conversation',
				conversationId: rl(conversation.id),
				channel: 'email',
				app: 'postmark',
				direction: 'in',
				additionalFields: { preview: 'Hello', subject: 'Order' },
			}),
		);
		expect(calls(k.requests())).toEqual([`POST /v1/conversations/${conversation.id}/messages`]);
		expect(k.requests()[0].body).toEqual({
			channel: 'email',
			app: 'postmark',
			direction: 'in',
			preview: 'Hello',
			subject: 'Order',
		});
		expect(out.json).toMatchObject({
			conversation: conversation.id,
			channel: 'email',
			direction: 'in',
			preview: 'Hello',
		});
	});

	it('create for a customer starts a conversation; App is required', async () => {
		const { customer } = seed();
		const [out] = await k.run(
			op('create', {
				target: 'customer',
				customerId: rl(customer.id),
				channel: 'sms',
				app: 'twilio',
				direction: 'out',
				additionalFields: { preview: 'On its way' },
			}),
		);
		expect(calls(k.requests())).toEqual([`POST /v1/customers/${customer.id}/messages`]);
		expect(out.json).toMatchObject({ customer: customer.id, conversation: expect.any(String) });
		k.sandbox.clearRequests();
		await expect(
			k.run(
				op('create', {
					target: 'customer',
					customerId: rl(customer.id),
					channel: 'sms',
					app: ' ',
					direction: 'out',
				}),
			),
		).rejects.toThrow("Parameter 'App' is required");
		expect(k.requests()).toHaveLength(0);
	});

	it('create with binary attachments: presigned upload without the API key, then the message references it', async () => {
		const { conversation } = seed();
		const items = [
			{ json: {}, binary: { data: binary('%PDF-1.4 invoice', 'invoice.pdf', 'application/pdf') } },
		];
		const [out] = await k.run(
			op('create', {
				target: 'conversation',
				conversationId: rl(conversation.id),
				channel: 'email',
				app: 'postmark',
				direction: 'out',
				options: { attachments: 'data' },
			}),
			{ items },
		);
		const log = k.requests();
		expect(
			log.map((r) => `${r.method} ${r.path.replace(/\/uploads\/\w+/, '/uploads/:id')}`),
		).toEqual([
			'POST /v1/attachments',
			'POST /uploads/:id',
			`POST /v1/conversations/${conversation.id}/messages`,
		]);
		expect(log[0].body).toEqual({
			name: 'invoice.pdf',
			contentType: 'application/pdf',
			contentLength: 16,
		});
		expect(log[1].headers.authorization).toBeUndefined();
		expect(log[1].headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
		const attachmentId =
			log[0].status === 201 ? (out.json.attachments as Array<{ _id: string }>)[0]._id : '';
		expect(k.provider.state.uploads.get(attachmentId)?.data?.toString()).toBe('%PDF-1.4 invoice');
		expect(log[2].body.attachments).toEqual([
			{ _id: attachmentId, name: 'invoice.pdf', contentType: 'application/pdf', contentLength: 16 },
		]);
		await expect(
			k.run(
				op('create', {
					target: 'conversation',
					conversationId: rl(conversation.id),
					channel: 'email',
					app: 'postmark',
					direction: 'out',
					options: { attachments: 'missing' },
				}),
				{ items },
			),
		).rejects.toThrow('No binary data property "missing"');
	});

	it('get, getMany (conversation, customer, all), update and redact', async () => {
		const { customer, conversation } = seed();
		const message = k.provider.insert(
			'message',
			{ channel: 'chat', preview: 'secret', direction: 'in' },
			{ customer: customer.id, conversation: conversation.id },
		);
		k.sandbox.clearRequests();
		const [got] = await k.run(op('get', { messageId: message.id }));
		await k.run(
			op('getMany', {
				scope: 'conversation',
				conversationId: rl(conversation.id),
				returnAll: true,
			}),
		);
		await k.run(op('getMany', { scope: 'customer', customerId: rl(customer.id), returnAll: true }));
		const all = await k.run(op('getMany', { scope: 'all', returnAll: false, limit: 1 }));
		const [updated] = await k.run(
			op('update', {
				messageId: message.id,
				updateFields: { status: 'sent', meta: '{"from":"a@b.example"}' },
			}),
		);
		const [redacted] = await k.run(op('redact', { messageId: message.id, field: 'preview' }));
		expect(calls(k.requests())).toEqual([
			`GET /v1/messages/${message.id}`,
			`GET /v1/conversations/${conversation.id}/messages?page=1&pageSize=100`,
			`GET /v1/customers/${customer.id}/messages?page=1&pageSize=100`,
			'GET /v1/messages?page=1&pageSize=1',
			`PATCH /v1/messages/${message.id}`,
			`POST /v1/messages/${message.id}/redactions`,
		]);
		expect(got.json).toMatchObject({ id: message.id, preview: 'secret' });
		expect(all).toHaveLength(1);
		expect(k.requests()[4].body).toEqual({ status: 'sent', meta: { from: 'a@b.example' } });
		expect(updated.json).toMatchObject({ status: 'sent' });
		expect(k.requests()[5].body).toEqual({ preview: '' });
		expect(redacted.json).toMatchObject({ field: 'preview', message: message.id });
		expect(k.provider.get(message.id)?.attributes.preview).toBe('[redacted]');
		await expect(
			k.run(op('update', { messageId: message.id, updateFields: { meta: '[1]' } })),
		).rejects.toThrow("Parameter 'Meta (JSON)' must be a JSON object");
	});

	it.each([
		['direct', false],
		['through a storage redirect (no API key there)', true],
	])('get with Download Attachments returns them as binary data (%s)', async (_label, redirect) => {
		const { conversation } = seed();
		k.provider.configure({ attachmentRedirect: redirect });
		const items = [{ json: {}, binary: { data: binary('hello file', 'hello.txt', 'text/plain') } }];
		const [created] = await k.run(
			op('create', {
				target: 'conversation',
				conversationId: rl(conversation.id),
				channel: 'chat',
				app: 'chat',
				direction: 'in',
				options: { attachments: 'data' },
			}),
			{ items },
		);
		k.sandbox.clearRequests();
		const [got] = await k.run(
			op('get', { messageId: created.json.id, options: { downloadAttachments: true } }),
		);
		const attachmentId = (created.json.attachments as Array<{ _id: string }>)[0]._id;
		expect(got.binary?.attachment_0).toMatchObject({
			fileName: 'hello.txt',
			mimeType: 'text/plain',
		});
		expect(Buffer.from(got.binary!.attachment_0.data, 'base64').toString()).toBe('hello file');
		const log = k.requests();
		expect(log.map((r) => `${r.method} ${r.path}`)).toEqual([
			`GET /v1/messages/${String(created.json.id)}`,
			`GET /v1/messages/${String(created.json.id)}/attachments/${attachmentId}`,
			...(redirect ? [`GET /uploads/${attachmentId}`] : []),
		]);
		if (redirect) expect(log[2].headers.authorization).toBeUndefined();
	});
});
