/**
 * Kustomer Polling Trigger against the sandbox: repeated polls while records are added and edited,
 * equal timestamps at page and poll boundaries, a fault in the middle of a walk, first activation,
 * start date, manual mode and the size of static data.
 */
import { PAGE_SIZE } from '../../../nodes/KustomerPollingTrigger/search';
import { PACKAGE, runWorkflow } from '../../harness/engine';
import { TriggerHarness } from '../../harness/trigger';
import { startSandbox } from '../../sandbox';
import type { Sandbox } from '../../sandbox';
import { KUSTOMER_KEY, kustomerCredentials } from './setup';

interface StoredRecord {
	id: string;
	attributes: Record<string, unknown>;
	deleted: boolean;
}
interface KustomerSandbox {
	insert(
		type: string,
		attributes: Record<string, unknown>,
		rel?: Record<string, unknown>,
		id?: string,
	): StoredRecord;
	get(id: string): StoredRecord;
	state: { version: number };
}

let sandbox: Sandbox;
let credentials: Record<string, Record<string, string>>;
const kustomer = () => sandbox.provider<KustomerSandbox>('kustomer');
const searches = () =>
	sandbox.requestsFor('kustomer').filter((r) => r.path === '/v1/customers/search');

beforeAll(async () => {
	sandbox = await startSandbox({ providers: ['kustomer'], rateLimits: { kustomer: false } });
	credentials = kustomerCredentials(sandbox);
});
afterAll(async () => await sandbox.close());
beforeEach(() => sandbox.reset());

const iso = (offsetMs: number) => new Date(Date.now() + offsetMs).toISOString();
/** A customer created and last updated at `at`; ids are names, so sequences read plainly. */
const customer = (name: string, at: string) =>
	kustomer().insert('customer', { name, createdAt: at, updatedAt: at }, {}, name);
const edit = (id: string, at: string) =>
	Object.assign(kustomer().get(id).attributes, { updatedAt: at, name: `${id} (edited)` });
const ids = (out: Awaited<ReturnType<TriggerHarness['poll']>>) =>
	out ? out[0].map((item) => item.json.id) : [];

const trigger = async (parameters: Record<string, unknown> = {}) =>
	await TriggerHarness.create({
		type: 'kustomerPollingTrigger',
		parameters: { resource: 'customer', event: 'newOrUpdated', ...parameters },
		credentials,
	});

describe('new or updated customers', () => {
	it('emits nothing on first activation, then exactly what changed between polls, in order', async () => {
		customer('old', iso(-60_000));
		const node = await trigger();
		expect(await node.poll()).toBeNull();
		expect(searches()).toHaveLength(0);

		customer('a', iso(1_000));
		customer('b', iso(2_000));
		expect(ids(await node.poll())).toEqual(['a', 'b']);
		expect(await node.poll()).toBeNull();

		edit('a', iso(3_000));
		customer('c', iso(4_000));
		expect(ids(await node.poll())).toEqual(['a', 'c']);
		expect(await node.poll()).toBeNull();

		const [first] = searches();
		expect(first.query).toEqual({ page: '1', pageSize: String(PAGE_SIZE) });
		expect(first.headers.authorization).toBe(`Bearer ${KUSTOMER_KEY}`);
		expect(first.body).toEqual({
			queryContext: 'customer',
			and: [{ customer_updated_at: { gte: expect.any(String) } }],
			sort: [{ customer_updated_at: 'asc' }],
		});
		expect(node.staticData).toEqual({
			cursor: { since: kustomer().get('c').attributes.updatedAt, seen: ['c'] },
		});
	});

	it('emits history from the start date on first activation', async () => {
		customer('before', iso(-7_200_000));
		customer('after-1', iso(-3_000_000));
		customer('after-2', iso(-1_000_000));
		const node = await trigger({ startDate: iso(-3_600_000) });
		expect(ids(await node.poll())).toEqual(['after-1', 'after-2']);
		expect(await node.poll()).toBeNull();
	});

	it('neither skips nor repeats 3 records with equal updatedAt split across two pages', async () => {
		const node = await trigger({ startDate: iso(-100_000) });
		const names = Array.from(
			{ length: PAGE_SIZE - 2 },
			(_, index) => `r${String(index).padStart(3, '0')}`,
		);
		names.forEach((name, index) => customer(name, iso(-90_000 + index * 10)));
		const same = iso(-5_000);
		for (const name of ['s1', 's2', 's3']) customer(name, same);
		// Page 1 (PAGE_SIZE records) ends after s1 and s2; s3 is on page 2.
		const out = ids(await node.poll());
		expect(out).toEqual([...names, 's1', 's2', 's3']);
		expect(searches().map((r) => r.body.and)).toEqual([
			[{ customer_updated_at: { gte: expect.any(String) } }],
			[{ customer_updated_at: { gte: same } }],
		]);
		expect(await node.poll()).toBeNull();
	});

	it('emits a record that arrives later with the timestamp of the last emitted ones, once', async () => {
		const node = await trigger({ startDate: iso(-100_000) });
		const same = iso(-5_000);
		customer('e1', same);
		customer('e2', same);
		expect(ids(await node.poll())).toEqual(['e1', 'e2']);
		customer('e3', same);
		expect(ids(await node.poll())).toEqual(['e3']);
		expect(await node.poll()).toBeNull();
	});

	it('after a fault in the middle of a walk emits what arrived, and the next poll resumes with nothing lost or repeated', async () => {
		const node = await trigger({ startDate: iso(-1_000_000) });
		const names = Array.from(
			{ length: PAGE_SIZE * 2 + 50 },
			(_, index) => `k${String(index).padStart(4, '0')}`,
		);
		names.forEach((name, index) => customer(name, iso(-900_000 + index * 100)));
		// The second search fails on every retry: the walk stops after page 1.
		let seen = 0;
		const fault = sandbox.inject({
			provider: 'kustomer',
			path: (req: { path: string }) => req.path === '/v1/customers/search' && ++seen > 1,
			fault: 'status',
			status: 503,
			retryAfter: 0.001,
			times: 5,
		});
		const first = ids(await node.poll());
		expect(first).toEqual(names.slice(0, PAGE_SIZE));
		expect(fault.hits).toBe(5);
		// Edited meanwhile: k0010 was emitted already and comes again, at its new place.
		edit('k0010', iso(-1_000));
		const second = ids(await node.poll());
		expect(second).toEqual([...names.slice(PAGE_SIZE), 'k0010']);
		expect(await node.poll()).toBeNull();
	});

	it('loses nothing when a record of page 1 is edited before page 2 is read (page numbers would skip one)', async () => {
		const node = await trigger({ startDate: iso(-1_000_000) });
		const names = Array.from(
			{ length: PAGE_SIZE + 20 },
			(_, index) => `p${String(index).padStart(4, '0')}`,
		);
		names.forEach((name, index) => customer(name, iso(-900_000 + index * 100)));
		let searchesSeen = 0;
		// Not a fault: edits p0005 (already read on page 1) just as the second search arrives.
		sandbox.inject({
			provider: 'kustomer',
			path: (req: { path: string }) => {
				if (req.path === '/v1/customers/search' && ++searchesSeen === 2) edit('p0005', iso(-1_000));
				return false;
			},
			fault: 'status',
			status: 500,
		});
		expect(ids(await node.poll())).toEqual([...names, 'p0005']);
		expect(await node.poll()).toBeNull();
	});

	it.each([1_200, 5_000])(
		'emits %i records sharing one updatedAt exactly once each, then moves on to newer ones',
		async (count) => {
			const node = await trigger({ startDate: iso(-100_000) });
			customer('before', iso(-60_000));
			const same = iso(-50_000);
			const names = Array.from(
				{ length: count },
				(_, index) => `t${String(index).padStart(5, '0')}`,
			);
			for (const name of names) customer(name, same);
			const emitted: unknown[] = [];
			for (let poll = 0; poll < 3; poll++) emitted.push(...ids(await node.poll()));
			expect(emitted).toHaveLength(count + 1);
			expect(new Set(emitted).size).toBe(count + 1);
			expect(emitted[0]).toBe('before');
			expect(new Set(emitted)).toEqual(new Set(['before', ...names]));
			// Only Kustomer's documented criteria and sort are sent, and no page beyond its 10,000-record cap.
			for (const request of searches()) {
				expect(request.body.sort).toEqual([{ customer_updated_at: 'asc' }]);
				expect(Number(request.query.page) * PAGE_SIZE).toBeLessThanOrEqual(10_000);
			}
			customer('after', iso(-1_000));
			expect(ids(await node.poll())).toEqual(['after']);
			expect(await node.poll()).toBeNull();
			expect(node.staticData.cursor).toEqual({
				since: kustomer().get('after').attributes.updatedAt,
				seen: ['after'],
			});
		},
	);

	it('loses no tie when a tie already read is edited while the next page of ties is read (the ties shift back)', async () => {
		const node = await trigger({ startDate: iso(-100_000) });
		const same = iso(-50_000);
		const names = Array.from({ length: 1_200 }, (_, index) => `s${String(index).padStart(5, '0')}`);
		for (const name of names) customer(name, same);
		customer('newer', iso(-10_000));
		let edited = false;
		sandbox.inject({
			provider: 'kustomer',
			path: (req: { path: string; query: Record<string, string> }) => {
				// Just before page 2 is read, a record of page 1 leaves the tie (edited): page 2 starts one later.
				if (req.path === '/v1/customers/search' && req.query.page === '2' && !edited) {
					edited = true;
					edit('s00003', iso(-5_000));
					// The sandbox caches a search's sorted result until its store changes: say it changed.
					kustomer().state.version++;
				}
				return false;
			},
			fault: 'status',
			status: 500,
		});
		const emitted = ids(await node.poll());
		expect(new Set(emitted)).toEqual(new Set([...names, 'newer']));
		expect(emitted.filter((id) => id === 's00003')).toHaveLength(2);
		expect(emitted).toHaveLength(names.length + 2);
		expect(await node.poll()).toBeNull();
	});

	it('keeps static data small: the cursor and the ids at that one time, never the records', async () => {
		const node = await trigger({ startDate: iso(-100_000) });
		const same = iso(-5_000);
		for (let index = 0; index < 120; index++) customer(`same${index}`, same);
		expect(ids(await node.poll())).toHaveLength(120);
		expect(Object.keys(node.staticData)).toEqual(['cursor']);
		expect(JSON.stringify(node.staticData).length).toBeLessThan(120 * 20);
		expect(node.staticData.cursor).toEqual({ since: same, seen: expect.any(Array) });
	});

	it('manual mode returns the newest record and does not move the cursor', async () => {
		const node = await trigger();
		await node.poll();
		const cursor = JSON.stringify(node.staticData);
		customer('m1', iso(1_000));
		customer('m2', iso(2_000));
		const sample = await node.poll('manual');
		expect(sample).toEqual([
			[{ json: expect.objectContaining({ id: 'm2', name: 'm2' }), pairedItem: { item: 0 } }],
		]);
		expect(searches().at(-1)?.body.sort).toEqual([{ customer_updated_at: 'desc' }]);
		expect(searches().at(-1)?.query.pageSize).toBe('1');
		expect(JSON.stringify(node.staticData)).toBe(cursor);
		expect(ids(await node.poll())).toEqual(['m1', 'm2']);
	});

	it('with Include Deleted emits deletions, and without it does not', async () => {
		const withDeleted = await trigger({ options: { includeDeleted: true } });
		const without = await trigger();
		await withDeleted.poll();
		await without.poll();
		customer('d1', iso(1_000));
		Object.assign(kustomer().get('d1'), { deleted: true });
		Object.assign(kustomer().get('d1').attributes, { deleted: true, updatedAt: iso(2_000) });
		expect((await withDeleted.poll())?.[0].map((item) => item.json)).toEqual([
			expect.objectContaining({ id: 'd1', deleted: true }),
		]);
		expect(searches().at(-1)?.body.includeDeleted).toBe(true);
		expect(await without.poll()).toBeNull();
	});
});

describe('other resources', () => {
	it('"new" watches createdAt, so an edit does not emit again', async () => {
		const node = await trigger({ event: 'new' });
		await node.poll();
		customer('n1', iso(1_000));
		expect(ids(await node.poll())).toEqual(['n1']);
		edit('n1', iso(2_000));
		expect(await node.poll()).toBeNull();
		expect(searches().at(-1)?.body.and).toEqual([
			{ customer_created_at: { gte: expect.any(String) } },
		]);
	});

	it('custom objects search the chosen Klass', async () => {
		const node = await trigger({
			resource: 'kobject',
			klass: 'ecomm-order',
			startDate: iso(-100_000),
		});
		kustomer().insert(
			'kobject',
			{ title: 'Order 1', createdAt: iso(-50_000), updatedAt: iso(-50_000) },
			{ klass: { type: 'klass', id: 'ecomm-order' } },
			'o1',
		);
		kustomer().insert(
			'kobject',
			{ title: 'Sub 1', createdAt: iso(-50_000), updatedAt: iso(-50_000) },
			{ klass: { type: 'klass', id: 'subscription' } },
			'x1',
		);
		expect(ids(await node.poll())).toEqual(['o1']);
		expect(searches()[0].body).toMatchObject({
			queryContext: 'kobject_ecomm-order',
			and: [{ kobject_updated_at: { gte: expect.any(String) } }],
		});
	});

	it('refuses an empty Klass name before any request', async () => {
		const node = await trigger({ resource: 'kobject', klass: ' ' });
		await expect(node.poll()).rejects.toThrow("'Klass Name' is empty");
		expect(sandbox.requestsFor('kustomer')).toHaveLength(0);
	});
});

describe.each([
	['company', 'company', {}],
	['note', 'note', { body: 'internal' }],
] as const)('%s', (resource, prefix, extra) => {
	/** A company or note created and last updated at `at`; ids are names. */
	const record = (name: string, at: string) =>
		kustomer().insert(resource, { ...extra, name, createdAt: at, updatedAt: at }, {}, name);

	it(`searches ${prefix}_updated_at ascending and emits only ${resource} records, each once`, async () => {
		const node = await trigger({ resource, startDate: iso(-100_000) });
		record('r1', iso(-50_000));
		customer('not-me', iso(-40_000));
		record('r2', iso(-30_000));
		expect(ids(await node.poll())).toEqual(['r1', 'r2']);
		expect(await node.poll()).toBeNull();
		expect(searches()[0].body).toEqual({
			queryContext: resource,
			and: [{ [`${prefix}_updated_at`]: { gte: expect.any(String) } }],
			sort: [{ [`${prefix}_updated_at`]: 'asc' }],
		});
		expect(searches()[0].headers.authorization).toBe(`Bearer ${KUSTOMER_KEY}`);
	});

	it('neither skips nor repeats 3 records with equal updatedAt split across two pages', async () => {
		const node = await trigger({ resource, startDate: iso(-100_000) });
		const names = Array.from(
			{ length: PAGE_SIZE - 2 },
			(_, index) => `r${String(index).padStart(3, '0')}`,
		);
		names.forEach((name, index) => record(name, iso(-90_000 + index * 10)));
		const same = iso(-5_000);
		for (const name of ['s1', 's2', 's3']) record(name, same);
		expect(ids(await node.poll())).toEqual([...names, 's1', 's2', 's3']);
		expect(searches().map((r) => r.body.and)).toEqual([
			[{ [`${prefix}_updated_at`]: { gte: expect.any(String) } }],
			[{ [`${prefix}_updated_at`]: { gte: same } }],
		]);
		expect(await node.poll()).toBeNull();
	});

	it('emits a record that arrives later with the time of the last emitted ones, once', async () => {
		const node = await trigger({ resource, startDate: iso(-100_000) });
		const same = iso(-5_000);
		record('e1', same);
		record('e2', same);
		expect(ids(await node.poll())).toEqual(['e1', 'e2']);
		record('e3', same);
		expect(ids(await node.poll())).toEqual(['e3']);
		expect(await node.poll()).toBeNull();
	});

	it('"new" watches createdAt: an edit does not emit again', async () => {
		const node = await trigger({ resource, event: 'new' });
		await node.poll();
		record('n1', iso(1_000));
		expect(ids(await node.poll())).toEqual(['n1']);
		Object.assign(kustomer().get('n1').attributes, { updatedAt: iso(2_000) });
		expect(await node.poll()).toBeNull();
		expect(searches().at(-1)?.body.and).toEqual([
			{ [`${prefix}_created_at`]: { gte: expect.any(String) } },
		]);
	});
});

describe('on the real engine', () => {
	it('"Fetch Test Event" runs poll() in manual mode through WorkflowExecute and returns one sample', async () => {
		customer('w1', iso(-2_000));
		customer('w2', iso(-1_000));
		const node = {
			id: 'poll',
			name: 'Kustomer Polling Trigger',
			type: `${PACKAGE}.kustomerPollingTrigger`,
			typeVersion: 1,
			position: [0, 0] as [number, number],
			parameters: { resource: 'customer', event: 'newOrUpdated' },
			credentials: { kustomerApi: { id: 'kustomerApi', name: 'kustomerApi' } },
		};
		const result = await runWorkflow({ nodes: [node], connections: {} }, credentials);
		expect(result.error).toBeUndefined();
		expect(result.output('Kustomer Polling Trigger').map((item) => item.json.id)).toEqual(['w2']);
		expect(searches()).toHaveLength(1);
	});
});
