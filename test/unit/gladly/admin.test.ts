import { useGladly } from './setup';

const g = useGladly();

describe('Gladly › Agent, Team, Inbox, Audience, Organization, Topic', () => {
	it.each([
		['agent', '/api/v1/agents', 3],
		['team', '/api/v1/teams', 2],
		['inbox', '/api/v1/inboxes', 3],
		['audience', '/api/v1/audiences', 2],
		['topic', '/api/v1/topics', 3],
		['webhook', '/api/v1/webhooks', 0],
		['businessHours', '/api/v1/business-hours', 0],
	])('%s › Get Many reads %s (limit client-side)', async (resource, path, count) => {
		const { items } = await g.run({ resource, operation: 'getMany', returnAll: false, limit: 2 });
		expect(g.calls()).toEqual([`GET ${path}`]);
		expect(items).toHaveLength(Math.min(2, count));
	});

	it('gets one agent, team, inbox, audience and the organization', async () => {
		const agent = await g.run({ resource: 'agent', operation: 'get', agentId: 'agent-ada' });
		const team = await g.run({ resource: 'team', operation: 'get', teamId: 'team-tier1' });
		const inbox = await g.run({ resource: 'inbox', operation: 'get', inboxId: 'inbox-support' });
		const audience = await g.run({ resource: 'audience', operation: 'get', audienceId: 'aud-vip' });
		const organization = await g.run({ resource: 'organization', operation: 'get' });
		expect(g.calls()).toEqual([
			'GET /api/v1/agents/agent-ada',
			'GET /api/v1/teams/team-tier1',
			'GET /api/v1/inboxes/inbox-support',
			'GET /api/v1/audiences',
			'GET /api/v1/organization',
		]);
		expect(
			[agent, team, inbox, audience, organization].map((run) => run.items[0].json.name),
		).toEqual(['Ada Lovelace', 'Tier 1', 'Support', 'VIP', 'Acme Support']);
	});

	it('gets a topic, an answer and a webhook by id', async () => {
		g.gladly.addAnswer({ id: 'ans-1', name: 'Returns' });
		g.gladly.addWebhook({
			id: 'wh-9',
			url: 'https://hooks.example.com/z',
			credentials: { username: 'u', password: 'p' },
		});
		const topic = await g.run({ resource: 'topic', operation: 'get', topicId: 'topic-refund' });
		const answer = await g.run({ resource: 'answer', operation: 'get', answerId: 'ans-1' });
		const webhook = await g.run({ resource: 'webhook', operation: 'get', webhookId: 'wh-9' });
		expect(g.calls()).toEqual([
			'GET /api/v1/topics/topic-refund',
			'GET /api/v1/answers/ans-1',
			'GET /api/v1/webhooks/wh-9',
		]);
		expect(topic.items[0].json).toMatchObject({ name: 'Refund', parentId: 'topic-billing' });
		expect(answer.items[0].json).toMatchObject({ id: 'ans-1', name: 'Returns' });
		expect(webhook.items[0].json).toMatchObject({ id: 'wh-9', hasCredentials: true });
		expect(webhook.items[0].json.credentials).toBeUndefined();
	});

	it('creates a topic and renames it (keeping the name Gladly requires on PATCH)', async () => {
		const created = await g.run({
			resource: 'topic',
			operation: 'create',
			name: 'Returns',
			additionalFields: { parentId: 'topic-billing' },
		});
		expect(g.requests()[0].body).toEqual({
			id: expect.any(String),
			name: 'Returns',
			parentId: 'topic-billing',
		});
		const id = String(created.items[0].json.id);
		const updated = await g.run({
			resource: 'topic',
			operation: 'update',
			topicId: id,
			updateFields: { disabled: true },
		});
		expect(g.requests()[3].body).toEqual({ name: 'Returns', disabled: true });
		expect(updated.items[0].json).toMatchObject({ id, name: 'Returns', disabled: true });
	});

	it('explains a topic name that is taken', async () => {
		const error = await g.fail({
			resource: 'topic',
			operation: 'create',
			name: 'Billing',
			additionalFields: {},
		});
		expect(error.error).toBe(
			'Gladly answered 409: name: taken: another topic already has this name [item 0]',
		);
		expect(error.description).toMatch(/the existing record is topic-billing/);
	});
});

describe('Gladly › Answer', () => {
	it('creates, updates, sets and reads content, deletes', async () => {
		const created = await g.run({
			resource: 'answer',
			operation: 'create',
			name: 'Reset password',
			additionalFields: { description: 'How to reset', audienceIds: ['aud-all'] },
		});
		expect(g.requests()[0].body).toEqual({
			id: expect.any(String),
			name: 'Reset password',
			description: 'How to reset',
			audienceIds: ['aud-all'],
		});
		const id = String(created.items[0].json.id);
		await g.run({
			resource: 'answer',
			operation: 'update',
			answerId: id,
			updateFields: { audienceIds: ['aud-vip'] },
		});
		expect(g.requests()[1].body).toEqual({ audienceIds: ['aud-vip'] });
		const content = await g.run({
			resource: 'answer',
			operation: 'setContent',
			answerId: id,
			language: 'en-us',
			contentType: 'public',
			bodyHtml: '<p>Click reset</p>',
			title: 'Reset your password',
		});
		expect(g.calls()[3]).toBe(`PUT /api/v1/answers/${id}/languages/en-us/type/public`);
		expect(g.requests()[3].body).toEqual({
			bodyHtml: '<p>Click reset</p>',
			title: 'Reset your password',
		});
		expect(content.items[0].json).toMatchObject({ title: 'Reset your password' });
		const got = await g.run({
			resource: 'answer',
			operation: 'getContent',
			answerId: id,
			language: 'en-us',
			contentType: 'public',
		});
		expect(got.items[0].json.bodyHtml).toBe('<p>Click reset</p>');
		await g.run({
			resource: 'answer',
			operation: 'deleteContent',
			answerId: id,
			language: 'en-us',
			contentType: 'public',
		});
		const deleted = await g.run({ resource: 'answer', operation: 'delete', answerId: id });
		expect(g.calls().slice(-2)).toEqual([
			`DELETE /api/v1/answers/${id}/languages/en-us/type/public`,
			`DELETE /api/v1/answers/${id}`,
		]);
		expect(deleted.items[0].json).toEqual({ deleted: true, id });
	});

	it('searches and lists public answers, reading the org id from the organization', async () => {
		g.gladly.addAnswer(
			{ id: 'a1', name: 'Refunds' },
			{ 'en-us/public': { title: 'Refund policy', bodyHtml: 'Money back in 30 days' } },
		);
		g.gladly.addAnswer(
			{ id: 'a2', name: 'Shipping' },
			{ 'en-us/public': { title: 'Shipping times', bodyHtml: 'Two days' } },
		);
		const found = await g.run({
			resource: 'answer',
			operation: 'search',
			q: 'money',
			orgId: '',
			filters: { lng: 'en-us' },
			returnAll: true,
		});
		expect(g.calls()).toEqual([
			'GET /api/v1/organization',
			'GET /api/v1/orgs/ihKsWxiZCDVtXg1iwVmT9Q/answers-search',
		]);
		expect(g.requests()[1].query).toEqual({ q: 'money', lng: 'en-us' });
		expect(found.items.map((item) => item.json)).toEqual([{ id: 'a1', name: 'Refund policy' }]);
		const listed = await g.run({
			resource: 'answer',
			operation: 'getManyPublic',
			orgId: 'ihKsWxiZCDVtXg1iwVmT9Q',
			filters: {},
			returnAll: false,
			limit: 5,
		});
		expect(g.calls()[2]).toBe('GET /api/v1/orgs/ihKsWxiZCDVtXg1iwVmT9Q/answers');
		expect(listed.items.map((item) => item.json.name)).toEqual(['Refund policy', 'Shipping times']);
	});
});

describe('Gladly › Report, Export, Event', () => {
	it('returns a report as a CSV file', async () => {
		const { items } = await g.run({
			resource: 'report',
			operation: 'run',
			metricSet: 'AgentSummary',
			window: 'times',
			startAtTime: '2026-01-01T09:00Z',
			endAtTime: '2026-01-01T17:00Z',
			output: 'binary',
			binaryPropertyName: 'csv',
			options: {},
		});
		expect(g.requests()[0].body).toEqual({
			metricSet: 'AgentSummary',
			startAtTime: '2026-01-01T09:00Z',
			endAtTime: '2026-01-01T17:00Z',
		});
		expect(items[0].binary?.csv.fileName).toBe('AgentSummary.csv');
		expect(Buffer.from(String(items[0].binary?.csv.data), 'base64').toString('utf8')).toMatch(
			/^\ufeffDate,Inbox/,
		);
	});

	it('refuses exact times for a report that does not support them', async () => {
		const error = await g.fail({
			resource: 'report',
			operation: 'run',
			metricSet: 'TopicSummaryReport',
			window: 'times',
			startAtTime: '2026-01-01T09:00Z',
			endAtTime: '2026-01-01T17:00Z',
			output: 'rows',
			options: {},
		});
		expect(error.error).toMatch(/^Parameter 'Window' "Exact Times" works only for/);
		expect(g.requests()).toHaveLength(0);
	});

	it('runs one report per input item, one after another, each paired to its item', async () => {
		const { items } = await g.run(
			{
				resource: 'report',
				operation: 'run',
				metricSet: 'ContactSummaryReport',
				window: 'days',
				startAt: '={{ $json.day }}',
				endAt: '={{ $json.day }}',
				output: 'rows',
				options: {},
			},
			{ items: [{ day: '2026-01-01' }, { day: '2026-01-02' }, { day: '2026-01-03' }] },
		);
		expect(items).toHaveLength(6);
		expect(items.map((item) => item.pairedItem)).toEqual([
			{ item: 0 },
			{ item: 0 },
			{ item: 1 },
			{ item: 1 },
			{ item: 2 },
			{ item: 2 },
		]);
		expect(g.requests().map((request) => [request.body.startAt, request.status])).toEqual([
			['2026-01-01', 200],
			['2026-01-02', 200],
			['2026-01-03', 200],
		]);
	});

	it('lists schedules and jobs, gets and deletes a job, downloads a file as binary', async () => {
		g.gladly.addJob(
			{ id: 'job-a', status: 'COMPLETED' },
			{ 'topics.jsonl': [{ id: 't1' }, { id: 't2' }] },
		);
		g.gladly.addJob({ id: 'job-b', status: 'IN_PROGRESS' });
		const schedules = await g.run({
			resource: 'export',
			operation: 'getManySchedules',
			returnAll: true,
		});
		expect(schedules.items[0].json).toMatchObject({ frequency: 'DAILY' });
		const jobs = await g.run({
			resource: 'export',
			operation: 'getManyJobs',
			returnAll: true,
			filters: { status: 'IN_PROGRESS', startAt: '2026-01-01T00:00:00Z' },
		});
		expect(g.requests()[1].query).toEqual({
			status: 'IN_PROGRESS',
			startAt: '2026-01-01T00:00:00.000Z',
		});
		expect(jobs.items.map((item) => item.json.id)).toEqual(['job-b']);
		const job = await g.run({ resource: 'export', operation: 'getJob', jobId: 'job-a' });
		expect(job.items[0].json.files).toEqual(['topics.jsonl']);
		const file = await g.run({
			resource: 'export',
			operation: 'downloadFile',
			jobId: 'job-a',
			fileName: 'topics.jsonl',
			output: 'binary',
			binaryPropertyName: 'data',
		});
		expect(Buffer.from(String(file.items[0].binary?.data.data), 'base64').toString()).toBe(
			'{"id":"t1"}\n{"id":"t2"}\n',
		);
		const inProgress = await g.fail({ resource: 'export', operation: 'deleteJob', jobId: 'job-b' });
		expect(inProgress.error).toMatch(/jobId: temporary_failure/);
		const deleted = await g.run({ resource: 'export', operation: 'deleteJob', jobId: 'job-a' });
		expect(deleted.items[0].json).toEqual({ deleted: true, id: 'job-a' });
	});

	it('gets events of the last 24 hours as items, entities repeated in the query', async () => {
		g.gladly.addEvent({ type: 'CONVERSATION/CLOSED', content: { conversationId: 'c1' } });
		g.gladly.addEvent({ type: 'TASK/CREATED', content: { taskId: 't1' } });
		g.gladly.addEvent({ type: 'AGENT_STATUS/LOGGED_IN', content: { agentId: 'agent-ada' } });
		const startAt = new Date(Date.now() - 3_600_000).toISOString();
		const { items } = await g.run({
			resource: 'event',
			operation: 'getMany',
			entities: ['CONVERSATION', 'TASK'],
			startAt,
			endAt: '',
			returnAll: true,
		});
		expect(g.requests()[0].query).toEqual({ startAt, entities: ['CONVERSATION', 'TASK'] });
		expect(items.map((item) => item.json.type)).toEqual(['CONVERSATION/CLOSED', 'TASK/CREATED']);
	});

	it('refuses events older than 24 hours before sending', async () => {
		const error = await g.fail({
			resource: 'event',
			operation: 'getMany',
			entities: ['TASK'],
			startAt: new Date(Date.now() - 25 * 3_600_000).toISOString(),
			returnAll: true,
		});
		expect(error.error).toMatch(/^Parameter 'Start At' is more than 24 hours ago/);
		expect(g.requests()).toHaveLength(0);
	});
});

describe('Gladly › Webhook, Business hours', () => {
	it('creates a webhook (201 Location → id), updates, enables, disables', async () => {
		g.gladly.state.pingWebhooks = false;
		const created = await g.run({
			resource: 'webhook',
			operation: 'create',
			url: 'https://hooks.example.com/gladly',
			events: ['CONVERSATION/CLOSED'],
			enabled: false,
			additionalFields: { name: 'CSAT', headers: '{"X-Token":"s3cret"}' },
		});
		expect(g.requests()[0].body).toEqual({
			url: 'https://hooks.example.com/gladly',
			events: ['CONVERSATION/CLOSED'],
			enabled: false,
			name: 'CSAT',
			headers: { 'X-Token': 's3cret' },
		});
		const id = String(created.items[0].json.id);
		expect(created.items[0].json).toMatchObject({
			name: 'CSAT',
			enabled: false,
			headerKeys: ['X-Token'],
		});
		expect(created.items[0].json.headers).toBeUndefined();
		await g.run({
			resource: 'webhook',
			operation: 'update',
			webhookId: id,
			updateFields: { events: ['TASK/CREATED'] },
		});
		expect(g.requests()[2].body).toEqual({ events: ['TASK/CREATED'] });
		const enabled = await g.run({ resource: 'webhook', operation: 'enable', webhookId: id });
		expect(enabled.items[0].json.enabled).toBe(true);
		expect(g.gladly.state.pings).toEqual(['https://hooks.example.com/gladly']);
		const disabled = await g.run({ resource: 'webhook', operation: 'disable', webhookId: id });
		expect(disabled.items[0].json.enabled).toBe(false);
	});

	it('deletes an enabled webhook by disabling it first', async () => {
		g.gladly.addWebhook({ id: 'wh-1', url: 'https://hooks.example.com/a', enabled: true });
		const { items } = await g.run({ resource: 'webhook', operation: 'delete', webhookId: 'wh-1' });
		expect(g.calls()).toEqual([
			'GET /api/v1/webhooks/wh-1',
			'PATCH /api/v1/webhooks/wh-1',
			'DELETE /api/v1/webhooks/wh-1',
		]);
		expect(g.requests()[1].body).toEqual({ enabled: false });
		expect(items[0].json).toEqual({ deleted: true, id: 'wh-1' });
	});

	it('refuses a plain-http webhook URL before sending', async () => {
		const error = await g.fail({
			resource: 'webhook',
			operation: 'create',
			url: 'http://hooks.example.com/x',
			events: ['TASK/CREATED'],
			enabled: false,
			additionalFields: {},
		});
		expect(error.error).toMatch(/^Parameter 'URL' must use https/);
		expect(g.requests()).toHaveLength(0);
	});

	it('creates, updates (version), gets and deletes business hours', async () => {
		const officeHours = {
			timezone: 'America/New_York',
			monday: [{ start: '09:00', stop: '17:00' }],
		};
		const created = await g.run({
			resource: 'businessHours',
			operation: 'create',
			name: 'East',
			officeHours: JSON.stringify(officeHours),
			primary: false,
		});
		expect(g.requests()[0].body).toEqual({ name: 'East', primary: false, officeHours });
		const id = String(created.items[0].json.id);
		const stale = await g.fail({
			resource: 'businessHours',
			operation: 'update',
			businessHoursId: id,
			name: 'East 2',
			officeHours: JSON.stringify(officeHours),
			primary: false,
			version: 7,
		});
		expect(stale.error).toMatch(/version: version_outdated/);
		expect(stale.description).toMatch(/current 'Version'/);
		const updated = await g.run({
			resource: 'businessHours',
			operation: 'update',
			businessHoursId: id,
			name: 'East 2',
			officeHours: JSON.stringify(officeHours),
			primary: false,
			version: 0,
		});
		expect(g.requests()[3].body).toEqual({
			version: 1,
			name: 'East 2',
			primary: false,
			officeHours,
		});
		expect(updated.items[0].json).toMatchObject({ name: 'East 2', version: 2 });
		await g.run({ resource: 'businessHours', operation: 'get', businessHoursId: id });
		const deleted = await g.run({
			resource: 'businessHours',
			operation: 'delete',
			businessHoursId: id,
		});
		expect(deleted.items[0].json).toEqual({ deleted: true, id });
	});

	it('refuses office hours with a bad time before sending', async () => {
		const error = await g.fail({
			resource: 'businessHours',
			operation: 'create',
			name: 'X',
			officeHours: '{"timezone":"UTC","monday":[{"start":"9am","stop":"17:00"}]}',
			primary: false,
		});
		expect(error.error).toMatch(
			/^Parameter 'officeHours' is invalid: monday\.0\.start: must be HH:MM/,
		);
		expect(g.requests()).toHaveLength(0);
	});
});
