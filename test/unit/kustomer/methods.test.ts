/** Dropdowns and resource locators: what they request and the options they offer. */
import type { IDataObject, ILoadOptionsFunctions } from 'n8n-workflow';

import {
	getBrands,
	getCustomAttributes,
	getKlasses,
	getQueues,
	getTags,
} from '../../../nodes/Kustomer/methods/loadOptions';
import {
	searchCompanies,
	searchConversations,
	searchCustomers,
	searchTeams,
	searchUsers,
} from '../../../nodes/Kustomer/methods/listSearch';
import { calls, startUnit } from './context';
import type { UnitSandbox } from './context';

let k: UnitSandbox;
beforeAll(async () => (k = await startUnit()));
afterAll(async () => await k.close());
beforeEach(() => k.sandbox.reset());

const loadContext = (parameters: Record<string, unknown> = {}) =>
	k.contextFor(parameters as IDataObject) as unknown as ILoadOptionsFunctions;

describe('Kustomer dropdowns', () => {
	it('customers: newest list without a filter, search by name or email with one', async () => {
		k.provider.seedCustomers(3);
		const all = await searchCustomers.call(loadContext());
		const found = await searchCustomers.call(loadContext(), 'customer2@');
		expect(all.results.map((r) => r.name)).toEqual([
			'Customer 1 (customer1@example.com)',
			'Customer 2 (customer2@example.com)',
			'Customer 3 (customer3@example.com)',
		]);
		expect(found.results.map((r) => r.name)).toEqual(['Customer 2 (customer2@example.com)']);
		expect(calls(k.requests())).toEqual([
			'GET /v1/customers?page=1&pageSize=50',
			'POST /v1/customers/search?page=1&pageSize=50',
		]);
		expect(k.requests()[1].body).toEqual({
			queryContext: 'customer',
			or: [
				{ customer_name: { contains: 'customer2@' } },
				{ customer_emails: { contains: 'customer2@' } },
			],
			sort: [{ customer_updated_at: 'desc' }],
		});
	});

	it('customers: pages with a pagination token', async () => {
		k.provider.seedCustomers(60);
		const first = await searchCustomers.call(loadContext());
		const second = await searchCustomers.call(loadContext(), undefined, first.paginationToken);
		expect(first.results).toHaveLength(50);
		expect(first.paginationToken).toBe('2');
		expect(second.results).toHaveLength(10);
		expect(second.paginationToken).toBeUndefined();
	});

	it('conversations, users, teams and companies', async () => {
		const [c] = k.provider.seedCustomers(1);
		k.provider.insert('conversation', { name: 'Refund', status: 'open' }, { customer: c.id });
		k.provider.insert('company', { name: 'Acme' });
		const conversations = await searchConversations.call(loadContext(), 'ref');
		const users = await searchUsers.call(loadContext(), 'ada');
		const teams = await searchTeams.call(loadContext(), 'bill');
		const companies = await searchCompanies.call(loadContext(), 'acm');
		expect(conversations.results.map((r) => r.name)).toEqual(['Refund [open]']);
		expect(users.results).toEqual([
			{ name: 'Ada Agent (ada@acme.example)', value: '010000000000000000000002' },
		]);
		expect(teams.results).toEqual([{ name: 'Billing', value: '020000000000000000000002' }]);
		expect(companies.results.map((r) => r.name)).toEqual(['Acme']);
		expect(calls(k.requests())).toEqual([
			'POST /v1/customers/search?page=1&pageSize=50',
			'GET /v1/users?page=1&pageSize=50',
			'GET /v1/teams?page=1&pageSize=50',
			'GET /v1/companies?filter=acm&page=1&pageSize=50',
		]);
	});

	it('Klasses, tags, queues, brands', async () => {
		expect(await getKlasses.call(loadContext())).toEqual([
			{ name: 'Order', value: 'ecomm-order', description: 'ecomm-order' },
			{ name: 'Subscription', value: 'subscription', description: 'subscription' },
		]);
		expect((await getTags.call(loadContext())).map((o) => o.name)).toEqual(['refund', 'vip']);
		expect((await getQueues.call(loadContext())).map((o) => o.name)).toEqual([
			'Default Queue',
			'VIP Queue',
		]);
		expect((await getBrands.call(loadContext())).map((o) => o.name)).toEqual(['Acme']);
	});

	it('custom attributes of the resource, or of the chosen Klass, with the suffix in the value', async () => {
		expect(await getCustomAttributes.call(loadContext({ resource: 'customer' }))).toEqual([
			{ name: 'Lifetime Value (lifetimeValueNum)', value: 'lifetimeValueNum' },
			{ name: 'Loyalty Tier (loyaltyTierStr)', value: 'loyaltyTierStr' },
			{ name: 'VIP (vipBool)', value: 'vipBool' },
		]);
		expect(
			(
				await getCustomAttributes.call(
					loadContext({ resource: 'customObject', klass: 'ecomm-order' }),
				)
			).map((o) => o.value),
		).toEqual(['shippedAt', 'totalNum', 'trackingUrl']);
		expect(await getCustomAttributes.call(loadContext({ resource: 'customObject' }))).toEqual([]);
		expect(calls(k.requests())).toEqual([
			'GET /v1/metadata/customer',
			'GET /v1/metadata/kobject.ecomm-order',
		]);
	});
});
