/**
 * Contract sweep: every operation of the Nutshell node runs once against the sandbox (in process, real
 * HTTP), and every request in the sandbox's log is validated against Nutshell's official OpenAPI
 * document. The validator itself is shown to reject requests that do not conform.
 */
import type { IDataObject } from 'n8n-workflow';

import { nutshell } from '../../../nodes/Nutshell/Nutshell.node';
import { startSandbox } from '../../sandbox';
import { API_KEY, EMAIL } from '../../sandbox/nutshell';
import type { Sandbox } from '../../sandbox';
import { rl, run } from '../../unit/nutshell/context';
import type { Captured } from '../../unit/nutshell/context';
import { send } from './http';
import { contractProblems, EXEMPTIONS } from './spec';

let sandbox: Sandbox;
beforeAll(async () => {
	sandbox = await startSandbox({ providers: ['nutshell'] });
});
afterAll(async () => await sandbox.close());

function toUrl(request: Captured): string {
	const query = new URLSearchParams();
	for (const [key, value] of Object.entries(request.qs)) {
		for (const entry of Array.isArray(value) ? value : [value])
			if (entry !== undefined) query.append(key, String(entry));
	}
	const text = query.toString();
	return `${request.baseURL}${request.url}${text ? `?${text}` : ''}`;
}

async function sandboxed(parameters: IDataObject) {
	return await run(parameters, {
		credentials: { username: EMAIL, apiKey: API_KEY, baseUrl: sandbox.url('nutshell') },
		transport: async (request) =>
			await send({
				method: request.method,
				url: toUrl(request),
				headers: {
					...request.headers,
					authorization: `Basic ${btoa(`${request.auth?.username}:${request.auth?.password}`)}`,
				},
				body: request.rawBody,
			}),
	});
}

/** One run of every operation, in an order where later ones find the records earlier ones made. */
const SWEEP: Array<[string, string, IDataObject]> = [
	[
		'company',
		'create',
		{
			name: 'Acme Corp',
			additionalFields: {
				urls: 'https://acme.com',
				emails: 'info@acme.com',
				phones: '+14155550100',
				tags: ['1-tags'],
			},
			customFields: { field: [{ name: 'Region Code', value: 'EU' }] },
		},
	],
	[
		'company',
		'upsert',
		{
			matchBy: 'domain',
			name: 'Acme Corp',
			domain: 'acme.com',
			additionalFields: { description: 'Updated' },
		},
	],
	['company', 'get', { companyId: rl('1'), simple: true }],
	[
		'company',
		'getMany',
		{
			returnAll: true,
			filters: {
				q: 'acme',
				owner: '1',
				tags: ['1'],
				createdAfter: '2020-01-01T00:00:00Z',
				additional: { filter: [{ key: 'name', value: 'Acme' }] },
			},
			sort: { field: 'name', descending: true },
			simple: false,
		},
	],
	[
		'company',
		'update',
		{
			companyId: rl('1'),
			updateFields: {
				name: 'Acme Corporation',
				owner: '2',
				phones: '+14155550111',
				urls: 'https://acme.io',
				removeTags: ['1'],
			},
			customFields: { field: [{ name: 'Region Code', value: 'US' }] },
		},
	],
	[
		'person',
		'create',
		{
			name: 'Ana Lima',
			additionalFields: {
				emails: 'ana@acme.com',
				phones: '+14155550100',
				relatedIds: '1',
				owner: '1',
				territory: '1',
			},
			customFields: { field: [{ name: 'Shoe Size', value: '38' }] },
		},
	],
	[
		'person',
		'upsert',
		{ email: 'ana@acme.com', name: 'Ana Lima-Souza', additionalFields: { tags: ['2'] } },
	],
	['person', 'get', { personId: rl('1'), simple: true }],
	[
		'person',
		'getMany',
		{
			returnAll: false,
			limit: 10,
			filters: { email: 'ana@acme.com', q: 'ana' },
			sort: { field: 'email', descending: false },
			simple: true,
		},
	],
	[
		'person',
		'update',
		{
			personId: rl('1'),
			updateFields: {
				firstName: 'Ana',
				jobTitle: 'CTO',
				emails: 'ana@home.example',
				relatedIds: '1',
			},
		},
	],
	[
		'lead',
		'create',
		{
			description: 'Acme: 50 seats',
			additionalFields: {
				value: '5000',
				dueTime: '2026-06-30T00:00:00Z',
				companyIds: '1',
				personIds: '1',
				sources: ['1'],
				tags: ['1'],
				owner: '1',
				products: { product: [{ productId: '1', quantity: 2, price: '99.50' }] },
			},
			customFields: { field: [{ name: 'Favorite Number', value: '7' }] },
		},
	],
	['lead', 'get', { leadId: rl('1'), simple: true }],
	[
		'lead',
		'getMany',
		{
			returnAll: true,
			filters: { pipeline: '1', number: '1001', q: 'acme', owner: '1', tags: ['1'] },
			sort: { field: 'value', descending: true },
			simple: true,
		},
	],
	[
		'lead',
		'update',
		{
			leadId: rl('1001', 'number'),
			updateFields: {
				description: 'Acme: 60 seats',
				value: '6000',
				dueTime: '2026-07-31T00:00:00Z',
				owner: '2',
				addTags: ['1'],
				removeSources: ['1'],
			},
			customFields: { field: [{ name: 'Favorite Number', value: '8' }] },
		},
	],
	['lead', 'moveStage', { leadId: rl('1'), stage: '102' }],
	['lead', 'watch', { leadId: rl('1') }],
	[
		'lead',
		'markLost',
		{
			leadId: rl('1'),
			outcome: '2',
			additionalFields: { products: { product: [{ productId: '1', quantity: 1 }] } },
		},
	],
	['lead', 'reopen', { leadId: rl('1') }],
	['lead', 'changePipeline', { leadId: rl('1'), pipeline: '2' }],
	['lead', 'markCancelled', { leadId: rl('1'), outcome: '3' }],
	['lead', 'reopen', { leadId: rl('1') }],
	['lead', 'markWon', { leadId: rl('1'), outcome: '1' }],
	[
		'activity',
		'create',
		{
			name: 'Kick-off call',
			startTime: '2026-02-01T10:00:00Z',
			endTime: '2026-02-01T10:30:00Z',
			additionalFields: {
				activityType: '1',
				personIds: '1',
				userIds: ['1'],
				location: 'Phone',
				isLogged: false,
			},
		},
	],
	['activity', 'get', { activityId: '1' }],
	[
		'activity',
		'getMany',
		{
			returnAll: false,
			limit: 10,
			filters: {
				participants: '1',
				status: ['scheduled'],
				activityType: '1',
				dateMin: '2026-02-01',
				dateMax: '2026-02-28',
				q: 'kick',
			},
		},
	],
	['activity', 'update', { activityId: '1', updateFields: { isLogged: true, note: 'Went well' } }],
	['activity', 'getTypes', {}],
	[
		'task',
		'create',
		{
			title: 'Send proposal',
			additionalFields: {
				description: 'v1',
				dueTime: '2026-02-03T00:00:00Z',
				relatedEntity: '1-leads',
				assignee: '1',
			},
		},
	],
	['task', 'get', { taskId: '1' }],
	[
		'task',
		'getMany',
		{
			returnAll: true,
			filters: {
				assignee: '1',
				relatedEntity: '1-leads',
				dateMin: '2026-02-01',
				dateMax: '2026-02-28',
				q: 'proposal',
			},
		},
	],
	[
		'task',
		'update',
		{
			taskId: '1',
			updateFields: { title: 'Send proposal v2', dueTime: '2026-02-04T00:00:00Z', assignee: '2' },
		},
	],
	['task', 'delete', { taskId: '1' }],
	['note', 'create', { parentType: 'lead', parentId: '1', body: 'Called, interested' }],
	['note', 'delete', { noteId: '1' }],
	['note', 'getMany', { returnAll: true }],
	['note', 'undelete', { noteId: '1' }],
	['note', 'get', { noteId: '1' }],
	['leadProduct', 'add', { leadId: rl('1'), productId: '1', quantity: 3, price: '90' }],
	['leadProduct', 'getMany', { returnAll: true, filters: { lead: '1' } }],
	['leadProduct', 'get', { productMapId: '1' }],
	['leadProduct', 'update', { productMapId: '1', updateFields: { quantity: 4, price: '80.00' } }],
	['leadProduct', 'remove', { productMapId: '1' }],
	['leadCompetitor', 'add', { leadId: rl('1'), competitorId: '1' }],
	['leadCompetitor', 'getMany', { returnAll: false, limit: 5, filters: { lead: '1' } }],
	['leadCompetitor', 'get', { competitorMapId: '1' }],
	['leadCompetitor', 'update', { competitorMapId: '1', status: 'beat' }],
	['leadCompetitor', 'update', { competitorMapId: '1', status: 'none' }],
	['leadCompetitor', 'remove', { competitorMapId: '1' }],
	[
		'quote',
		'getMany',
		{ returnAll: true, filters: { lead: '1', dateMin: '2026-01-01', dateMax: '2026-12-31' } },
	],
	['quote', 'get', { quoteId: '1' }],
	[
		'quote',
		'updateStatus',
		{
			quoteId: '1',
			status: 'ACCEPTED',
			additionalFields: { acceptedName: 'Ana Lima', acceptedEmail: 'ana@acme.com' },
		},
	],
	['quote', 'createInvoice', { quoteId: '1' }],
	['invoice', 'getMany', { returnAll: false, limit: 5, filters: { lead: '1' } }],
	['invoice', 'get', { invoiceId: '500' }],
	[
		'invoice',
		'updateStatus',
		{ invoiceId: '500', status: 'ACCEPTED', additionalFields: { comment: 'Paid via ACH' } },
	],
	['productCategory', 'create', { name: 'Software' }],
	['productCategory', 'getMany', { returnAll: true }],
	['productCategory', 'get', { productCategoryId: '1' }],
	[
		'lead',
		'getReport',
		{
			reportType: 'sales',
			gap: 'm',
			format: 'json',
			options: {
				segmentByField: 'products',
				groupByField: 'closedTime',
				useConfidence: true,
				name: 'Acme',
				q: 'acme',
			},
		},
	],
	[
		'lead',
		'getReport',
		{ reportType: 'newleads', gap: 'w', format: 'csv', binaryPropertyName: 'data' },
	],
	['lead', 'getStageHistory', { leadId: rl('1') }],
	['pipeline', 'export', { pipelineId: '1', binaryPropertyName: 'data' }],
	['email', 'get', { emailId: '1' }],
	[
		'customField',
		'create',
		{
			entity: 'lead',
			name: 'Contract Length',
			fieldType: 'Enum',
			choices: '12, 24',
			isMultiple: true,
		},
	],
	['customField', 'create', { entity: 'company', name: 'Tier', fieldType: 'Text' }],
	['customField', 'getValues', { entity: 'lead', recordId: '1' }],
	['customField', 'getValues', { entity: 'company', recordId: '1' }],
	['customField', 'getValues', { entity: 'person', recordId: '1' }],
	['customField', 'getMany', { entity: 'company' }],
	[
		'event',
		'getMany',
		{ since: 'id', sinceId: '0', entityTypes: ['leads', 'accounts'], returnAll: true },
	],
	[
		'event',
		'getMany',
		{ since: 'time', sinceTime: '2020-01-01T00:00:00Z', returnAll: false, limit: 5 },
	],
	['search', 'byText', { text: 'acme', limitPerType: 5 }],
	['search', 'byEmail', { email: 'ana@acme.com' }],
	['source', 'create', { name: 'Webinar', channel: 5 }],
	['tag', 'create', { name: 'Hot', tagType: 'leads' }],
	['tag', 'getMany', { returnAll: true, filters: { tagType: 'leads', q: 'hot' } }],
	['team', 'getMany', { returnAll: true }],
	['team', 'get', { teamId: '1' }],
	['stage', 'getMany', { returnAll: true }],
	...[
		'accountType',
		'competitor',
		'industry',
		'market',
		'outcome',
		'pipeline',
		'product',
		'source',
		'territory',
		'user',
	].flatMap((resource): Array<[string, string, IDataObject]> => [
		[resource, 'getMany', { returnAll: false, limit: 5 }],
		[resource, 'get', { [`${resource}Id`]: '1' }],
	]),
	['tag', 'get', { tagId: '1' }],
	['stage', 'get', { stageId: '102' }],
	['lead', 'delete', { leadId: rl('1') }],
	['lead', 'undelete', { leadId: rl('1') }],
	['person', 'delete', { personId: rl('1') }],
	['person', 'undelete', { personId: rl('1') }],
	['company', 'delete', { companyId: rl('1') }],
	['company', 'undelete', { companyId: rl('1') }],
	['event', 'getDeleted', { entityType: 'leads', newestFirst: true, returnAll: true }],
	['product', 'delete', { productId: '1' }],
	['product', 'undelete', { productId: '1' }],
];

describe('Nutshell contract', () => {
	it('every operation runs against the sandbox, and every request conforms to the OpenAPI document', async () => {
		const failures: string[] = [];
		for (const [resource, operation, parameters] of SWEEP) {
			const { error, output } = await sandboxed({ resource, operation, ...parameters });
			if (error) failures.push(`${resource}.${operation}: ${error.message}`);
			else if (['create', 'get', 'update', 'upsert'].includes(operation) && output.length !== 1)
				failures.push(`${resource}.${operation}: ${output.length} items`);
		}
		expect(failures).toEqual([]);
		const covered = new Set(SWEEP.map(([resource, operation]) => `${resource}.${operation}`));
		const all = Object.entries(nutshell.registry).flatMap(([resource, operations]) =>
			Object.keys(operations).map((operation) => `${resource}.${operation}`),
		);
		expect(all.filter((name) => !covered.has(name))).toEqual([]);

		const requests = sandbox.requestsFor('nutshell');
		expect(requests.length).toBeGreaterThan(SWEEP.length);
		expect(requests.every((request) => request.status !== null && request.status < 400)).toBe(true);
		expect(contractProblems(requests)).toEqual([]);
	});

	it('the exemptions are one list, each with a reason', () => {
		expect(EXEMPTIONS.length).toBeGreaterThan(0);
		for (const exemption of EXEMPTIONS) expect(exemption.reason.length).toBeGreaterThan(20);
	});

	describe('a request that does not conform fails', () => {
		const base = { query: {}, headers: { 'content-type': 'application/json' } };
		it.each([
			['an undocumented path', { ...base, method: 'GET', path: '/rest/deals' }, /no path/],
			[
				'an undocumented method',
				{ ...base, method: 'DELETE', path: '/rest/activities/1-activities' },
				/method not documented/,
			],
			[
				'an undocumented query parameter',
				{ ...base, method: 'GET', path: '/rest/leads', query: { pageSize: '5' } },
				/"pageSize" is not documented/,
			],
			[
				'a query value outside the enum',
				{ ...base, method: 'GET', path: '/rest/leads', query: { sort: 'banana' } },
				/undocumented value "banana"/,
			],
			[
				'a create body of the wrong type',
				{
					...base,
					method: 'POST',
					path: '/rest/leads',
					body: { leads: [{ manualValue: 12 }] },
					rawBody: '{"leads":[{"manualValue":12}]}',
				},
				/manualValue must be string/,
			],
			[
				'a PATCH sent as application/json',
				{ ...base, method: 'PATCH', path: '/rest/leads/1-leads', body: [], rawBody: '[]' },
				/Content-Type "application\/json" is not documented/,
			],
			[
				'a body on an operation without one',
				{ ...base, method: 'POST', path: '/rest/leads/1-leads/reopen', body: {}, rawBody: '{}' },
				/takes no request body/,
			],
			['a path outside /rest', { ...base, method: 'GET', path: '/leads' }, /outside the base path/],
		])('%s', (_name, request, problem) => {
			expect(contractProblems([request]).join('\n')).toMatch(problem);
		});

		it('deepObject filters and the exempt quirks pass', () => {
			expect(
				contractProblems([
					{
						method: 'GET',
						path: '/rest/leads',
						query: {
							'filter[owners]': '1-users',
							'filter[tags][]': ['1-tags'],
							'page[limit]': '5',
							'page[page]': '0',
						},
					},
				]),
			).toEqual([]);
			expect(
				contractProblems([
					{
						method: 'PATCH',
						path: '/rest/tasks/1-tasks',
						headers: { 'content-type': 'application/json-patch+json' },
						body: [{ op: 'replace', path: '/tasks/0/title', value: 'x' }],
						rawBody: '[…]',
					},
				]),
			).toEqual([]);
			expect(
				contractProblems([
					{ method: 'POST', path: '/api/v1/json', body: { method: 'findTeams' }, rawBody: '{}' },
				]),
			).toEqual([]);
		});
	});
});
