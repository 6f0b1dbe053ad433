/**
 * Satisfaction Survey › Get Responses on the real engine (n8n-core WorkflowExecute, built package
 * from dist/): ranges from expressions (ISO text and Luxon dates), one range per input item.
 */
import { calls, startKustomer } from './helpers';
import type { KustomerSandbox } from './helpers';

let k: KustomerSandbox;
beforeAll(async () => (k = await startKustomer()));
afterAll(async () => await k.sandbox.close());
beforeEach(() => k.sandbox.reset());

const DAY = 24 * 3600 * 1000;
const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString();

/** A conversation whose customer answered the survey `answeredDaysAgo`, updated `updatedDaysAgo`. */
function answered(name: string, answeredDaysAgo: number, updatedDaysAgo: number, rating: number) {
	const [customer] = k.provider.seedCustomers(1);
	const c = k.provider.insert('conversation', { name }, { customer: customer.id });
	k.provider.satisfaction.respond(
		c.id,
		{
			createdAt: ago(answeredDaysAgo + 1),
			updatedAt: ago(answeredDaysAgo),
			status: 'rated',
			rating,
			score: rating >= 4 ? 1 : 0,
			channel: 'chat',
		},
		{ updatedAt: ago(updatedDaysAgo) },
	);
	return c.id;
}

describe('Kustomer CSAT responses on the engine', () => {
	it('each input item reads its own range, given as ISO text or a Luxon date, paired to it', async () => {
		const lastWeek = answered('last week', 6, 1, 5);
		const lastMonth = answered('last month', 25, 2, 2);
		answered('long ago', 80, 3, 4);
		k.sandbox.clearRequests();

		const { items, error } = await k.run(
			{
				resource: 'satisfaction',
				operation: 'getResponses',
				ratedFrom: '={{ $json.from ?? $now.minus({ days: 30 }) }}',
				ratedTo: '={{ $json.to ?? "" }}',
				returnAll: true,
			},
			{ items: [{ from: ago(10) }, {}, { from: ago(40), to: ago(20) }] },
		);

		expect(error).toBeUndefined();
		expect(
			items.map((item) => [item.json.conversation, item.json.rating, item.pairedItem]),
		).toEqual([
			[lastWeek, 5, { item: 0 }],
			[lastMonth, 2, { item: 1 }],
			[lastWeek, 5, { item: 1 }],
			[lastMonth, 2, { item: 2 }],
		]);
		expect(calls(k.requests())).toEqual(Array(3).fill('POST /v1/customers/search'));
		expect(k.requests().map((r) => r.body.queryContext)).toEqual(Array(3).fill('conversation'));
	});
});
