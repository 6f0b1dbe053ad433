/** Conversation attachments (list, download), draft and forward attachments, and forwards. */
import { binary, calls, failure, KEY, rl, startUnit } from './context';
import type { UnitSandbox } from './context';

let k: UnitSandbox;
beforeAll(async () => (k = await startUnit()));
afterAll(async () => await k.close());
beforeEach(() => k.sandbox.reset());

function seed() {
	const customer = k.provider.insert('customer', { name: 'Jane' });
	const conversation = k.provider.insert('conversation', { name: 'T' }, { customer: customer.id });
	k.sandbox.clearRequests();
	return { customer, conversation };
}

/** Two messages with files, through the node's own Message › Create (presigned upload). */
async function withFiles(conversationId: string) {
	const files = [
		binary('%PDF-1.4 invoice', 'invoice.pdf', 'application/pdf'),
		binary('photo bytes', 'photo.png', 'image/png'),
	];
	const messages = [];
	for (const file of files) {
		const [message] = await k.run(
			{
				resource: 'message',
				operation: 'create',
				target: 'conversation',
				conversationId: rl(conversationId),
				channel: 'email',
				app: 'postmark',
				direction: 'in',
				options: { attachments: 'data' },
			},
			{ items: [{ json: {}, binary: { data: file } }] },
		);
		messages.push(message.json);
	}
	k.sandbox.clearRequests();
	return messages.map((m) => ({
		message: String(m.id),
		attachment: (m.attachments as Array<{ _id: string }>)[0]._id,
	}));
}

describe('Kustomer › Conversation attachments', () => {
	it('get attachments: GET /v1/conversations/{id}/attachments, each with its message', async () => {
		const { conversation } = seed();
		const [first, second] = await withFiles(conversation.id);
		const out = await k.run({
			resource: 'conversation',
			operation: 'getAttachments',
			conversationId: rl(conversation.id),
			returnAll: true,
		});
		expect(calls(k.requests())).toEqual([
			`GET /v1/conversations/${conversation.id}/attachments?page=1&pageSize=100`,
		]);
		expect(k.requests()[0].headers.authorization).toBe(`Bearer ${KEY}`);
		expect(out.map((item) => item.json)).toEqual([
			expect.objectContaining({
				id: first.attachment,
				message: first.message,
				name: 'invoice.pdf',
			}),
			expect.objectContaining({
				id: second.attachment,
				message: second.message,
				name: 'photo.png',
			}),
		]);
		expect(out.some((item) => item.binary)).toBe(false);
	});

	it.each([
		['direct', false],
		['through a storage redirect, without the API key there', true],
	])(
		'download attachments: one item per file, binary in the chosen field (%s)',
		async (_label, redirect) => {
			const { conversation } = seed();
			const [first, second] = await withFiles(conversation.id);
			k.provider.configure({ attachmentRedirect: redirect });
			const out = await k.run({
				resource: 'conversation',
				operation: 'downloadAttachments',
				conversationId: rl(conversation.id),
				binaryPropertyName: 'file',
				returnAll: true,
			});
			expect(out).toHaveLength(2);
			expect(out.map((item) => item.json.name)).toEqual(['invoice.pdf', 'photo.png']);
			expect(out.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 0 }]);
			expect(out[0].binary?.file).toMatchObject({
				fileName: 'invoice.pdf',
				mimeType: 'application/pdf',
			});
			expect(Buffer.from(out[0].binary!.file.data, 'base64').toString()).toBe('%PDF-1.4 invoice');
			expect(Buffer.from(out[1].binary!.file.data, 'base64').toString()).toBe('photo bytes');
			const paths = k.requests().map((r) => `${r.method} ${r.path}`);
			expect(paths).toEqual([
				`GET /v1/conversations/${conversation.id}/attachments`,
				`GET /v1/messages/${first.message}/attachments/${first.attachment}`,
				...(redirect ? [`GET /uploads/${first.attachment}`] : []),
				`GET /v1/messages/${second.message}/attachments/${second.attachment}`,
				...(redirect ? [`GET /uploads/${second.attachment}`] : []),
			]);
			for (const request of k.requests())
				expect(request.headers.authorization).toBe(
					request.path.startsWith('/uploads/') ? undefined : `Bearer ${KEY}`,
				);
		},
	);

	it('Limit downloads only that many files; a conversation with none gives no item', async () => {
		const { conversation } = seed();
		await withFiles(conversation.id);
		const one = await k.run({
			resource: 'conversation',
			operation: 'downloadAttachments',
			conversationId: rl(conversation.id),
			binaryPropertyName: 'data',
			returnAll: false,
			limit: 1,
		});
		expect(one).toHaveLength(1);
		expect(k.requests().filter((r) => r.path.includes('/attachments/'))).toHaveLength(1);
		const empty = seed();
		const none = await k.run({
			resource: 'conversation',
			operation: 'downloadAttachments',
			conversationId: rl(empty.conversation.id),
			binaryPropertyName: 'data',
			returnAll: true,
		});
		expect(none).toEqual([]);
	});

	it('refuses an empty output field or conversation id, sending nothing', async () => {
		const { conversation } = seed();
		await expect(
			k.run({
				resource: 'conversation',
				operation: 'downloadAttachments',
				conversationId: rl(conversation.id),
				binaryPropertyName: ' ',
				returnAll: true,
			}),
		).rejects.toThrow("Parameter 'Put Output File in Field' is empty [item 0]");
		await expect(
			k.run({
				resource: 'conversation',
				operation: 'getAttachments',
				conversationId: rl('..'),
				returnAll: true,
			}),
		).rejects.toThrow(/'Conversation'/);
		expect(k.requests()).toHaveLength(0);
	});

	/** A file on a message of `conversation`, listed with the type and size given. */
	function listedFile(conversationId: string, contentType: string, text: string) {
		const file = k.provider.insert('attachment', {
			name: 'file',
			contentType,
			contentLength: text.length,
			uploaded: true,
		});
		const uploads = k.provider.state.uploads as Map<string, unknown>;
		uploads.set(file.id, { uploaded: true, data: Buffer.from(text), record: file });
		const conversation = k.provider.get(conversationId)!;
		k.provider.insert(
			'message',
			{ channel: 'email', attachments: [file.id] },
			{ conversation: conversationId, customer: conversation.rel.customer.id },
		);
		return file.id;
	}

	const download = async (conversationId: string) =>
		await k.run({
			resource: 'conversation',
			operation: 'downloadAttachments',
			conversationId: rl(conversationId),
			binaryPropertyName: 'data',
			returnAll: true,
		});
	const fileGets = () => k.requests().filter((r) => /\/attachments\/./.test(r.path));

	it.each([
		['an HTML page with 200', { fault: 'html', status: 200 }],
		['an empty 200', { fault: 'empty' }],
	])(
		'does not hand on %s as a listed text file: it asks again and gets the file',
		async (_what, fault) => {
			const { conversation } = seed();
			const id = listedFile(conversation.id, 'text/plain', 'the real notes');
			k.sandbox.inject({
				provider: 'kustomer',
				path: (req: { path: string }) => req.path.endsWith(`/attachments/${id}`),
				...fault,
			});
			const out = await download(conversation.id);
			expect(fileGets()).toHaveLength(2);
			expect(Buffer.from(out[0].binary!.data.data, 'base64').toString()).toBe('the real notes');
		},
	);

	it('fails the item when the file keeps coming back as an HTML page', async () => {
		const { conversation } = seed();
		const id = listedFile(conversation.id, 'application/pdf', '%PDF-1.4');
		k.sandbox.inject({
			provider: 'kustomer',
			path: (req: { path: string }) => req.path.endsWith(`/attachments/${id}`),
			fault: 'html',
			status: 200,
			times: Infinity,
		});
		const error = await failure(download(conversation.id));
		expect(error.message).toMatch(/unreadable response \(HTTP 200: 200 Error\) \[item 0\]$/);
		expect(fileGets()).toHaveLength(5);
	});

	it('fails the item when the storage address behind a redirect answers an HTML page', async () => {
		const { conversation } = seed();
		const id = listedFile(conversation.id, 'text/plain', 'the real notes');
		k.provider.configure({ attachmentRedirect: true });
		k.sandbox.inject({ provider: 'kustomer', path: `/uploads/${id}`, fault: 'html', status: 200 });
		const error = await failure(download(conversation.id));
		expect(error.message).toBe(
			`The storage address of attachment "${id}" answered an HTML page instead of the file [item 0]`,
		);
	});

	it('takes an HTML page or an empty body where the listing says that is the file', async () => {
		const { conversation } = seed();
		listedFile(conversation.id, 'text/html', '<html><body>Signed</body></html>');
		listedFile(conversation.id, 'text/plain', '');
		const out = await download(conversation.id);
		expect(out.map((item) => Buffer.from(item.binary!.data.data, 'base64').toString())).toEqual([
			'<html><body>Signed</body></html>',
			'',
		]);
		expect(fileGets()).toHaveLength(2);
	});
});

/** A draft of a new customer, or a forward of a new conversation, made with the node's own Create. */
const PARENTS = [
	{
		resource: 'draft',
		idParameter: 'draftId',
		segment: 'drafts',
		create: ({ customer }: ReturnType<typeof seed>) => ({
			customerId: rl(customer.id),
			channel: 'email',
			body: 'Your invoice',
		}),
	},
	{
		resource: 'forward',
		idParameter: 'forwardId',
		segment: 'forwards',
		create: ({ conversation }: ReturnType<typeof seed>) => ({
			conversationId: rl(conversation.id),
			to: 'billing@acme.example',
		}),
	},
];

describe.each(PARENTS)('Kustomer › $resource attachments', (parent) => {
	const { resource, idParameter, segment } = parent;
	/** A new draft or forward that was not sent; the requests that made it are cleared. */
	async function make() {
		const parameters = parent.create(seed());
		const [created] = await k.run({ resource, operation: 'create', ...parameters });
		k.sandbox.clearRequests();
		return String(created.json.id);
	}
	const op = (operation: string, id: string, extra: Record<string, string> = {}) => ({
		resource,
		operation,
		[idParameter]: id,
		...extra,
	});

	it(`add attachment: POST /v1/${segment}/{id}/attachments, then the file to storage without the key; list; delete`, async () => {
		const id = await make();
		const other = await make();
		const items = [
			{ json: {}, binary: { data: binary('%PDF-1.4 invoice', 'invoice.pdf', 'application/pdf') } },
		];
		const [added] = await k.run(op('addAttachment', id, { binaryPropertyName: 'data' }), {
			items,
		});
		const attachment = (added.json.attachments as Array<{ _id: string }>)[0]._id;
		const listed = await k.run(op('getAttachments', id));
		const none = await k.run(op('getAttachments', other));
		const [deleted] = await k.run(op('deleteAttachment', id, { attachmentId: attachment }));
		const log = k.requests();
		expect(log.map((r) => [r.method, r.path])).toEqual([
			['POST', `/v1/${segment}/${id}/attachments`],
			['POST', `/uploads/${attachment}`],
			['GET', `/v1/${segment}/${id}/attachments`],
			['GET', `/v1/${segment}/${other}/attachments`],
			['DELETE', `/v1/${segment}/${id}/attachments/${attachment}`],
		]);
		expect(log[0].body).toEqual({
			name: 'invoice.pdf',
			contentType: 'application/pdf',
			contentLength: 16,
		});
		for (const request of log)
			expect(request.headers.authorization).toBe(
				request.path.startsWith('/uploads/') ? undefined : `Bearer ${KEY}`,
			);
		expect(k.provider.state.uploads.get(attachment)?.data?.toString()).toBe('%PDF-1.4 invoice');
		expect(added.json).toEqual({
			[resource]: id,
			attachments: [
				{ _id: attachment, name: 'invoice.pdf', contentType: 'application/pdf', contentLength: 16 },
			],
		});
		expect(listed.map((item) => item.json)).toEqual([
			expect.objectContaining({ id: attachment, name: 'invoice.pdf', [resource]: id }),
		]);
		expect(none).toEqual([]);
		expect(deleted.json).toEqual({ [resource]: id, attachment, deleted: true });
		expect(k.provider.get(attachment)?.deleted).toBe(true);
	});

	it('a missing binary field fails the item before anything is sent, even when another exists', async () => {
		const id = await make();
		const items = [{ json: {}, binary: { data: binary('x', 'x.txt', 'text/plain') } }];
		const error = await failure(
			k.run(op('addAttachment', id, { binaryPropertyName: 'data, nope' }), { items }),
		);
		expect(error.message).toMatch(/nope/);
		expect(k.requests()).toHaveLength(0);
	});

	it(`refuses a ${resource} ID of ".." or an empty one, sending nothing`, async () => {
		await expect(k.run(op('getAttachments', '..'))).rejects.toThrow(/cannot be "\.\."/);
		await expect(
			k.run(op('deleteAttachment', ' ', { attachmentId: 'a'.repeat(24) })),
		).rejects.toThrow(/is empty/);
		await expect(
			k.run(op('deleteAttachment', 'a'.repeat(24), { attachmentId: '..' })),
		).rejects.toThrow(/'Attachment ID' cannot be "\.\."/);
		expect(k.requests()).toHaveLength(0);
	});

	it('an answer without an upload address sends the file nowhere and fails the item', async () => {
		const id = await make();
		k.sandbox.inject({
			provider: 'kustomer',
			path: (req: { path: string }) => req.path === `/v1/${segment}/${id}/attachments`,
			fault: 'status',
			status: 200,
			body: { data: { id: 'f'.repeat(24), type: 'attachment', attributes: {} } },
			times: 1,
		});
		const items = [{ json: {}, binary: { data: binary('x', 'x.txt', 'text/plain') } }];
		const error = await failure(
			k.run(op('addAttachment', id, { binaryPropertyName: 'data' }), { items }),
		);
		expect(error.message).toMatch(/gave no usable upload address for attachment "x.txt"/);
		expect(k.requests().map((r) => r.path)).toEqual([`/v1/${segment}/${id}/attachments`]);
	});
});

describe('Kustomer › Forward', () => {
	it('create (email to several addresses), get many, get, update with Send At (sent)', async () => {
		const { conversation } = seed();
		const [created] = await k.run({
			resource: 'forward',
			operation: 'create',
			conversationId: rl(conversation.id),
			to: 'billing@acme.example, lead@acme.example',
			additionalFields: { subject: 'Refund?', from: 'support@acme.example' },
		});
		const id = String(created.json.id);
		const listed = await k.run({
			resource: 'forward',
			operation: 'getMany',
			conversationId: rl(conversation.id),
			returnAll: true,
		});
		const [got] = await k.run({ resource: 'forward', operation: 'get', forwardId: id });
		const now = new Date(Date.now() - 1000).toISOString();
		const [sent] = await k.run({
			resource: 'forward',
			operation: 'update',
			forwardId: id,
			updateFields: { body: 'Please check', sendAt: now },
		});
		expect(k.requests().map((r) => [r.method, r.url, r.body])).toEqual([
			[
				'POST',
				`/v1/conversations/${conversation.id}/forwards`,
				{
					channel: 'email',
					to: [{ email: 'billing@acme.example' }, { email: 'lead@acme.example' }],
					subject: 'Refund?',
					from: { email: 'support@acme.example' },
				},
			],
			['GET', `/v1/conversations/${conversation.id}/forwards?page=1&pageSize=100`, undefined],
			['GET', `/v1/forwards/${id}`, undefined],
			['PUT', `/v1/forwards/${id}`, { body: 'Please check', sendAt: now }],
		]);
		expect(created.json).toMatchObject({ status: 'draft', conversation: conversation.id });
		expect(listed.map((item) => item.json.id)).toEqual([id]);
		expect(got.json.subject).toBe('Refund?');
		expect(sent.json.status).toBe('sent');
	});

	it('refuses no recipient, a bad address or an empty update, naming the parameter, sending nothing', async () => {
		const { conversation } = seed();
		const base = { resource: 'forward', operation: 'create', conversationId: rl(conversation.id) };
		await expect(k.run({ ...base, to: ' , ' })).rejects.toThrow(
			"Parameter 'To' is empty: give at least one email address [item 0]",
		);
		await expect(k.run({ ...base, to: 'billing@acme.example, nobody' })).rejects.toThrow(
			/Parameter 'To' is invalid: must be a valid email address/,
		);
		await expect(
			k.run({ ...base, to: 'a@acme.example', additionalFields: { sendAt: 'soon' } }),
		).rejects.toThrow(/Parameter 'Send At'/);
		await expect(
			k.run({
				resource: 'forward',
				operation: 'update',
				forwardId: 'f'.repeat(24),
				updateFields: {},
			}),
		).rejects.toThrow("Parameter 'Update Fields' is empty");
		expect(k.requests()).toHaveLength(0);
	});
});
