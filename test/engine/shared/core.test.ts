/**
 * The shared core through a real node on the real engine: retries, pacing, paging, pairing and error
 * items, against a minimal provider served by the sandbox framework.
 */
import { runNode } from '../../harness/engine';
import { startSandbox } from '../../sandbox';
import type { Sandbox } from '../../sandbox';

const KEY = 'core-test-key';

/** A tiny Kustomer-shaped provider: enough for customer get and getMany. */
const miniKustomer = {
	name: 'kustomer',
	defaultRateLimit: null,
	authenticate(req: { headers: Record<string, string> }) {
		return req.headers.authorization === `Bearer ${KEY}`
			? null
			: { status: 401, body: { errors: [{ status: 401, title: 'Unauthorized' }] } };
	},
	create() {
		const customers = Array.from({ length: 7 }, (_, index) => ({
			type: 'customer',
			id: `c${index + 1}`,
			attributes: { name: `Customer ${index + 1}` },
		}));
		return {
			reset() {},
			routes: [
				[
					'GET',
					'/v1/customers',
					(req: { query: Record<string, string> }) => {
						const page = Number(req.query.page ?? 1);
						const size = Number(req.query.pageSize ?? 100);
						const data = customers.slice((page - 1) * size, page * size);
						const next =
							page * size < customers.length
								? `/v1/customers?page=${page + 1}&pageSize=${size}`
								: null;
						return { body: { data, links: { next }, meta: { page, pageSize: size } } };
					},
				],
				[
					'GET',
					'/v1/customers/:id',
					(req: { params: { id: string } }) => {
						const found = customers.find((customer) => customer.id === req.params.id);
						return found
							? { body: { data: found } }
							: {
									status: 404,
									body: {
										errors: [{ status: 404, title: 'Not Found', detail: 'customer not found' }],
									},
								};
					},
				],
			],
		};
	},
};

let sandbox: Sandbox;
let credentials: Record<string, Record<string, string>>;

beforeAll(async () => {
	sandbox = await startSandbox({ providers: [miniKustomer] });
	credentials = {
		kustomerApi: { region: 'custom', baseUrl: sandbox.url('kustomer'), apiKey: KEY },
	};
});
afterAll(async () => await sandbox.close());
beforeEach(() => sandbox.reset());

const getCustomer = (customerId: string) => ({
	resource: 'customer',
	operation: 'get',
	customerId: { __rl: true, mode: 'id', value: customerId },
	simple: true,
});

describe('shared core on the engine', () => {
	it('sends the request with the credential and pairs each output to its input', async () => {
		const { items, error } = await runNode('kustomer', getCustomer('={{ $json.id }}'), {
			credentials,
			items: [{ id: 'c2' }, { id: 'c5' }],
		});
		expect(error).toBeUndefined();
		expect(items.map((item) => [item.json.id, item.json.name, item.pairedItem])).toEqual([
			['c2', 'Customer 2', { item: 0 }],
			['c5', 'Customer 5', { item: 1 }],
		]);
		const logged = sandbox.requestsFor('kustomer');
		expect(logged.map((request) => `${request.method} ${request.path}`)).toEqual([
			'GET /v1/customers/c2',
			'GET /v1/customers/c5',
		]);
		expect(logged[0].headers.authorization).toBe(`Bearer ${KEY}`);
	});

	it('pages with links.next until the end, without fetching a page twice', async () => {
		const { items } = await runNode(
			'kustomer',
			{ resource: 'customer', operation: 'getMany', returnAll: true, simple: true },
			{ credentials },
		);
		expect(items.map((item) => item.json.id)).toEqual(['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7']);
		expect(sandbox.requestsFor('kustomer').map((request) => request.url)).toEqual([
			'/v1/customers?page=1&pageSize=100',
		]);
	});

	it('retries a transient 503 on a GET and succeeds', async () => {
		sandbox.inject({
			provider: 'kustomer',
			path: '/v1/customers/c1',
			fault: 'status',
			status: 503,
			retryAfter: 0.001,
		});
		const { items, error } = await runNode('kustomer', getCustomer('c1'), { credentials });
		expect(error).toBeUndefined();
		expect(items[0].json.id).toBe('c1');
		expect(sandbox.requestsFor('kustomer').map((request) => request.status)).toEqual([503, 200]);
	});

	it('with Continue On Fail gives one error item per failed input item, paired to it', async () => {
		const { items, error } = await runNode('kustomer', getCustomer('={{ $json.id }}'), {
			credentials,
			items: [{ id: 'c1' }, { id: 'missing' }, { id: 'c3' }],
			continueOnFail: true,
		});
		expect(error).toBeUndefined();
		expect(items).toHaveLength(3);
		expect(items[1].pairedItem).toEqual({ item: 1 });
		expect(items[1].json.error).toMatch(/Kustomer answered 404: customer not found \[item 1\]/);
		expect(items[2].json.id).toBe('c3');
	});

	it('refuses an id of ".." before sending anything', async () => {
		const { error } = await runNode('kustomer', getCustomer('..'), { credentials });
		expect(error?.message).toBe(`Parameter 'Customer' cannot be ".." [item 0]`);
		expect(sandbox.requestsFor('kustomer')).toHaveLength(0);
	});
});
