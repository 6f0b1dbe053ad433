import { contractProblems } from '../../contract/nutshell/spec';
import { calls, contractRecorder, rl } from './context';

const { node: company } = contractRecorder(contractProblems, 'company');

describe('Company (accounts)', () => {
	it('creates one company in the {"accounts": [ ... ]} envelope', async () => {
		const { requests } = await company({
			operation: 'create',
			name: 'Acme Corp',
			additionalFields: {
				urls: 'https://acme.com',
				phones: '+14155550100',
				relatedIds: '5',
				territory: '1',
			},
		});
		expect(calls(requests)).toEqual(['POST /rest/accounts']);
		expect(requests[0].body).toEqual({
			accounts: [
				{
					name: 'Acme Corp',
					phones: [{ value: '+14155550100', isPrimary: true }],
					urls: [{ value: 'https://acme.com' }],
					links: { territory: '1-territories', contacts: ['5-contacts'] },
				},
			],
		});
	});

	it('gets, lists, updates, deletes and undeletes with account ids', async () => {
		expect(
			calls((await company({ operation: 'get', companyId: rl('3'), simple: true })).requests),
		).toEqual(['GET /rest/accounts/3-accounts']);
		const many = await company({
			operation: 'getMany',
			returnAll: false,
			limit: 10,
			filters: { email: 'info@acme.com' },
			sort: { field: 'numberOfContacts', descending: true },
		});
		expect(many.requests[0].qs).toEqual({
			email: 'info@acme.com',
			sort: '-numberOfContacts',
			'page[limit]': 10,
			'page[page]': 0,
		});
		const updated = await company({
			operation: 'update',
			companyId: rl('3'),
			updateFields: { urls: 'https://acme.io', relatedIds: '5' },
		});
		expect(updated.requests[0].body).toEqual([
			{ op: 'add', path: '/accounts/0/urls/-', value: { value: 'https://acme.io' } },
			{ op: 'add', path: '/accounts/0/links/contacts/-', value: '5-contacts' },
		]);
		expect(calls((await company({ operation: 'delete', companyId: rl('3') })).requests)).toEqual([
			'DELETE /rest/accounts/3-accounts',
		]);
		expect(calls((await company({ operation: 'undelete', companyId: rl('3') })).requests)).toEqual([
			'POST /rest/accounts/3-accounts/undelete',
		]);
	});

	it('Create or Update by name: exact (case-insensitive) name match is patched, not duplicated', async () => {
		const { requests } = await company(
			{
				operation: 'upsert',
				matchBy: 'name',
				name: 'acme corp',
				additionalFields: { description: 'Updated' },
			},
			{
				responder: (r) =>
					r.url === '/rest/accounts'
						? {
								body: {
									accounts: [
										{ id: '8-accounts', name: 'Acme Corp Europe' },
										{ id: '3-accounts', name: 'Acme Corp' },
									],
								},
							}
						: undefined,
			},
		);
		expect(calls(requests)).toEqual([
			'GET /rest/accounts',
			'PATCH /rest/accounts/3-accounts',
			'GET /rest/accounts/3-accounts',
		]);
		expect(requests[0].qs).toEqual({
			'filter[name]': 'acme corp',
			'page[limit]': 100,
			'page[page]': 0,
		});
		expect(requests[1].body).toEqual([
			{ op: 'replace', path: '/accounts/0/description', value: 'Updated' },
		]);
	});

	it('Create or Update by domain: creates with the domain as URL when no company uses it', async () => {
		const { requests } = await company(
			{ operation: 'upsert', matchBy: 'domain', name: 'Acme', domain: 'https://www.Acme.com/' },
			{
				responder: (r) =>
					r.url === '/rest/accounts' && r.method === 'GET'
						? {
								body: {
									accounts: [{ id: '8-accounts', urls: [{ value: 'https://notacme.com' }] }],
								},
							}
						: undefined,
			},
		);
		expect(calls(requests)).toEqual(['GET /rest/accounts', 'POST /rest/accounts']);
		expect(requests[0].qs.q).toBe('acme.com');
		expect(requests[1].body).toEqual({
			accounts: [{ name: 'Acme', urls: [{ value: 'https://acme.com' }] }],
		});
	});

	it('Create or Update by domain: a company whose website uses the domain is updated', async () => {
		const { requests } = await company(
			{ operation: 'upsert', matchBy: 'domain', name: 'Acme', domain: 'acme.com' },
			{
				responder: (r) =>
					r.url === '/rest/accounts'
						? {
								body: {
									accounts: [
										{
											id: '4-accounts',
											name: 'Acme Inc',
											urls: [{ value: 'http://www.acme.com/about' }],
										},
									],
								},
							}
						: undefined,
			},
		);
		// Nothing to change: the match is returned as it is, nothing is created.
		expect(calls(requests)).toEqual(['GET /rest/accounts']);
	});

	it('refuses a domain that is not one', async () => {
		const { error, requests } = await company({
			operation: 'upsert',
			matchBy: 'domain',
			name: 'Acme',
			domain: 'not a domain',
		});
		expect(error?.message).toMatch(/Parameter 'Domain' is not a domain.*\[item 0\]/);
		expect(requests).toHaveLength(0);
	});
});
