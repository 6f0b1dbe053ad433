import { contractProblems } from '../../contract/nutshell/spec';
import { calls, contractRecorder, rl } from './context';
import type { Responder } from './context';

const { node: lead } = contractRecorder(contractProblems, 'lead');

describe('Lead', () => {
	it('creates a lead with value, due time, owner, companies, people, sources, tags, products and custom fields', async () => {
		const responder: Responder = (r) =>
			r.url.endsWith('/customfields/attributes')
				? { body: [{ name: 'Favorite Number' }] }
				: undefined;
		const { requests, output, error } = await lead(
			{
				operation: 'create',
				description: 'Acme: 50 seats',
				additionalFields: {
					value: '999.99',
					dueTime: '2026-03-01T12:00:00Z',
					owner: '1-users',
					companyIds: '3',
					personIds: '5-contacts, 6',
					sources: ['1-sources'],
					tags: ['2'],
					products: { product: [{ productId: '1', quantity: 2, price: '50' }] },
				},
				customFields: { field: [{ name: 'Favorite Number', value: 12 }] },
			},
			{ responder },
		);
		expect(error).toBeUndefined();
		expect(calls(requests)).toEqual([
			'GET /rest/leads/customfields/attributes',
			'POST /rest/leads',
		]);
		expect(requests[1].headers['content-type']).toBe('application/json');
		expect(requests[1].body).toEqual({
			leads: [
				{
					description: 'Acme: 50 seats',
					manualValue: '999.99',
					dueTime: { timestamp: 1772366400 },
					links: {
						accounts: ['3-accounts'],
						contacts: ['5-contacts', '6-contacts'],
						sources: ['1-sources'],
						tags: ['2-tags'],
						owner: '1-users',
						productMaps: [
							{
								productType: 'product',
								quantity: 2,
								links: { product: '1-products' },
								price: { amount: '50' },
							},
						],
					},
					customFields: { 'Favorite Number': '12' },
				},
			],
		});
		expect(output[0].json.id).toBe('1-leads');
	});

	it('refuses a value that is not an amount before sending', async () => {
		const { error, requests } = await lead({
			operation: 'create',
			description: 'X',
			additionalFields: { value: '12,5 EUR' },
		});
		expect(error?.message).toMatch(/Parameter 'Value' "12,5 EUR" is not an amount.*\[item 0\]/);
		expect(requests).toHaveLength(0);
	});

	it('gets a lead by id, and by lead number (looked up with filter[number], which is not the id)', async () => {
		const byId = await lead({ operation: 'get', leadId: rl('1003'), simple: false });
		expect(calls(byId.requests)).toEqual(['GET /rest/leads/1003-leads']);
		const byNumber = await lead(
			{ operation: 'get', leadId: rl('Lead-1000', 'number'), simple: true },
			{
				responder: (r) =>
					r.url === '/rest/leads'
						? { body: { leads: [{ id: '1003-leads', number: '1000' }] } }
						: {
								body: {
									leads: [
										{
											id: '1003-leads',
											name: 'Acme',
											number: '1000',
											status: 'open',
											value: { amount: '10' },
											links: { stage: '101-stages', stageset: '1-stagesets', owner: '1-users' },
											htmlUrl: 'x',
										},
									],
								},
							},
			},
		);
		expect(calls(byNumber.requests)).toEqual(['GET /rest/leads', 'GET /rest/leads/1003-leads']);
		expect(byNumber.requests[0].qs).toEqual({
			'filter[number]': '1000',
			'page[limit]': 1,
			'page[page]': 0,
		});
		expect(byNumber.output[0].json).toEqual({
			id: '1003-leads',
			name: 'Acme',
			number: '1000',
			status: 'open',
			value: '10',
			stage: '101-stages',
			pipeline: '1-stagesets',
			owner: '1-users',
		});
	});

	it('says so when a lead number matches no lead', async () => {
		const { error } = await lead({ operation: 'get', leadId: rl('77', 'number') });
		expect(error?.message).toMatch(/Parameter 'Lead' number 77 matches no lead \[item 0\]/);
		expect(error?.description).toMatch(/not the lead ID/);
	});

	it('gets many with filters, pipeline, number range, sort and paging until an empty page', async () => {
		let page = 0;
		const { requests, output } = await lead(
			{
				operation: 'getMany',
				returnAll: true,
				filters: { pipeline: '2', number: '>1020', q: 'acme' },
				sort: { field: 'value', descending: false },
				simple: true,
			},
			{
				responder: (r) =>
					r.url === '/rest/leads'
						? { body: { leads: Number(r.qs['page[page]']) < 2 ? [{ id: `${++page}-leads` }] : [] } }
						: undefined,
			},
		);
		expect(requests.map((r) => r.qs['page[page]'])).toEqual([0, 1, 2]);
		expect(requests[0].qs).toEqual({
			q: 'acme',
			'filter[stageset]': '2-stagesets',
			'filter[number]': '>1020',
			sort: 'value',
			'page[limit]': 100,
			'page[page]': 0,
		});
		expect(output.map((item) => item.json.id)).toEqual(['1-leads', '2-leads']);
	});

	it('updates from plain fields: set, add link, remove link, custom field → one JSON Patch', async () => {
		const { requests } = await lead(
			{
				operation: 'update',
				leadId: rl('9-leads'),
				updateFields: {
					description: 'Renamed',
					value: '10',
					owner: '2',
					addPersonIds: '5',
					addTags: ['3'],
					removeCompanyIds: '4',
					removeSources: ['1-sources'],
				},
				customFields: { field: [{ name: 'Favorite/Number~', value: 'x' }] },
			},
			{
				responder: (r) =>
					r.url.endsWith('/customfields/attributes')
						? { body: [{ name: 'Favorite/Number~' }] }
						: undefined,
			},
		);
		expect(calls(requests)).toEqual([
			'GET /rest/leads/customfields/attributes',
			'PATCH /rest/leads/9-leads',
			'GET /rest/leads/9-leads',
		]);
		expect(requests[1].headers['content-type']).toBe('application/json-patch+json');
		expect(requests[1].body).toEqual([
			{ op: 'replace', path: '/leads/0/description', value: 'Renamed' },
			{ op: 'replace', path: '/leads/0/manualValue', value: '10' },
			{ op: 'replace', path: '/leads/0/links/owner', value: '2-users' },
			{ op: 'add', path: '/leads/0/links/contacts/-', value: '5-contacts' },
			{ op: 'add', path: '/leads/0/links/tags/-', value: '3-tags' },
			{ op: 'remove', path: '/leads/0/links/accounts/4-accounts' },
			{ op: 'remove', path: '/leads/0/links/sources/1-sources' },
			{ op: 'replace', path: '/leads/0/customFields/Favorite~1Number~0', value: 'x' },
		]);
	});

	it.each([
		['markWon', '1', 'won'],
		['markLost', '2-outcomes', 'lost'],
		['markCancelled', '3', 'cancelled'],
	])(
		'%s reads the outcome, then posts it to /leads/{id}/status',
		async (operation, outcome, status) => {
			const id = `${outcome.split('-')[0]}-outcomes`;
			const { requests, output } = await lead(
				{
					operation,
					leadId: rl('9'),
					outcome,
					additionalFields: { competitorMaps: '4' },
				},
				{
					responder: (r) =>
						r.url === `/rest/outcomes/${id}` ? { body: { outcomes: [{ id, status }] } } : undefined,
				},
			);
			expect(calls(requests)).toEqual([
				`GET /rest/outcomes/${id}`,
				'POST /rest/leads/9-leads/status',
			]);
			expect(requests[1].body).toEqual({
				outcomeId: `${outcome.split('-')[0]}-outcomes`,
				competitorMaps: ['4-competitorMaps'],
			});
			expect(output[0].json.id).toBe('9-leads');
		},
	);

	it('moves a stage by patching the stage link, and changes the pipeline with POST /stageset', async () => {
		const moved = await lead({ operation: 'moveStage', leadId: rl('9'), stage: '102' });
		expect(calls(moved.requests)).toEqual(['PATCH /rest/leads/9-leads', 'GET /rest/leads/9-leads']);
		expect(moved.requests[0].body).toEqual([
			{ op: 'replace', path: '/leads/0/links/stage', value: '102-stages' },
		]);
		const pipeline = await lead({
			operation: 'changePipeline',
			leadId: rl('9'),
			pipeline: '2-stagesets',
		});
		expect(calls(pipeline.requests)).toEqual(['POST /rest/leads/9-leads/stageset']);
		expect(pipeline.requests[0].body).toEqual({ stageset: '2-stagesets' });
	});

	it.each([
		['reopen', 'POST /rest/leads/9-leads/reopen'],
		['watch', 'POST /rest/leads/9-leads/watch'],
		['undelete', 'POST /rest/leads/9-leads/undelete'],
		['delete', 'DELETE /rest/leads/9-leads'],
	])('%s sends %s with no body', async (operation, call) => {
		const { requests, output } = await lead({ operation, leadId: rl('9') });
		expect(calls(requests)).toEqual([call]);
		expect(requests[0].rawBody).toBeUndefined();
		expect(output).toHaveLength(1);
	});

	it('pairs every output to its input item and names the failing item', async () => {
		const { output } = await lead(
			{ operation: 'get', leadId: rl('={{ignored}}'), simple: false },
			{ items: [{}, {}], continueOnFail: true },
		);
		expect(output.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		expect(String(output[0].json.error)).toMatch(/Parameter 'Lead' .*\[item 0\]/);
		expect(String(output[1].json.error)).toMatch(/\[item 1\]/);
	});
});
