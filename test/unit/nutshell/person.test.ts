import { contractProblems } from '../../contract/nutshell/spec';
import { calls, contractRecorder, expectAuthenticated, rl } from './context';

const { node: person } = contractRecorder(contractProblems, 'person');

describe('Person (contacts)', () => {
	it('creates one person in the {"contacts": [ ... ]} envelope with links and custom fields', async () => {
		const { output, requests, error } = await person(
			{
				operation: 'create',
				name: 'Ana Lima',
				additionalFields: {
					emails: 'ana@example.com, ana@home.example',
					phones: '+14155550100',
					owner: '2',
					tags: ['1-tags'],
					relatedIds: '7, 8-accounts',
					description: 'VIP',
				},
				customFields: { field: [{ name: 'Shoe Size', value: '38' }] },
			},
			{
				responder: (r) =>
					r.url.endsWith('/customfields/attributes')
						? { body: [{ name: 'Shoe Size' }] }
						: undefined,
			},
		);
		expect(error).toBeUndefined();
		expect(calls(requests)).toEqual([
			'GET /rest/contacts/customfields/attributes',
			'POST /rest/contacts',
		]);
		const create = requests[1];
		expectAuthenticated(create);
		expect(create.headers['content-type']).toBe('application/json');
		expect(create.body).toEqual({
			contacts: [
				{
					name: 'Ana Lima',
					description: 'VIP',
					emails: [
						{ value: 'ana@example.com', isPrimary: true },
						{ value: 'ana@home.example', isPrimary: false },
					],
					phones: [{ value: { number: '14155550100', E164: '+14155550100' }, isPrimary: true }],
					links: { owner: '2-users', tags: ['1-tags'], accounts: ['7-accounts', '8-accounts'] },
					customFields: { 'Shoe Size': '38' },
				},
			],
		});
		expect(output).toHaveLength(1);
		expect(output[0].pairedItem).toEqual({ item: 0 });
		expect(output[0].json.id).toBe('1-contacts');
	});

	it('refuses an unknown custom field before writing anything', async () => {
		const { error, requests } = await person(
			{
				operation: 'create',
				name: 'Ana',
				customFields: { field: [{ name: 'Shoe Sise', value: '38' }] },
			},
			{
				responder: (r) =>
					r.url.endsWith('/customfields/attributes')
						? { body: [{ name: 'Shoe Size' }] }
						: undefined,
			},
		);
		expect(error?.message).toMatch(/Parameter 'Custom Fields' names "Shoe Sise".*\[item 0\]/);
		expect(requests.filter((r) => r.method === 'POST')).toHaveLength(0);
	});

	it('refuses a bad email and an id of the wrong type with the parameter and item, sending nothing', async () => {
		const bad = await person({
			operation: 'create',
			name: 'Ana',
			additionalFields: { emails: 'not-an-email' },
		});
		expect(bad.error?.message).toMatch(/Parameter 'Emails' is invalid.*\[item 0\]/);
		const wrongType = await person(
			{ operation: 'get', personId: rl('12-leads') },
			{ items: [{}, {}] },
		);
		expect(wrongType.error?.message).toMatch(
			/Parameter 'Person' is a leads ID \("12-leads"\), but a contacts ID is expected \[item 0\]/,
		);
		const dots = await person({ operation: 'get', personId: rl('..') });
		expect(dots.error?.message).toMatch(/Parameter 'Person'/);
		expect([...bad.requests, ...wrongType.requests, ...dots.requests]).toHaveLength(0);
	});

	it('gets a person by a plain number (normalised to 7-contacts), simplified', async () => {
		const { output, requests } = await person(
			{ operation: 'get', personId: rl('7'), simple: true },
			{
				responder: () => ({
					body: {
						contacts: [
							{
								id: '7-contacts',
								name: 'Ana',
								emails: [
									{ isPrimary: false, value: 'b@x.io' },
									{ isPrimary: true, value: 'a@x.io' },
								],
								phones: [{ value: { E164: '+14155550100' } }],
								links: { owner: '1-users', accounts: ['3-accounts'] },
								avatarUrl: 'x',
							},
						],
					},
				}),
			},
		);
		expect(requests[0].method).toBe('GET');
		expect(requests[0].url).toBe('/rest/contacts/7-contacts');
		expectAuthenticated(requests[0]);
		expect(output[0].json).toEqual({
			id: '7-contacts',
			name: 'Ana',
			email: 'a@x.io',
			phone: '+14155550100',
			owner: '1-users',
			companies: ['3-accounts'],
		});
	});

	it('accepts a pasted Nutshell person URL', async () => {
		const { requests } = await person({
			operation: 'get',
			personId: { __rl: true, mode: 'url', value: 'https://app.nutshell.com/person/42' },
			simple: false,
		});
		expect(requests[0].url).toBe('/rest/contacts/42-contacts');
	});

	it('gets many with filter[...] and page[...] encoding, email, q and sort', async () => {
		const { requests } = await person({
			operation: 'getMany',
			returnAll: false,
			limit: 5,
			filters: {
				q: 'ana',
				email: 'ana@example.com',
				owner: '1-users',
				tags: ['2-tags', '3'],
				createdAfter: '2026-01-01T00:00:00',
				createdBefore: '2026-01-31T23:59:59Z',
				additional: { filter: [{ key: 'territories', value: '1-territories' }] },
			},
			sort: { field: 'name', descending: true },
			simple: true,
		});
		expect(requests).toHaveLength(1);
		expect(requests[0].url).toBe('/rest/contacts');
		expect(requests[0].qs).toEqual({
			q: 'ana',
			email: 'ana@example.com',
			'filter[owners]': '1-users',
			'filter[tags][]': ['2-tags', '3-tags'],
			'filter[createdTime]': '2026-01-01T00:00:00 TO 2026-01-31T23:59:59',
			'filter[territories]': '1-territories',
			sort: '-name',
			'page[limit]': 5,
			'page[page]': 0,
		});
	});

	it('updates with a JSON Patch built from plain fields, sent as application/json-patch+json, then reads it back', async () => {
		const { requests, output } = await person({
			operation: 'update',
			personId: rl('7-contacts'),
			updateFields: {
				name: 'Ana L.',
				jobTitle: 'CTO',
				owner: '2',
				emails: 'new@example.com',
				tags: ['4'],
				removeTags: ['1-tags'],
				relatedIds: '9',
				removeRelatedIds: '3-accounts',
			},
		});
		expect(calls(requests)).toEqual([
			'PATCH /rest/contacts/7-contacts',
			'GET /rest/contacts/7-contacts',
		]);
		const patch = requests[0];
		expect(patch.headers['content-type']).toBe('application/json-patch+json');
		expectAuthenticated(patch);
		expect(patch.body).toEqual([
			{ op: 'replace', path: '/contacts/0/name', value: 'Ana L.' },
			{ op: 'replace', path: '/contacts/0/jobTitle', value: 'CTO' },
			{ op: 'replace', path: '/contacts/0/links/owner', value: '2-users' },
			{ op: 'add', path: '/contacts/0/emails/-', value: { value: 'new@example.com' } },
			{ op: 'add', path: '/contacts/0/links/tags/-', value: '4-tags' },
			{ op: 'remove', path: '/contacts/0/links/tags/1-tags' },
			{ op: 'add', path: '/contacts/0/links/accounts/-', value: '9-accounts' },
			{ op: 'remove', path: '/contacts/0/links/accounts/3-accounts' },
		]);
		expect(output[0].json.id).toBe('7-contacts');
	});

	it('refuses an empty update', async () => {
		const { error, requests } = await person({
			operation: 'update',
			personId: rl('7'),
			updateFields: {},
		});
		expect(error?.message).toMatch(/Parameter 'Update Fields' is empty.*\[item 0\]/);
		expect(requests).toHaveLength(0);
	});

	it('deletes (204) and undeletes', async () => {
		const deleted = await person({ operation: 'delete', personId: rl('7') });
		expect(deleted.requests[0].method).toBe('DELETE');
		expect(deleted.requests[0].url).toBe('/rest/contacts/7-contacts');
		expect(deleted.output[0].json).toEqual({ deleted: true, id: '7-contacts' });
		const restored = await person({ operation: 'undelete', personId: rl('7') });
		expect(calls(restored.requests)).toEqual(['POST /rest/contacts/7-contacts/undelete']);
		expect(restored.output[0].json.id).toBe('7-contacts');
	});

	describe('Create or Update by email', () => {
		it('creates when no person has the email', async () => {
			const { requests, output } = await person({
				operation: 'upsert',
				email: 'new@example.com',
				name: 'New Person',
			});
			expect(calls(requests)).toEqual(['GET /rest/contacts', 'POST /rest/contacts']);
			expect(requests[0].qs).toEqual({
				email: 'new@example.com',
				'page[limit]': 100,
				'page[page]': 0,
			});
			expect(requests[1].body).toEqual({
				contacts: [{ name: 'New Person', emails: [{ value: 'new@example.com', isPrimary: true }] }],
			});
			expect(output).toHaveLength(1);
		});

		it('patches the match (no duplicate email) instead of creating', async () => {
			const existing = {
				id: '5-contacts',
				name: 'Old',
				emails: [{ value: 'ana@example.com' }],
				links: { tags: ['1-tags'] },
			};
			const { requests } = await person(
				{
					operation: 'upsert',
					email: 'ana@example.com',
					name: 'Ana',
					additionalFields: { tags: ['1', '2'] },
				},
				{
					responder: (r) =>
						r.method === 'GET' && r.url === '/rest/contacts'
							? { body: { contacts: [existing] } }
							: undefined,
				},
			);
			expect(calls(requests)).toEqual([
				'GET /rest/contacts',
				'PATCH /rest/contacts/5-contacts',
				'GET /rest/contacts/5-contacts',
			]);
			expect(requests[1].body).toEqual([
				{ op: 'replace', path: '/contacts/0/name', value: 'Ana' },
				{ op: 'add', path: '/contacts/0/links/tags/-', value: '2-tags' },
			]);
		});
	});
});
