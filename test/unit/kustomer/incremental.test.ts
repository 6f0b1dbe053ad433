/**
 * Updated Since / Created Since on the Get Many of messages, notes, companies, conversations and
 * custom objects: one search per object type, ascending, the parent as a criterion, past the cap.
 */
import { calls, failure, forbidOnce, KEY, rl, startUnit } from './context';
import type { UnitSandbox } from './context';

let k: UnitSandbox;
beforeAll(async () => (k = await startUnit()));
afterAll(async () => await k.close());
beforeEach(() => k.sandbox.reset());

const DAY = 24 * 3600 * 1000;
const at = (daysAgo: number, ms = 0) => new Date(Date.now() - daysAgo * DAY + ms).toISOString();
const searches = () => k.requests().filter((r) => r.path === '/v1/customers/search');

function conversationOf(name: string) {
	const customer = k.provider.insert('customer', { name });
	const conversation = k.provider.insert('conversation', { name }, { customer: customer.id });
	return { customer, conversation };
}

describe('Kustomer › Get Many with Updated Since / Created Since', () => {
	it('messages of one conversation: message search, the conversation as a criterion, oldest change first', async () => {
		const mine = conversationOf('mine');
		const other = conversationOf('other');
		const rel = (c: typeof mine) => ({ customer: c.customer.id, conversation: c.conversation.id });
		const late = k.provider.insert('message', { preview: 'late', updatedAt: at(1) }, rel(mine));
		const early = k.provider.insert('message', { preview: 'early', updatedAt: at(3) }, rel(mine));
		k.provider.insert('message', { preview: 'too old', updatedAt: at(30) }, rel(mine));
		k.provider.insert('message', { preview: 'elsewhere', updatedAt: at(2) }, rel(other));
		const since = at(10);
		k.sandbox.clearRequests();

		const out = await k.run({
			resource: 'message',
			operation: 'getMany',
			scope: 'conversation',
			conversationId: rl(mine.conversation.id),
			returnAll: true,
			simple: false,
			options: { updatedSince: since },
		});

		expect(calls(k.requests())).toEqual(['POST /v1/customers/search?page=1&pageSize=500']);
		expect(k.requests()[0].headers.authorization).toBe(`Bearer ${KEY}`);
		expect(k.requests()[0].body).toEqual({
			queryContext: 'message',
			and: [
				{ message_updated_at: { gte: since } },
				{ message_conversation: { equals: mine.conversation.id } },
			],
			sort: [{ message_updated_at: 'asc' }],
		});
		expect(out.map((item) => item.json.preview)).toEqual(['early', 'late']);
		expect(out.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 0 }]);
		expect([early.id, late.id]).toEqual(out.map((item) => item.json.id));
	});

	it('notes of a customer with Created Since: note search on note_created_at, an old note edited lately stays out', async () => {
		const { customer, conversation } = conversationOf('jane');
		const rel = { customer: customer.id, conversation: conversation.id };
		k.provider.insert('note', { body: 'new', createdAt: at(2), updatedAt: at(2) }, rel);
		k.provider.insert(
			'note',
			{ body: 'old, edited', createdAt: at(40), updatedAt: at(0, -1000) },
			rel,
		);
		k.provider.insert('note', { body: 'newer', createdAt: at(1), updatedAt: at(1) }, rel);
		const since = at(5);
		k.sandbox.clearRequests();

		const out = await k.run({
			resource: 'note',
			operation: 'getMany',
			scope: 'customer',
			customerId: rl(customer.id),
			returnAll: false,
			limit: 10,
			options: { createdSince: since },
		});

		expect(calls(k.requests())).toEqual(['POST /v1/customers/search?page=1&pageSize=10']);
		expect(k.requests()[0].body).toEqual({
			queryContext: 'note',
			and: [{ note_created_at: { gte: since } }, { note_customer: { equals: customer.id } }],
			sort: [{ note_created_at: 'asc' }],
		});
		expect(out.map((item) => item.json.body)).toEqual(['new', 'newer']);
	});

	it('companies by name with Updated Since: the name filter becomes a search criterion', async () => {
		k.provider.insert('company', { name: 'Acme East', updatedAt: at(1) });
		k.provider.insert('company', { name: 'Acme West', updatedAt: at(2) });
		k.provider.insert('company', { name: 'Globex', updatedAt: at(1) });
		k.sandbox.clearRequests();
		const since = at(3);
		const out = await k.run({
			resource: 'company',
			operation: 'getMany',
			filters: { filter: 'acme' },
			returnAll: true,
			options: { updatedSince: since },
		});
		expect(k.requests()[0].body).toEqual({
			queryContext: 'company',
			and: [{ company_updated_at: { gte: since } }, { company_name: { contains: 'acme' } }],
			sort: [{ company_updated_at: 'asc' }],
		});
		expect(out.map((item) => item.json.name)).toEqual(['Acme West', 'Acme East']);
	});

	it('conversations and custom objects take Created Since too', async () => {
		const customer = k.provider.insert('customer', { name: 'c' });
		const rel = { customer: customer.id };
		k.provider.insert('conversation', { name: 'old', createdAt: at(9) }, rel);
		k.provider.insert('conversation', { name: 'fresh', createdAt: at(1) }, rel);
		k.provider.insert(
			'kobject',
			{ title: 'Order 1', createdAt: at(1) },
			{ klass: { type: 'klass', id: 'ecomm-order' } as never, customer: customer.id },
		);
		k.sandbox.clearRequests();
		const since = at(2);
		const conversations = await k.run({
			resource: 'conversation',
			operation: 'getMany',
			returnAll: true,
			options: { createdSince: since },
		});
		const objects = await k.run({
			resource: 'customObject',
			operation: 'getMany',
			klass: 'ecomm-order',
			scope: 'all',
			returnAll: true,
			options: { createdSince: since },
		});
		expect(searches().map((r) => r.body)).toEqual([
			{
				queryContext: 'conversation',
				and: [{ conversation_created_at: { gte: since } }],
				sort: [{ conversation_created_at: 'asc' }],
			},
			{
				queryContext: 'kobject_ecomm-order',
				and: [{ kobject_created_at: { gte: since } }],
				sort: [{ kobject_created_at: 'asc' }],
			},
		]);
		expect(conversations.map((item) => item.json.name)).toEqual(['fresh']);
		expect(objects.map((item) => item.json.title)).toEqual(['Order 1']);
	});

	it('Return All with Created Since goes past the search cap on page 1 only, each note once, in order, ties included', async () => {
		// Any page past the first answers 400: only a keyset walk on the creation time can read them all.
		k.provider.configure({ searchMaxPages: 1 });
		const { customer, conversation } = conversationOf('many');
		const rel = { customer: customer.id, conversation: conversation.id };
		const start = Date.now() - 10 * DAY;
		const created = Array.from({ length: 1203 }, (_, i) => {
			// Three notes share one creation time across the first page boundary (499, 500, 501).
			const ms = start + (i >= 499 && i <= 501 ? 499 : i) * 1000;
			const iso = new Date(ms).toISOString();
			return k.provider.insert(
				'note',
				{ body: `n${i}`, createdAt: iso, updatedAt: at(0, -i) },
				rel,
			);
		});
		k.sandbox.clearRequests();
		const out = await k.run({
			resource: 'note',
			operation: 'getMany',
			scope: 'all',
			returnAll: true,
			options: { createdSince: new Date(start).toISOString() },
		});
		expect(out.map((item) => item.json.id)).toEqual(created.map((note) => note.id));
		expect(searches().every((r) => r.query.page === '1')).toBe(true);
		expect(searches().length).toBeGreaterThanOrEqual(3);
	});

	it('refuses Updated Since with Created Since, or a date that is not one, naming parameter and item, sending nothing', async () => {
		const { conversation } = conversationOf('x');
		const base = {
			resource: 'message',
			operation: 'getMany',
			scope: 'conversation',
			conversationId: rl(conversation.id),
			returnAll: true,
		};
		k.sandbox.clearRequests();
		await expect(
			k.run({ ...base, options: { updatedSince: at(1), createdSince: at(2) } }),
		).rejects.toThrow("Parameter 'Created Since' cannot be combined with Updated Since");
		await expect(
			k.run({ ...base, options: { updatedSince: 'last tuesday' } }, { items: [{}, {}] }),
		).rejects.toThrow(/Parameter 'Updated Since'.*\[item 0\]/);
		expect(k.requests()).toHaveLength(0);
	});

	it('names org.permission.search.create when the key lacks the search role', async () => {
		forbidOnce(k.sandbox, '/v1/customers/search');
		const error = await failure(
			k.run({
				resource: 'note',
				operation: 'getMany',
				scope: 'all',
				returnAll: true,
				options: { updatedSince: at(1) },
			}),
		);
		expect(error.description).toContain('org.permission.search.create');
	});
});
