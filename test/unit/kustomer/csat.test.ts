/**
 * Satisfaction Survey › Get Responses: CSAT responses read from the conversations that carry them
 * (`satisfactionLevel`), through the conversation search on the update time, filtered on the
 * response's own time and status.
 */
import type { IDataObject } from 'n8n-workflow';

import { kustomerSearch } from '../../../nodes/Kustomer/search';
import { calls, failure, forbidOnce, KEY, startUnit } from './context';
import type { UnitSandbox } from './context';

let k: UnitSandbox;
beforeAll(async () => (k = await startUnit()));
afterAll(async () => await k.close());
beforeEach(() => k.sandbox.reset());

const DAY = 24 * 3600 * 1000;
/** Thirty days ago: the range below is [base, base + 10 days], all inside the search window. */
const base = Date.now() - 30 * DAY;
const day = (n: number, ms = 0) => new Date(base + n * DAY + ms).toISOString();
const FROM = day(0);
const TO = day(10);
const searches = () => k.requests().filter((r) => r.path === '/v1/customers/search');

/** A response as Kustomer stores it, sent a day before `answeredAt` and changed then. */
function level(status: string, answeredAt: string, extra: IDataObject = {}): IDataObject {
	const sent = new Date(Date.parse(answeredAt) - DAY).toISOString();
	return {
		form: 'form-1',
		formResponse: `response to ${status}`,
		createdAt: sent,
		updatedAt: answeredAt,
		status,
		sentAt: sent,
		firstAnswer: answeredAt,
		score: 1,
		rating: 5,
		channel: 'email',
		sentBy: 'user-1',
		sentByTeams: ['team-1'],
		...extra,
	};
}

/**
 * A customer's conversation last updated at `updatedAt`, with the survey response `response` (the
 * customer answering updates the conversation; `updatedAt` is a later change, e.g. a new message).
 */
function conversation(name: string, updatedAt: string, response?: IDataObject) {
	const customer = k.provider.insert('customer', { name });
	const c = k.provider.insert('conversation', { name, updatedAt }, { customer: customer.id });
	if (response) k.provider.satisfaction.respond(c.id, response, { updatedAt });
	return { id: c.id, customer: customer.id };
}

const run = (parameters: IDataObject, items?: IDataObject[]) =>
	k.run({ resource: 'satisfaction', operation: 'getResponses', ...parameters }, { items });

describe('Kustomer › Satisfaction Survey › Get Responses', () => {
	it('searches conversations updated since From, oldest first, and keeps the responses changed in [From, To]', async () => {
		const inside = conversation('inside', day(2), level('rated', day(2)));
		// Rated before From; a later message updated the conversation into the search.
		conversation('rated before', day(3), level('rated', day(-1)));
		// Rated in the range; updated again after To: the search must not stop at To.
		const late = conversation('updated after To', day(15), level('commented', day(9)));
		conversation('rated after To', day(12), level('rated', day(11)));
		conversation('offered only', day(4), level('offered', day(4)));
		conversation('no survey', day(5));
		const comment = conversation(
			'commented',
			day(6),
			level('commented', day(6), { rating: 2, score: 0, formResponse: 'Slow reply' }),
		);
		// On the bounds: both ends are part of the range.
		const atFrom = conversation('at From', day(0, 1), level('rated', FROM));
		const atTo = conversation('at To', day(10), level('rated', TO));
		k.sandbox.clearRequests();

		const out = await run({ ratedFrom: FROM, ratedTo: TO, returnAll: true });

		expect(calls(k.requests())).toEqual(['POST /v1/customers/search?page=1&pageSize=500']);
		expect(k.requests()[0].headers.authorization).toBe(`Bearer ${KEY}`);
		expect(k.requests()[0].body).toEqual({
			queryContext: 'conversation',
			and: [{ conversation_updated_at: { gte: FROM } }],
			sort: [{ conversation_updated_at: 'asc' }],
		});
		expect(out.map((item) => item.json.conversation)).toEqual([
			atFrom.id,
			inside.id,
			comment.id,
			atTo.id,
			late.id,
		]);
		expect(out.every((item) => JSON.stringify(item.pairedItem) === '{"item":0}')).toBe(true);
		expect(out[2].json).toEqual({
			conversation: comment.id,
			customer: comment.customer,
			status: 'commented',
			rating: 2,
			score: 0,
			formResponse: 'Slow reply',
			form: 'form-1',
			channel: 'email',
			sentAt: day(5),
			firstAnswer: day(6),
			updatedAt: day(6),
			createdAt: day(5),
			sentBy: 'user-1',
			sentByTeams: ['team-1'],
			satisfaction: 2,
		});
	});

	it('Status picks the responses returned; a response never changed is placed by its creation time', async () => {
		const offered = conversation('offered', day(2), level('offered', day(2)));
		const scheduledLevel = level('scheduled', day(3), { updatedAt: undefined });
		const scheduled = conversation('scheduled', day(4), scheduledLevel);
		conversation('rated', day(5), level('rated', day(5)));
		conversation('canceled', day(6), level('canceled', day(6)));
		const unresponded = conversation('unresponded', day(7), level('unresponded', day(7)));
		// Created (scheduled) before From, and never changed since: outside the range.
		const oldLevel = level('scheduled', day(-1), { updatedAt: undefined });
		conversation('old scheduled', day(8), oldLevel);

		const out = await run({
			ratedFrom: FROM,
			ratedTo: TO,
			statuses: ['offered', 'scheduled', 'unresponded'],
			returnAll: true,
		});
		expect(out.map((item) => [item.json.conversation, item.json.status])).toEqual([
			[offered.id, 'offered'],
			[scheduled.id, 'scheduled'],
			[unresponded.id, 'unresponded'],
		]);
		expect(out[1].json.updatedAt).toBeUndefined();
	});

	it('Limit counts responses, not conversations, and the search still reads full pages', async () => {
		for (let i = 0; i < 40; i++) conversation(`silent ${i}`, day(1, i * 1000));
		const answered = Array.from(
			{ length: 10 },
			(_, i) =>
				conversation(`answered ${i}`, day(2, i * 1000), level('rated', day(2, i * 1000))).id,
		);
		k.sandbox.clearRequests();
		const out = await run({ ratedFrom: FROM, ratedTo: TO, returnAll: false, limit: 7 });
		expect(out.map((item) => item.json.conversation)).toEqual(answered.slice(0, 7));
		expect(calls(searches())).toEqual(['POST /v1/customers/search?page=1&pageSize=500']);
	});

	it('Return All goes past the search cap on page 1 only, each response once, in order', async () => {
		// Any page past the first answers 400: only the keyset walk on the update time reads them all.
		k.provider.configure({ searchMaxPages: 1 });
		const ids = Array.from({ length: 1203 }, (_, i) => {
			// Three conversations share one update time across the first page boundary.
			const at = day(1, (i >= 499 && i <= 501 ? 499 : i) * 1000);
			const answered = i % 4 !== 0;
			const c = conversation(`c${i}`, at, answered ? level('rated', at) : undefined);
			return answered ? c.id : undefined;
		}).filter((id) => id !== undefined);
		k.sandbox.clearRequests();
		const out = await run({ ratedFrom: FROM, ratedTo: TO, returnAll: true });
		expect(out.map((item) => item.json.conversation)).toEqual(ids);
		expect(searches().every((r) => r.query.page === '1')).toBe(true);
		expect(searches().length).toBeGreaterThanOrEqual(3);
	});

	it('Rated To defaults to now; Include Archived reads the archive first; Raw Data gives the conversation', async () => {
		const now = Date.now();
		const recent = conversation(
			'recent',
			day(25),
			level('rated', new Date(now - 60_000).toISOString()),
		);
		// A clock ahead of ours: answered after the node runs, so not yet in range.
		conversation('ahead', day(25, 1), level('rated', new Date(now + DAY).toISOString()));
		const ancient = new Date(now - 3 * 365 * DAY).toISOString();
		const archived = conversation('archived', ancient, level('commented', ancient));
		const from = new Date(now - 4 * 365 * DAY).toISOString();
		k.sandbox.clearRequests();

		const out = await run({
			ratedFrom: from,
			returnAll: true,
			options: { includeArchived: true, rawData: true },
		});
		expect(k.requests().map((r) => r.path)).toEqual([
			'/v1/customers/archive/search',
			'/v1/customers/search',
		]);
		expect(out.map((item) => item.json.id)).toEqual([archived.id, recent.id]);
		expect(out[0].json).toMatchObject({
			type: 'conversation',
			attributes: { satisfactionLevel: { status: 'commented' } },
		});
	});

	it('refuses a missing or unreadable date, From after To, or a status that is not one, naming parameter and item, sending nothing', async () => {
		const items = [{}, {}];
		await expect(run({ ratedFrom: '', returnAll: true }, items)).rejects.toThrow(
			/Parameter 'Rated From' is empty.*\[item 0\]/,
		);
		await expect(run({ ratedFrom: 'last week', returnAll: true })).rejects.toThrow(
			/Parameter 'Rated From'.*ISO 8601.*\[item 0\]/,
		);
		await expect(run({ ratedFrom: FROM, ratedTo: '31/12/2026', returnAll: true })).rejects.toThrow(
			/Parameter 'Rated To'.*ISO 8601/,
		);
		await expect(run({ ratedFrom: TO, ratedTo: FROM, returnAll: true })).rejects.toThrow(
			`Parameter 'Rated From' is after Rated To (${TO} > ${FROM})`,
		);
		await expect(
			run({ ratedFrom: new Date(Date.now() + DAY).toISOString(), returnAll: true }),
		).rejects.toThrow(/Parameter 'Rated From' is after Rated To/);
		await expect(run({ ratedFrom: FROM, statuses: [], returnAll: true })).rejects.toThrow(
			"Parameter 'Status' is empty",
		);
		await expect(
			run({ ratedFrom: FROM, statuses: ['rated', 'happy'], returnAll: true }),
		).rejects.toThrow(/Parameter 'Status' must be among .*"happy"/);
		await expect(run({ ratedFrom: FROM, returnAll: false, limit: 0 })).rejects.toThrow(
			/Parameter 'Limit'/,
		);
		expect(k.requests()).toHaveLength(0);
	});

	it('a second item with bad input fails on its own with Continue On Fail; the first still gets its responses', async () => {
		const c = conversation('one', day(2), level('rated', day(2)));
		k.sandbox.clearRequests();
		const out = await k.run(
			{
				resource: 'satisfaction',
				operation: 'getResponses',
				ratedFrom: '={{ $json.from }}',
				ratedTo: TO,
				returnAll: true,
			},
			{ items: [{ from: FROM }, { from: 'soon' }], continueOnFail: true },
		);
		expect(out.map((item) => [item.json.conversation ?? item.json.error, item.pairedItem])).toEqual(
			[
				[c.id, { item: 0 }],
				[expect.stringContaining("Parameter 'Rated From'"), { item: 1 }],
			],
		);
		expect(searches()).toHaveLength(1);
	});

	it('names org.permission.search.create when the key lacks the search role', async () => {
		forbidOnce(k.sandbox, '/v1/customers/search');
		const error = await failure(run({ ratedFrom: FROM, returnAll: true }));
		expect(error.description).toContain('org.permission.search.create');
	});

	it('the search filter behind it counts kept records on any sort, reading full pages', async () => {
		for (let i = 0; i < 30; i++)
			k.provider.insert('customer', { name: `c${String(i).padStart(2, '0')}` });
		k.sandbox.clearRequests();
		const records = await kustomerSearch(
			{ n8n: k.contextFor({}) },
			{ queryContext: 'customer', sort: [{ customer_name: 'asc' }] },
			{
				returnAll: false,
				limit: 5,
				keep: (record) => Number(String(record.attributes?.name).slice(1)) % 2 === 0,
			},
		);
		expect(records.map((r) => r.attributes?.name)).toEqual(['c00', 'c02', 'c04', 'c06', 'c08']);
		expect(calls(k.requests())).toEqual(['POST /v1/customers/search?page=1&pageSize=500']);
	});
});
