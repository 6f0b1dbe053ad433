import type { IDataObject } from 'n8n-workflow';

import * as listSearch from '../../../nodes/Nutshell/methods/listSearch';
import * as loadOptions from '../../../nodes/Nutshell/methods/loadOptions';
import { contractProblems } from '../../contract/nutshell/spec';
import { contractRecorder, makeContext } from './context';
import type { Captured, Responder } from './context';

const { keep } = contractRecorder(contractProblems);

function context(responder: Responder, parameters: IDataObject = {}) {
	const requests: Captured[] = [];
	const ctx = makeContext(parameters, { responder }, requests);
	return { ctx, requests, done: () => keep(requests) };
}

describe('Dropdowns show names', () => {
	it('users (enabled only, email as description), by name', async () => {
		const { ctx, requests, done } = context((r) =>
			r.url === '/rest/users' && r.qs['page[page]'] === 0
				? {
						body: {
							users: [
								{ id: '2-users', name: 'Bob', emails: ['bob@x.io'] },
								{ id: '1-users', name: 'Ada', emails: ['ada@x.io'] },
								{ id: '3-users', name: 'Old', isEnabled: false },
							],
						},
					}
				: { body: { users: [] } },
		);
		expect(await loadOptions.getUsers.call(ctx)).toEqual([
			{ name: 'Ada', value: '1-users', description: 'ada@x.io' },
			{ name: 'Bob', value: '2-users', description: 'bob@x.io' },
		]);
		expect(requests.map((r) => r.qs['page[page]'])).toEqual([0, 1]);
		done();
	});

	it('stages carry their pipeline name', async () => {
		const { ctx, done } = context((r) =>
			r.url === '/rest/stages'
				? {
						body: [
							{ id: '101-stages', name: 'Qualify', links: [{ stageset: '1-stagesets' }] },
							{ id: '201-stages', name: 'Contact', links: [{ stageset: '2-stagesets' }] },
						],
					}
				: {
						body: [
							{ id: '1-stagesets', name: 'Sales' },
							{ id: '2-stagesets', name: 'Renewals' },
						],
					},
		);
		expect(await loadOptions.getStages.call(ctx)).toEqual([
			{ name: 'Renewals › Contact', value: '201-stages' },
			{ name: 'Sales › Qualify', value: '101-stages' },
		]);
		done();
	});

	it.each([
		['getPipelines', '/rest/stagesets', [{ id: '1-stagesets', name: 'Sales' }]],
		['getSources', '/rest/sources', { sources: [{ id: '1-sources', name: 'Website' }] }],
		['getTags', '/rest/tags', { tags: [{ id: '1-tags', name: 'VIP', tagType: 'contacts' }] }],
		[
			'getActivityTypes',
			'/rest/activitytypes',
			{ activityTypes: [{ id: '1-activityTypes', name: 'Phone Call' }] },
		],
		['getTerritories', '/rest/territories', [{ id: '1-territories', name: 'North' }]],
		[
			'getProducts',
			'/rest/products',
			{ products: [{ id: '1-products', name: 'Widget', sku: 'W-1' }] },
		],
	] as Array<[keyof typeof loadOptions, string, unknown]>)(
		'%s reads %s',
		async (method, path, body) => {
			const { ctx, requests, done } = context(() => ({ body }));
			const options = await loadOptions[method].call(ctx);
			expect(requests.map((r) => r.url)).toEqual([path]);
			expect(options[0].name).not.toMatch(/^\d+-/);
			expect(options[0].value).toMatch(/^\d+-[a-zA-Z]+$/);
			done();
		},
	);

	it('outcomes are filtered to the status of the operation', async () => {
		const outcomes = {
			outcomes: [
				{ id: '1-outcomes', name: 'Won', status: 'won' },
				{ id: '2-outcomes', name: 'Price', status: 'lost' },
			],
		};
		const lost = context(() => ({ body: outcomes }), { operation: 'markLost' });
		expect(await loadOptions.getOutcomes.call(lost.ctx)).toEqual([
			{ name: 'Price', value: '2-outcomes' },
		]);
		lost.done();
	});

	it('custom fields by name (accounts wrap them, leads do not) and filter keys from list/fields', async () => {
		const company = context(() => ({
			body: { customFields: [{ name: 'Region Code', type: 'Text' }] },
		}));
		expect(await loadOptions.getCompanyCustomFields.call(company.ctx)).toEqual([
			{ name: 'Region Code', value: 'Region Code', description: 'Text' },
		]);
		company.done();
		const lead = context(() => ({ body: [{ name: 'Favorite Number' }] }));
		expect((await loadOptions.getLeadCustomFields.call(lead.ctx))[0].value).toBe('Favorite Number');
		expect(lead.requests[0].url).toBe('/rest/leads/customfields/attributes');
		lead.done();
		const filters = context(() => ({
			body: {
				fields: [
					{ name: 'number', displayName: 'Lead number', isFilterable: true },
					{ name: 'value', displayName: 'Value', isFilterable: false },
				],
			},
		}));
		expect(await loadOptions.getLeadFilterFields.call(filters.ctx)).toEqual([
			{ name: 'Lead number', value: 'number' },
		]);
		expect(filters.requests[0].url).toBe('/rest/leads/list/fields');
		filters.done();
	});
});

describe('Resource locators search by text', () => {
	it('leads show name and lead number; a full page gives a next token', async () => {
		const leads = Array.from({ length: 50 }, (_, i) => ({
			id: `${i + 1}-leads`,
			name: `Lead ${i + 1}`,
			number: String(1000 + i),
		}));
		const { ctx, requests, done } = context(() => ({ body: { leads } }));
		const result = await listSearch.searchLeads.call(ctx, 'acme');
		expect(requests[0].qs).toEqual({ q: 'acme', 'page[limit]': 50, 'page[page]': 0 });
		expect(result.results[0]).toMatchObject({ name: 'Lead 1 (Lead-1000)', value: '1-leads' });
		expect(result.paginationToken).toBe('1');
		done();
	});

	it('people and companies show their email', async () => {
		const people = context(() => ({
			body: { contacts: [{ id: '1-contacts', name: 'Ana', emails: [{ value: 'ana@x.io' }] }] },
		}));
		const result = await listSearch.searchPeople.call(people.ctx, undefined, '2');
		expect(people.requests[0].qs).toEqual({ 'page[limit]': 50, 'page[page]': 2 });
		expect(result).toEqual({
			results: [{ name: 'Ana (ana@x.io)', value: '1-contacts', url: undefined }],
			paginationToken: undefined,
		});
		people.done();
		const companies = context(() => ({
			body: {
				accounts: [
					{ id: '1-accounts', name: 'Acme', htmlUrl: 'https://app.nutshell.com/company/1' },
				],
			},
		}));
		expect((await listSearch.searchCompanies.call(companies.ctx)).results[0]).toEqual({
			name: 'Acme',
			value: '1-accounts',
			url: 'https://app.nutshell.com/company/1',
		});
		companies.done();
	});
});
