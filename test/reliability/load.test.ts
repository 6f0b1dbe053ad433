/**
 * Load: one execution with 5,000 input items against the rate-limited Gladly sandbox (its limit
 * scaled up to 400 requests per second so the test stays fast) ends with 5,000 items and no failure;
 * the node paces itself by Gladly's rate-limit headers, so (almost) no request is refused with 429.
 * Its pace is measured by the benchmarks (bench/), not here.
 */
import { gladly } from './apps';
import type { AppHarness } from './apps';

const ITEMS = 5000;

let harness: AppHarness;
beforeAll(async () => {
	harness = await gladly.start();
	harness.sandbox.setRateLimit('gladly', { limit: 400, windowMs: 1000 });
});
afterAll(async () => await harness.close());

it(`one execution with ${ITEMS} items finishes with every item, no failure and close to no 429`, async () => {
	const provider = harness.sandbox.provider<{
		addCustomer: (fields: Record<string, unknown>) => { id: string };
	}>('gladly');
	const ids = Array.from(
		{ length: ITEMS },
		(_, i) => provider.addCustomer({ name: `Load ${i}` }).id,
	);
	const outcome = await harness.run(
		{
			resource: 'customer',
			operation: 'get',
			customerId: { __rl: true, mode: 'id', value: '={{ $json.id }}' },
			simple: true,
		},
		{ items: ids.map((id) => ({ id })) },
	);
	expect(outcome.error).toBeUndefined();
	expect(outcome.items).toHaveLength(ITEMS);
	expect(outcome.items.map((item) => item.json.id)).toEqual(ids);
	expect(
		outcome.items.every((item, index) => (item.pairedItem as { item: number }).item === index),
	).toBe(true);
	const stats = harness.sandbox.stats('gladly');
	expect(stats.http429).toBeLessThanOrEqual(5);
	expect(stats.requests).toBe(ITEMS + stats.http429);
	// No time limit beyond the hang guard: speed and rate figures come from `npm run bench`, and a busy
	// machine must not fail this test.
}, 300_000);
