import { byId, useGladly } from './setup';

const g = useGladly();
const future = () => new Date(Date.now() + 86_400_000).toISOString();

beforeEach(() => {
	g.gladly.addCustomer({ id: 'cust', emails: [{ original: 'cust@example.com' }] });
	g.gladly.addConversation({ id: 'conv', customerId: 'cust' });
});

describe('Gladly › Conversation item', () => {
	it('gets an item, simplified and raw', async () => {
		g.gladly.addItem({
			id: 'mail',
			customerId: 'cust',
			conversationId: 'conv',
			content: { type: 'EMAIL', subject: 'Hi', content: 'Body', attachments: [] },
		});
		const simple = await g.run({
			resource: 'conversationItem',
			operation: 'get',
			itemId: 'mail',
			simple: true,
		});
		expect(g.calls()).toEqual(['GET /api/v1/conversation-items/mail']);
		expect(simple.items[0].json).toMatchObject({
			id: 'mail',
			type: 'EMAIL',
			subject: 'Hi',
			text: 'Body',
			initiatorType: 'CUSTOMER',
		});
		const raw = await g.run({
			resource: 'conversationItem',
			operation: 'get',
			itemId: 'mail',
			simple: false,
		});
		expect(raw.items[0].json.content).toEqual({
			type: 'EMAIL',
			subject: 'Hi',
			content: 'Body',
			attachments: [],
		});
	});

	it('creates a customer activity by email, with a client id', async () => {
		const { items } = await g.run({
			resource: 'conversationItem',
			operation: 'createActivity',
			identifyBy: 'emailAddress',
			emailAddress: 'someone@example.com',
			title: 'Order shipped',
			activityType: 'EMAIL',
			additionalFields: {
				body: 'Tracking 123',
				sourceName: 'Shop',
				linkUrl: 'https://shop.example.com/o/1',
				linkText: 'Order',
			},
			simple: false,
		});
		const [post] = g.requests();
		expect(`${post.method} ${post.path}`).toBe('POST /api/v1/conversation-items');
		expect(post.body).toEqual({
			id: expect.stringMatching(/^[A-Za-z0-9_-]{22}$/),
			customer: { emailAddress: 'someone@example.com' },
			content: {
				type: 'CUSTOMER_ACTIVITY',
				title: 'Order shipped',
				body: 'Tracking 123',
				activityType: 'EMAIL',
				sourceName: 'Shop',
				link: { url: 'https://shop.example.com/o/1', text: 'Order' },
			},
		});
		expect(items[0].json).toMatchObject({
			id: post.body.id,
			content: { type: 'CUSTOMER_ACTIVITY', title: 'Order shipped' },
		});
	});

	it('creates an activity for a customer id, and deletes it', async () => {
		const { items } = await g.run({
			resource: 'conversationItem',
			operation: 'createActivity',
			identifyBy: 'id',
			customerId: byId('cust'),
			title: 'Survey',
			activityType: 'SURVEY',
			additionalFields: {},
			simple: true,
		});
		expect(g.calls()).toEqual(['POST /api/v1/customers/cust/conversation-items']);
		const id = String(items[0].json.id);
		const deleted = await g.run({
			resource: 'conversationItem',
			operation: 'deleteActivity',
			itemId: id,
		});
		expect(g.calls()[1]).toBe(`DELETE /api/v1/conversation-items/${id}`);
		expect(deleted.items[0].json).toEqual({ deleted: true, id });
	});

	it('refuses a title over 100 characters before sending', async () => {
		const error = await g.fail({
			resource: 'conversationItem',
			operation: 'createActivity',
			identifyBy: 'id',
			customerId: byId('cust'),
			title: 'x'.repeat(101),
			activityType: 'ISSUE',
			additionalFields: {},
			simple: true,
		});
		expect(error.error).toMatch(
			/^Parameter 'Additional Fields' is invalid: title: must be at most 100 characters/,
		);
		expect(g.requests()).toHaveLength(0);
	});

	it('replies on chat with quick replies', async () => {
		g.gladly.addItem({
			id: 'chat',
			customerId: 'cust',
			conversationId: 'conv',
			content: { type: 'CHAT_MESSAGE', messageType: 'TEXT', content: 'Hi?' },
		});
		await g.run({
			resource: 'conversationItem',
			operation: 'reply',
			itemId: 'chat',
			type: 'CHAT_MESSAGE',
			body: 'Did that help?',
			quickReplies: 'Yes, No',
			simple: true,
		});
		expect(g.requests()[0].body.content).toEqual({
			type: 'CHAT_MESSAGE',
			body: 'Did that help?',
			messageType: 'QUICK_REPLY_REQUEST',
			messageData: {
				options: [
					{ id: '1', label: 'Yes' },
					{ id: '2', label: 'No' },
				],
			},
		});
	});

	it('refuses an SMS reply over 2048 characters before sending', async () => {
		const error = await g.fail({
			resource: 'conversationItem',
			operation: 'reply',
			itemId: 'x',
			type: 'SMS',
			body: 'y'.repeat(2049),
			simple: true,
		});
		expect(error.error).toBe(
			"Parameter 'Message' is 2049 characters long; Gladly allows 2048 on SMS [item 0]",
		);
		expect(g.requests()).toHaveLength(0);
	});

	it('redacts with an empty body', async () => {
		g.gladly.addItem({
			id: 'sms',
			customerId: 'cust',
			conversationId: 'conv',
			content: { type: 'SMS', content: 'card 4111' },
		});
		const { items } = await g.run({
			resource: 'conversationItem',
			operation: 'redact',
			itemId: 'sms',
		});
		expect(g.calls()).toEqual(['POST /api/v1/conversation-items/sms/redact']);
		expect(g.requests()[0].rawBody).toBe('');
		expect(items[0].json).toEqual({ redacted: true, id: 'sms' });
	});

	it('gets a voice transcript and downloads the recording as binary', async () => {
		g.gladly.addItem({
			id: 'call',
			customerId: 'cust',
			conversationId: 'conv',
			content: { type: 'PHONE_CALL' },
		});
		g.gladly.addTranscript('call', {
			paragraphs: [{ transcript: 'Hello', speaker: 'AGENT', startTime: 0, endTime: 1 }],
			language: 'en',
		});
		g.gladly.addRecording('call', Buffer.from('ID3-fake-mp3'));
		const transcript = await g.run({
			resource: 'conversationItem',
			operation: 'getTranscript',
			itemId: 'call',
		});
		expect(transcript.items[0].json).toMatchObject({ itemId: 'call', language: 'en' });
		const recording = await g.run({
			resource: 'conversationItem',
			operation: 'downloadRecording',
			itemId: 'call',
			binaryPropertyName: 'audio',
		});
		expect(g.calls()).toEqual([
			'GET /api/v1/conversation-items/call/voice-transcript',
			'GET /api/v1/conversation-items/call/media/recording',
		]);
		const binary = recording.items[0].binary?.audio;
		expect(binary?.mimeType).toBe('audio/mpeg');
		expect(Buffer.from(String(binary?.data), 'base64').toString()).toBe('ID3-fake-mp3');
	});

	it('never hands on an HTML page or an empty body as the recording: asks again, then fails the item', async () => {
		g.gladly.addItem({ id: 'call', customerId: 'cust', content: { type: 'PHONE_CALL' } });
		g.gladly.addRecording('call', Buffer.from('ID3-fake-mp3'));
		const params = {
			resource: 'conversationItem',
			operation: 'downloadRecording',
			itemId: 'call',
			binaryPropertyName: 'audio',
		};
		const path = '/api/v1/conversation-items/call/media/recording';
		g.fault('GET', path, { fault: 'html', status: 200 });
		const recovered = await g.run(params);
		expect(g.calls()).toEqual([`GET ${path}`, `GET ${path}`]);
		const audio = recovered.items[0].binary?.audio;
		expect(Buffer.from(String(audio?.data), 'base64').toString()).toBe('ID3-fake-mp3');
		g.sandbox.clearRequests();
		g.fault('GET', path, { fault: 'empty', times: Infinity });
		const failed = await g.fail(params);
		expect(failed.error).toMatch(/unreadable response \(HTTP 200, empty body\) \[item 0\]$/);
		expect(g.calls()).toHaveLength(5);
	});

	it('downloads an attachment: follows the 303 without the Gladly credentials', async () => {
		g.gladly.addItem({
			id: 'mail',
			customerId: 'cust',
			conversationId: 'conv',
			content: { type: 'EMAIL', attachments: [{ id: 'att-1', filename: 'invoice.pdf' }] },
		});
		g.gladly.addAttachment('mail', 'att-1', {
			filename: 'invoice.pdf',
			contentType: 'application/pdf',
			buffer: Buffer.from('%PDF-1.4 fake'),
		});
		const { items } = await g.run({
			resource: 'conversationItem',
			operation: 'downloadAttachment',
			itemId: 'mail',
			attachmentId: 'att-1',
			binaryPropertyName: 'data',
		});
		const [redirect, download] = g.requests();
		expect(`${redirect.method} ${redirect.path} ${redirect.status}`).toBe(
			'GET /api/v1/conversation-items/mail/attachments/att-1 303',
		);
		expect(download.path).toMatch(/^\/storage\/attachments\//);
		expect(download.headers.authorization).toBeUndefined();
		expect(download.status).toBe(200);
		expect(items[0].json).toEqual({
			itemId: 'mail',
			attachmentId: 'att-1',
			fileName: 'invoice.pdf',
			mimeType: 'application/pdf',
		});
		expect(Buffer.from(String(items[0].binary?.data.data), 'base64').toString()).toBe(
			'%PDF-1.4 fake',
		);
	});
});

describe('Gladly › Communication', () => {
	it('sends an SMS', async () => {
		const { items } = await g.run({
			resource: 'communication',
			operation: 'sendSms',
			to: '+14155550100',
			from: '+14155550199',
			body: 'Your order shipped',
		});
		expect(g.calls()).toEqual(['POST /api/v1/communications/sms']);
		expect(g.requests()[0].body).toEqual({
			customer: { mobileNumber: '+14155550100' },
			from: '+14155550199',
			body: 'Your order shipped',
		});
		expect(Object.keys(items[0].json).sort()).toEqual(['conversationItemId', 'customerId']);
	});

	it('sends an email', async () => {
		await g.run({
			resource: 'communication',
			operation: 'sendEmail',
			to: 'jane@example.com',
			toName: 'Jane',
			from: 'support@acme.example',
			subject: 'Hello',
			html: '<p>Hi</p>',
			text: 'Hi',
		});
		expect(g.requests()[0].body).toEqual({
			to: [{ email: 'jane@example.com', name: 'Jane' }],
			from: 'support@acme.example',
			subject: 'Hello',
			body: { html: '<p>Hi</p>', text: 'Hi' },
		});
	});

	it('refuses an SMS to a number that is not E.164', async () => {
		const error = await g.fail({
			resource: 'communication',
			operation: 'sendSms',
			to: '4155550100',
			from: '+14155550199',
			body: 'x',
		});
		expect(error.error).toMatch(
			/^Parameter 'to' is invalid: must be a phone number in E\.164 format/,
		);
		expect(g.requests()).toHaveLength(0);
	});
});

describe('Gladly › Task', () => {
	it('creates a task for a customer id', async () => {
		const due = future();
		const { items } = await g.run({
			resource: 'task',
			operation: 'create',
			identifyBy: 'id',
			customerId: byId('cust'),
			body: 'Follow up',
			dueAt: due,
			inboxId: 'inbox-support',
			agentId: '',
		});
		const [post] = g.requests();
		expect(`${post.method} ${post.path}`).toBe('POST /api/v1/customers/cust/tasks');
		expect(post.body).toEqual({
			id: expect.any(String),
			assignee: { inboxId: 'inbox-support' },
			body: 'Follow up',
			dueAt: due,
		});
		expect(items[0].json).toMatchObject({ id: post.body.id, customerId: 'cust', status: 'OPEN' });
	});

	it('refuses a due date in the past before sending', async () => {
		const error = await g.fail({
			resource: 'task',
			operation: 'create',
			identifyBy: 'id',
			customerId: byId('cust'),
			body: 'x',
			dueAt: '2020-01-01T00:00:00Z',
			inboxId: 'inbox-support',
		});
		expect(error.error).toBe("Parameter 'Due At' must be in the future [item 0]");
		expect(g.requests()).toHaveLength(0);
	});

	it('gets, updates and lists tasks', async () => {
		g.gladly.addTask({ id: 'task-1', customerId: 'cust' });
		const got = await g.run({ resource: 'task', operation: 'get', taskId: 'task-1' });
		expect(got.items[0].json).toMatchObject({ id: 'task-1', status: 'OPEN' });
		const updated = await g.run({
			resource: 'task',
			operation: 'update',
			taskId: 'task-1',
			updateFields: { status: 'CLOSED', inboxId: 'inbox-billing', agentId: 'agent-ada' },
		});
		expect(g.requests()[1].body).toEqual({
			status: 'CLOSED',
			assignee: { inboxId: 'inbox-billing', agentId: 'agent-ada' },
		});
		expect(updated.items[0].json).toMatchObject({ status: 'CLOSED' });
		const listed = await g.run({
			resource: 'task',
			operation: 'getMany',
			customerId: byId('cust'),
			status: 'CLOSED',
			returnAll: true,
		});
		expect(g.requests()[3].query).toEqual({ status: 'CLOSED' });
		expect(listed.items.map((item) => item.json.id)).toEqual(['task-1']);
	});

	it('adds a comment (sent as `comment`, not the spec-required `message`) and reads comments', async () => {
		g.gladly.addTask({ id: 'task-2', customerId: 'cust' });
		const { items } = await g.run({
			resource: 'task',
			operation: 'addComment',
			taskId: 'task-2',
			agentId: 'agent-ada',
			comment: 'Called, no answer',
		});
		expect(g.requests()[0].body).toEqual({
			id: expect.any(String),
			agentId: 'agent-ada',
			comment: 'Called, no answer',
		});
		const commentId = String(items[0].json.id);
		expect(g.calls()[1]).toBe(`GET /api/v1/tasks/task-2/comments/${commentId}`);
		const all = await g.run({
			resource: 'task',
			operation: 'getComments',
			taskId: 'task-2',
			returnAll: true,
		});
		expect(all.items.map((item) => item.json.comment)).toEqual(['Called, no answer']);
		const one = await g.run({
			resource: 'task',
			operation: 'getComment',
			taskId: 'task-2',
			commentId,
		});
		expect(one.items[0].json).toMatchObject({ id: commentId, taskId: 'task-2' });
	});
});
