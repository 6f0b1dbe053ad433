/**
 * Gladly › Campaign › Add Recipients (one recipient collection from all input items), Agent › call
 * recorder (get, pause, resume) and User Identity › Create Chat Token, against the fake Gladly; every
 * request is also checked against the OpenAPI document (setup.ts).
 */
import { BASIC, useGladly } from './setup';

const g = useGladly();

const recipientsRun = {
	resource: 'campaign',
	operation: 'addRecipients',
	campaignId: 'camp-email',
	name: 'Delivery reminders',
	startAfter: '2030-05-13T16:32:00.000Z',
	recipientType: 'email',
	customerName: '={{ $json.name }}',
	emailAddress: '={{ $json.email }}',
	timezone: '={{ $json.tz }}',
	additionalFields: {},
};
/** Runs Add Recipients with Continue On Fail: its one error item is paired to every input item. */
async function failRecipients(parameters: Record<string, unknown>) {
	const { items, error } = await g.run(
		{ ...recipientsRun, ...parameters },
		{ continueOnFail: true },
	);
	expect(error).toBeUndefined();
	expect(items).toHaveLength(1);
	expect(items[0].pairedItem).toEqual([{ item: 0 }]);
	return items[0].json as { error: string; httpCode?: string };
}

const people = [
	{ name: 'John Baker', email: 'john.baker@example.com', tz: 'America/Los_Angeles' },
	{ name: 'Jane Smith', email: 'jane.smith@example.com', tz: 'America/New_York' },
];

describe('Gladly › Campaign › Add Recipients', () => {
	it('sends one collection with every input item as a recipient, paired to all items', async () => {
		const { items } = await g.run(
			{ ...recipientsRun, additionalFields: { endBefore: '2030-05-20T00:00:00Z' } },
			{ items: people },
		);
		expect(g.calls()).toEqual(['POST /api/v1/campaigns/camp-email/recipient-collections']);
		const [request] = g.requests();
		expect(request.headers.authorization).toBe(BASIC);
		expect(request.query).toEqual({});
		expect(request.body).toEqual({
			name: 'Delivery reminders',
			startAfter: '2030-05-13T16:32:00.000Z',
			endBefore: '2030-05-20T00:00:00.000Z',
			recipients: [
				{
					customerName: 'John Baker',
					emailAddress: 'john.baker@example.com',
					timezone: 'America/Los_Angeles',
				},
				{
					customerName: 'Jane Smith',
					emailAddress: 'jane.smith@example.com',
					timezone: 'America/New_York',
				},
			],
		});
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({
			id: expect.any(String),
			campaignId: 'camp-email',
			type: 'EMAIL',
			name: 'Delivery reminders',
			status: 'SCHEDULED',
			recipientCount: 2,
		});
		expect(items[0].pairedItem).toEqual([{ item: 0 }, { item: 1 }]);
		expect(g.gladly.state.recipientCollections).toHaveLength(1);
	});

	it('sends phone numbers for SMS and voice campaigns', async () => {
		await g.run(
			{
				...recipientsRun,
				campaignId: 'camp-sms',
				recipientType: 'phone',
				phoneNumber: '={{ $json.phone }}',
			},
			{ items: [{ name: 'Jane Smith', phone: '(212) 555-9876', tz: 'America/New_York' }] },
		);
		expect(g.requests()[0].body).toMatchObject({
			recipients: [
				{ customerName: 'Jane Smith', phoneNumber: '(212) 555-9876', timezone: 'America/New_York' },
			],
		});
	});

	it.each([
		[{ tz: 'Mars/Olympus' }, "Parameter 'Timezone' must be an IANA time zone"],
		[{ email: 'not-an-email' }, "Parameter 'Email' is invalid"],
		[{ name: '  ' }, "Parameter 'Customer Name' is invalid"],
	])(
		'refuses a bad recipient %j before sending, naming the parameter and item',
		async (bad, says) => {
			const { items, error } = await g.run(recipientsRun, {
				items: [people[0], { ...people[1], ...bad }],
				continueOnFail: true,
			});
			expect(error).toBeUndefined();
			expect(g.requests()).toHaveLength(0);
			expect(items).toHaveLength(1);
			expect(String(items[0].json.error)).toContain(says);
			expect(String(items[0].json.error)).toMatch(/\[item 1\]$/);
		},
	);

	it('refuses items that would need two collections (another campaign or start), sending nothing', async () => {
		const campaigns = await g.run(
			{ ...recipientsRun, campaignId: '={{ $json.campaign }}' },
			{
				items: [
					{ ...people[0], campaign: 'camp-email' },
					{ ...people[1], campaign: 'camp-sms' },
				],
				continueOnFail: true,
			},
		);
		expect(campaigns.items.map((item) => [item.json.error, item.pairedItem])).toEqual([
			[
				"Parameter 'Campaign ID' must be the same for every input item (one collection per run) [item 1]",
				[{ item: 0 }, { item: 1 }],
			],
		]);
		const start = await g.run(
			{ ...recipientsRun, startAfter: '={{ $json.start }}' },
			{
				items: [
					{ ...people[0], start: '2030-01-01T00:00:00Z' },
					{ ...people[1], start: '2030-01-02T00:00:00Z' },
				],
				continueOnFail: true,
			},
		);
		expect(String(start.items[0].json.error)).toMatch(/^Parameter 'Start After' must be the same/);
		expect(g.requests()).toHaveLength(0);
	});

	it('refuses an end before the start', async () => {
		const error = await failRecipients({
			customerName: 'A',
			emailAddress: 'a@example.com',
			timezone: 'UTC',
			additionalFields: { endBefore: '2030-05-01T00:00:00Z' },
		});
		expect(error.error).toBe("Parameter 'End Before' must be later than 'Start After' [item 0]");
		expect(g.requests()).toHaveLength(0);
	});

	it("shows Gladly's 404 for an unknown campaign, and does not repeat the POST after a broken connection", async () => {
		const error = await failRecipients({
			campaignId: 'nope',
			customerName: 'A',
			emailAddress: 'a@example.com',
			timezone: 'UTC',
		});
		expect(error.httpCode).toBe('404');
		expect(error.error).toMatch(/not_exist/);
		g.sandbox.clearRequests();
		g.fault('POST', '/api/v1/campaigns/camp-email/recipient-collections', {
			fault: 'reset',
			stage: 'headers',
			processThenFail: true,
		});
		const broken = await failRecipients({
			customerName: 'A',
			emailAddress: 'a@example.com',
			timezone: 'UTC',
		});
		expect(broken.error).toMatch(/Could not reach Gladly/);
		expect(g.requests()).toHaveLength(1);
		expect(g.gladly.state.recipientCollections).toHaveLength(1);
	});
});

describe('Gladly › Agent › call recorder', () => {
	it('gets the recorder of an agent on a call, by ID or by email', async () => {
		g.gladly.startCall('agent-ada', { conversationItemId: 'call-1', customerId: 'cust-1' });
		const byId = await g.run({
			resource: 'agent',
			operation: 'getCallRecorder',
			agentId: 'agent-ada',
		});
		const byEmail = await g.run({
			resource: 'agent',
			operation: 'getCallRecorder',
			agentId: 'ada@acme.example',
		});
		expect(g.calls()).toEqual([
			'GET /api/v1/agents/agent-ada/call-recorder',
			'GET /api/v1/agents/ada%40acme.example/call-recorder',
		]);
		expect(g.requests().every((request) => request.headers.authorization === BASIC)).toBe(true);
		const expected = {
			agentId: 'agent-ada',
			recording: true,
			conversationItemId: 'call-1',
			customerId: 'cust-1',
		};
		expect(byId.items[0].json).toEqual(expected);
		expect(byEmail.items[0].json).toEqual(expected);
	});

	it('pauses, then resumes the recording, and outputs the state read back', async () => {
		g.gladly.startCall('agent-bob');
		const paused = await g.run({
			resource: 'agent',
			operation: 'pauseRecording',
			agentId: 'agent-bob',
		});
		expect(g.calls()).toEqual([
			'PATCH /api/v1/agents/agent-bob/call-recorder',
			'GET /api/v1/agents/agent-bob/call-recorder',
		]);
		expect(g.requests()[0].body).toEqual({ recording: false });
		expect(paused.items[0].json).toMatchObject({ agentId: 'agent-bob', recording: false });
		expect(g.gladly.state.callRecorders.get('agent-bob')?.recording).toBe(false);
		const resumed = await g.run({
			resource: 'agent',
			operation: 'resumeRecording',
			agentId: 'agent-bob',
		});
		expect(g.requests()[2].body).toEqual({ recording: true });
		expect(resumed.items[0].json).toMatchObject({ recording: true });
	});

	it('repeats the PATCH after a dropped connection (setting the same value is harmless)', async () => {
		g.gladly.startCall('agent-bob');
		g.fault('PATCH', '/api/v1/agents/agent-bob/call-recorder', {
			fault: 'reset',
			stage: 'headers',
			processThenFail: true,
		});
		const { items } = await g.run({
			resource: 'agent',
			operation: 'pauseRecording',
			agentId: 'agent-bob',
		});
		expect(g.calls().filter((call) => call.startsWith('PATCH'))).toHaveLength(2);
		expect(items[0].json.recording).toBe(false);
	});

	it('names the agent Gladly does not know, and refuses an empty agent before sending', async () => {
		const missing = await g.fail({
			resource: 'agent',
			operation: 'pauseRecording',
			agentId: 'ghost',
		});
		expect(missing.httpCode).toBe('404');
		expect(missing.error).toMatch(/agent ghost does not exist/);
		g.sandbox.clearRequests();
		const empty = await g.fail({
			resource: 'agent',
			operation: 'resumeRecording',
			agentId: '={{ "" }}',
		});
		expect(empty.error).toBe("Parameter 'agentId' is empty [item 0]");
		expect(g.requests()).toHaveLength(0);
	});
});

describe('Gladly › User Identity › Create Chat Token', () => {
	it('creates a token for an email or a mobile number and outputs it', async () => {
		const email = await g.run({
			resource: 'userIdentity',
			operation: 'createChatToken',
			identityType: 'EMAIL',
			identity: 'Jane@Example.com',
		});
		const phone = await g.run({
			resource: 'userIdentity',
			operation: 'createChatToken',
			identityType: 'MOBILE_PHONE_NUMBER',
			identity: '+14155550100',
		});
		expect(g.calls()).toEqual(['POST /api/v1/user-identity-jwt', 'POST /api/v1/user-identity-jwt']);
		expect(g.requests().map((request) => request.body)).toEqual([
			{ identityType: 'EMAIL', identity: 'Jane@Example.com' },
			{ identityType: 'MOBILE_PHONE_NUMBER', identity: '+14155550100' },
		]);
		expect(g.requests()[0].headers.authorization).toBe(BASIC);
		expect(email.items[0].json).toEqual({
			identityType: 'EMAIL',
			identity: 'Jane@Example.com',
			token: g.gladly.state.jwts[0],
		});
		expect(phone.items[0].json.token).toBe(g.gladly.state.jwts[1]);
		expect(String(phone.items[0].json.token).split('.')).toHaveLength(3);
	});

	it.each([
		['EMAIL', '+14155550100', "Parameter 'Identity' is invalid: must be a valid email address"],
		[
			'MOBILE_PHONE_NUMBER',
			'415 555 0100',
			"Parameter 'Identity' is invalid: must be a phone number in E.164",
		],
		['USERNAME', 'jane', "Parameter 'Identity Type' must be one of"],
	])('refuses %s %j before sending', async (identityType, identity, says) => {
		await g.refused(
			{
				resource: 'userIdentity',
				operation: 'createChatToken',
				identityType,
				identity,
			},
			says,
		);
	});

	it("shows Gladly's message for a 400, and never quotes a broken answer that holds part of a token", async () => {
		g.fault('POST', '/api/v1/user-identity-jwt', {
			fault: 'status',
			status: 400,
			body: { errors: [{ attr: 'identity', code: 'invalid', detail: 'identity is not valid' }] },
		});
		const run = {
			resource: 'userIdentity',
			operation: 'createChatToken',
			identityType: 'EMAIL',
			identity: 'jane@example.com',
		};
		const invalid = await g.fail(run);
		expect(invalid.error).toBe(
			'Gladly answered 400: identity: invalid: identity is not valid [item 0]',
		);
		g.fault('POST', '/api/v1/user-identity-jwt', { fault: 'truncate' });
		const { items, error } = await g.run(run, { continueOnFail: true });
		expect(error).toBeUndefined();
		const token = g.gladly.state.jwts[g.gladly.state.jwts.length - 1];
		const stored = JSON.stringify(items);
		expect(stored).toMatch(/no readable token \(HTTP 200\).*\[item 0\]/);
		for (const part of token.split('.')) expect(stored).not.toContain(part.slice(0, 12));
	});
});
