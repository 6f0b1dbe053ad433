import { contractProblems } from '../../contract/nutshell/spec';
import { calls, contractRecorder } from './context';

const { node } = contractRecorder(contractProblems);

describe('Reference data', () => {
	it.each([
		['accountType', '/rest/accounttypes'],
		['competitor', '/rest/competitors'],
		['industry', '/rest/industries'],
		['market', '/rest/markets'],
		['outcome', '/rest/outcomes'],
		['pipeline', '/rest/stagesets'],
		['product', '/rest/products'],
		['source', '/rest/sources'],
		['stage', '/rest/stages'],
		['tag', '/rest/tags'],
		['territory', '/rest/territories'],
	])(
		'%s › Get Many reads %s (bare array or envelope) and applies the limit',
		async (resource, path) => {
			const records = [
				{ id: '1-x', name: 'One' },
				{ id: '2-x', name: 'Two' },
				{ id: '3-x', name: 'Three' },
			];
			const { requests, output } = await node(
				{ resource, operation: 'getMany', returnAll: false, limit: 2 },
				{
					responder: () => ({
						body:
							resource === 'stage' || resource === 'industry'
								? records
								: { meta: {}, [path.split('/')[2]]: records },
					}),
				},
			);
			expect(calls(requests)).toEqual([`GET ${path}`]);
			expect(output.map((item) => item.json.name)).toEqual(['One', 'Two']);
		},
	);

	it.each([
		['competitor', '/rest/competitors/4-competitors'],
		['industry', '/rest/industries/4-industries'],
		['market', '/rest/markets/4-markets'],
		['outcome', '/rest/outcomes/4-outcomes'],
		['product', '/rest/products/4-products'],
	])('%s › Get uses %s', async (resource, path) => {
		const { requests, output } = await node({ resource, operation: 'get', [`${resource}Id`]: '4' });
		expect(calls(requests)).toEqual([`GET ${path}`]);
		expect(output).toHaveLength(1);
	});

	it('users are paged like the main lists; Get uses GET /users/{id}', async () => {
		const many = await node({ resource: 'user', operation: 'getMany', returnAll: true });
		expect(many.requests[0].qs).toEqual({ 'page[limit]': 100, 'page[page]': 0 });
		expect(
			calls((await node({ resource: 'user', operation: 'get', userId: '2' })).requests),
		).toEqual(['GET /rest/users/2-users']);
	});

	it('Get without a GET-by-id endpoint picks the record from the list, and says when it is missing', async () => {
		const found = await node(
			{ resource: 'pipeline', operation: 'get', pipelineId: '2' },
			{
				responder: () => ({
					body: [{ id: '1-stagesets' }, { id: '2-stagesets', name: 'Renewals' }],
				}),
			},
		);
		expect(found.output[0].json).toEqual({ id: '2-stagesets', name: 'Renewals' });
		const missing = await node(
			{ resource: 'pipeline', operation: 'get', pipelineId: '9' },
			{ responder: () => ({ body: [] }) },
		);
		expect(missing.error?.message).toMatch(
			/Parameter 'Pipeline ID' matches no pipeline \("9-stagesets"\) \[item 0\]/,
		);
	});

	it('tags filter by type and search text; sources and tags can be created', async () => {
		const tags = await node({
			resource: 'tag',
			operation: 'getMany',
			returnAll: true,
			filters: { q: 'vip', tagType: 'contacts' },
		});
		expect(tags.requests[0].qs).toEqual({ q: 'vip', 'filter[tagType]': 'contacts' });
		const source = await node({
			resource: 'source',
			operation: 'create',
			name: 'Webinar',
			channel: 5,
		});
		expect(source.requests[0].body).toEqual({ sources: [{ name: 'Webinar', channel: 5 }] });
		const tag = await node({
			resource: 'tag',
			operation: 'create',
			name: 'Hot',
			tagType: 'accounts',
		});
		expect(tag.requests[0].body).toEqual({ tags: [{ name: 'Hot', tagType: '3' }] });
	});

	it('teams come from JSON-RPC findTeams (REST has none), with REST-style ids', async () => {
		const { requests, output } = await node(
			{ resource: 'team', operation: 'getMany', returnAll: true },
			{
				responder: (r) => ({
					body: {
						jsonrpc: '2.0',
						id: (r.body as { id: number }).id,
						result:
							(r.body as { params: { page: number } }).params.page === 1
								? [{ id: 4, name: 'Sales' }]
								: [],
					},
				}),
			},
		);
		expect(calls(requests)).toEqual(['POST /api/v1/json']);
		expect(requests[0].body).toMatchObject({
			jsonrpc: '2.0',
			method: 'findTeams',
			params: { limit: 100, page: 1 },
		});
		expect(output[0].json).toEqual({ id: '4-teams', name: 'Sales' });
	});

	it('a JSON-RPC error envelope (HTTP 200) becomes a readable NodeApiError', async () => {
		const { error } = await node(
			{ resource: 'team', operation: 'getMany', returnAll: true },
			{
				responder: () => ({
					body: { jsonrpc: '2.0', id: 1, error: { code: 401, message: 'Invalid API key' } },
				}),
			},
		);
		expect(error?.constructor.name).toBe('NodeApiError');
		expect(error?.message).toBe('Nutshell answered 401: Invalid API key (findTeams) [item 0]');
	});

	it.each([
		[
			'company',
			'/rest/accounts/customfields/attributes',
			{ customFields: [{ name: 'Region Code' }] },
		],
		['lead', '/rest/leads/customfields/attributes', [{ name: 'Favorite Number' }]],
		['person', '/rest/contacts/customfields/attributes', [{ name: 'Shoe Size' }]],
	])('custom field definitions of %s', async (entity, path, body) => {
		const { requests, output } = await node(
			{ resource: 'customField', operation: 'getMany', entity },
			{ responder: () => ({ body }) },
		);
		expect(calls(requests)).toEqual([`GET ${path}`]);
		expect(output).toHaveLength(1);
	});
});

describe('Event (change log)', () => {
	it('reads since an event id with limit and filters[payload][], follows meta.next, returns oldest first', async () => {
		const pages: Record<string, unknown> = {
			'10-events': {
				meta: { next: 'https://app.nutshell.com/rest/events?limit=100&since_id=12-events' },
				events: [{ id: '12-events' }, { id: '11-events' }],
			},
			'12-events': {
				meta: { next: 'https://app.nutshell.com/rest/events?limit=100&since_id=13-events' },
				events: [{ id: '13-events' }],
			},
			'13-events': {
				meta: { next: 'https://app.nutshell.com/rest/events?limit=100&since_id=13-events' },
				events: [],
			},
		};
		const { requests, output } = await node(
			{
				resource: 'event',
				operation: 'getMany',
				since: 'id',
				sinceId: '10',
				entityTypes: ['leads', 'contacts'],
				returnAll: true,
			},
			{ responder: (r) => ({ body: pages[String(r.qs.since_id)] }) },
		);
		expect(requests.map((r) => r.qs)).toEqual([
			{ limit: 100, 'filters[payload][]': ['leads', 'contacts'], since_id: '10-events' },
			{ limit: 100, 'filters[payload][]': ['leads', 'contacts'], since_id: '12-events' },
			{ limit: 100, 'filters[payload][]': ['leads', 'contacts'], since_id: '13-events' },
		]);
		expect(output.map((item) => item.json.id)).toEqual(['11-events', '12-events', '13-events']);
	});

	it('with a limit, stops after the page that covers it and returns the oldest events', async () => {
		const page = {
			meta: { next: 'https://app.nutshell.com/rest/events?since_id=13-events' },
			events: [{ id: '13-events' }, { id: '12-events' }, { id: '11-events' }],
		};
		const { requests, output } = await node(
			{
				resource: 'event',
				operation: 'getMany',
				since: 'id',
				sinceId: '10-events',
				returnAll: false,
				limit: 2,
			},
			{ responder: () => ({ body: page }) },
		);
		expect(requests).toHaveLength(1);
		expect(output.map((item) => item.json.id)).toEqual(['11-events', '12-events']);
	});

	it('starts from a time (Unix seconds) and reads deletions by type, newest first', async () => {
		const byTime = await node({
			resource: 'event',
			operation: 'getMany',
			since: 'time',
			sinceTime: '2026-01-01T00:00:00Z',
			returnAll: false,
			limit: 5,
		});
		expect(byTime.requests[0].qs).toEqual({ limit: 100, since_time: 1767225600 });
		const deleted = await node({
			resource: 'event',
			operation: 'getDeleted',
			entityType: 'leads',
			newestFirst: true,
			returnAll: true,
		});
		expect(calls(deleted.requests)).toEqual(['GET /rest/events/deleted']);
		expect(deleted.requests[0].qs).toEqual({ 'filter[types]': 'leads', sort: '-change_time' });
	});

	it('refuses a malformed event id', async () => {
		const { error, requests } = await node({
			resource: 'event',
			operation: 'getMany',
			since: 'id',
			sinceId: 'abc',
		});
		expect(error?.message).toMatch(
			/Parameter 'Since Event ID' "abc" is not an event ID.*\[item 0\]/,
		);
		expect(requests).toHaveLength(0);
	});
});

describe('Search', () => {
	it('by text queries leads, people and companies with q', async () => {
		const { requests, output } = await node(
			{ resource: 'search', operation: 'byText', text: 'acme', limitPerType: 5 },
			{
				responder: (r) =>
					Number(r.qs['page[page]']) === 0
						? { body: { [r.url.split('/')[2]]: [{ id: `1-${r.url.split('/')[2]}` }] } }
						: undefined,
			},
		);
		expect(
			requests
				.filter((r) => r.qs['page[page]'] === 0)
				.map((r) => [r.url, r.qs.q, r.qs['page[limit]']]),
		).toEqual([
			['/rest/leads', 'acme', 5],
			['/rest/contacts', 'acme', 5],
			['/rest/accounts', 'acme', 5],
		]);
		expect(output.map((item) => [item.json.entityType, item.json.id])).toEqual([
			['lead', '1-leads'],
			['person', '1-contacts'],
			['company', '1-accounts'],
		]);
	});

	it('by email uses JSON-RPC searchByEmail and returns REST ids', async () => {
		const { requests, output } = await node(
			{ resource: 'search', operation: 'byEmail', email: 'ana@example.com' },
			{
				responder: () => ({
					body: {
						jsonrpc: '2.0',
						id: 1,
						result: {
							contacts: [{ id: 5, name: 'Ana' }],
							accounts: [],
							users: [{ id: 1, name: 'Ada' }],
						},
					},
				}),
			},
		);
		expect(requests[0].body).toMatchObject({
			method: 'searchByEmail',
			params: { emailAddressString: 'ana@example.com' },
		});
		expect(output.map((item) => [item.json.entityType, item.json.id])).toEqual([
			['person', '5-contacts'],
			['user', '1-users'],
		]);
	});
});
