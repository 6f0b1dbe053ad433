/**
 * Nutshell Polling Trigger on the sandbox's change log (/rest/events: since_id, limit, newest first):
 * repeated polls while records change, a burst larger than one page, a fault between pages,
 * first activation, filters, deletions, full records, manual mode and the size of static data.
 */
import { TriggerHarness } from '../../harness/trigger';
import { startSandbox } from '../../sandbox';
import type { Sandbox } from '../../sandbox';
import { nutshellCredentials } from './setup';

interface Stored {
	id: string;
	[key: string]: unknown;
}
interface NutshellSandbox {
	state: { deleted: Stored[]; eventsOrder: 'oldest' | 'newest' };
	add(store: string, record: Record<string, unknown>): Stored;
	event(payloadType: string, action: string, record: Stored, changes?: unknown[]): Stored;
}

let sandbox: Sandbox;
let credentials: Record<string, Record<string, string>>;
const nutshell = () => sandbox.provider<NutshellSandbox>('nutshell');
const eventCalls = () => sandbox.requestsFor('nutshell').filter((r) => r.path === '/rest/events');

beforeAll(async () => {
	sandbox = await startSandbox({ providers: ['nutshell'] });
	credentials = nutshellCredentials(sandbox);
});
afterAll(async () => await sandbox.close());
beforeEach(() => sandbox.reset());

/** Adds a record and its change event; returns the record id. */
const change = (store: string, action: string, fields: Record<string, unknown> = {}) => {
	const record = nutshell().add(store, { name: `${store} record`, ...fields });
	nutshell().event(
		store,
		action,
		record,
		action === 'stagechange'
			? [{ attribute: 'stage', oldValue: '101-stages', newValue: '102-stages' }]
			: [],
	);
	return record.id;
};
const deletion = (store: string, id: string) =>
	nutshell().state.deleted.push(
		nutshell().add('events', {
			createdTime: 1,
			actorType: 'users',
			payloadType: store,
			action: 'delete',
			changes: [],
			links: { actor: '1-users', payloads: [id] },
		}),
	);
const payloadIds = (out: Awaited<ReturnType<TriggerHarness['poll']>>) =>
	out ? out[0].map((item) => (item.json.links as { payloads: string[] }).payloads[0]) : [];

const trigger = async (parameters: Record<string, unknown> = {}) =>
	await TriggerHarness.create({
		type: 'nutshellPollingTrigger',
		parameters: { entities: ['leads', 'contacts'], ...parameters },
		credentials,
	});

it('emits nothing on first activation, then each change once, oldest first, with its record', async () => {
	change('leads', 'create');
	const node = await trigger();
	expect(await node.poll()).toBeNull();
	expect(eventCalls()[0].query).toEqual({ limit: '1' });

	const lead = change('leads', 'create', { name: 'Big deal' });
	const person = change('contacts', 'create');
	change('accounts', 'create'); // not watched
	const out = await node.poll();
	expect(payloadIds(out)).toEqual([lead, person]);
	expect(out?.[0][0].json).toMatchObject({
		payloadType: 'leads',
		action: 'create',
		payload: { id: lead, name: 'Big deal' },
	});
	expect(out?.[0][0].pairedItem).toEqual({ item: 0 });
	expect(eventCalls()[1].query).toEqual({
		since_id: expect.stringMatching(/-events$/),
		limit: '100',
		'filters[payload][]': ['leads', 'contacts'],
	});
	expect(eventCalls()[1].headers.authorization).toMatch(/^Basic /);
	expect(await node.poll()).toBeNull();

	const moved = change('leads', 'stagechange');
	expect(payloadIds(await node.poll())).toEqual([moved]);
	expect(Object.keys(node.staticData)).toEqual(['cursor']);
	expect(JSON.stringify(node.staticData).length).toBeLessThan(100);
});

it('walks a burst larger than one page in order, without gaps or repeats', async () => {
	const node = await trigger();
	await node.poll();
	const ids = Array.from({ length: 250 }, (_, index) =>
		change(index % 2 ? 'contacts' : 'leads', 'create', { name: `r${index}` }),
	);
	expect(payloadIds(await node.poll())).toEqual(ids);
	expect(
		eventCalls()
			.slice(1)
			.map((r) => r.query.since_id),
	).toHaveLength(3);
	expect(await node.poll()).toBeNull();
});

it('after a fault between pages emits the first page, and the next poll resumes after it', async () => {
	const node = await trigger();
	await node.poll();
	const ids = Array.from({ length: 150 }, (_, index) =>
		change('leads', 'create', { name: `f${index}` }),
	);
	let seen = 0;
	const fault = sandbox.inject({
		provider: 'nutshell',
		path: (req: { path: string }) => req.path === '/rest/events' && ++seen > 1,
		fault: 'status',
		status: 503,
		retryAfter: 0.001,
		times: 5,
	});
	expect(payloadIds(await node.poll())).toEqual(ids.slice(0, 100));
	expect(fault.hits).toBe(5);
	const late = change('contacts', 'create');
	expect(payloadIds(await node.poll())).toEqual([...ids.slice(100), late]);
	expect(await node.poll()).toBeNull();
});

it('a fault on the first page fails the poll and moves nothing', async () => {
	const node = await trigger();
	await node.poll();
	const id = change('leads', 'create');
	const before = JSON.stringify(node.staticData);
	sandbox.inject({
		provider: 'nutshell',
		path: '/rest/events',
		fault: 'status',
		status: 503,
		retryAfter: 0.001,
		times: 5,
	});
	await expect(node.poll()).rejects.toThrow(/503/);
	expect(JSON.stringify(node.staticData)).toBe(before);
	expect(payloadIds(await node.poll())).toEqual([id]);
});

it('emits only the chosen actions, e.g. stage changes and won/lost', async () => {
	const node = await trigger({
		entities: ['leads'],
		options: { actions: ['stagechange', 'status'] },
	});
	await node.poll();
	change('leads', 'create');
	const staged = change('leads', 'stagechange');
	const won = change('leads', 'status');
	expect(payloadIds(await node.poll())).toEqual([staged, won]);
});

it('emits deletions when asked, once each', async () => {
	const node = await trigger({ options: { includeDeleted: true } });
	const before = change('leads', 'create');
	deletion('leads', before);
	await node.poll();
	const gone = change('leads', 'create');
	deletion('leads', gone);
	deletion('accounts', 'x-accounts'); // not watched
	const out = await node.poll();
	expect(
		out?.[0].map((item) => [
			item.json.action,
			(item.json.links as { payloads: string[] }).payloads[0],
		]),
	).toEqual([
		['create', gone],
		['delete', gone],
	]);
	expect(
		sandbox.requestsFor('nutshell').find((r) => r.path === '/rest/events/deleted')?.query,
	).toMatchObject({ 'filter[types]': 'leads', sort: '-change_time' });
	expect(await node.poll()).toBeNull();
});

it('fetches the full record when asked', async () => {
	const node = await trigger({ options: { fetchFull: true } });
	await node.poll();
	const id = change('contacts', 'create', { name: 'Ada' });
	const out = await node.poll();
	expect(out?.[0][0].json.payload).toMatchObject({ id, name: 'Ada' });
	expect(sandbox.requestsFor('nutshell').map((r) => r.path)).toContain(`/rest/contacts/${id}`);
});

it('manual mode returns the newest change and does not move the cursor', async () => {
	const node = await trigger();
	await node.poll();
	const before = JSON.stringify(node.staticData);
	change('leads', 'create');
	const newest = change('contacts', 'create');
	const sample = await node.poll('manual');
	expect(payloadIds(sample)).toEqual([newest]);
	expect(JSON.stringify(node.staticData)).toBe(before);
	expect(payloadIds(await node.poll())).toHaveLength(2);
});

describe.each([['oldest'], ['newest']] as const)(
	'when a full page after since_id holds the %s events',
	(order) => {
		beforeEach(() => {
			nutshell().state.eventsOrder = order;
		});

		it('emits a burst of 1,050 changes (mixed with unwatched ones) exactly once each, in order', async () => {
			const node = await trigger();
			await node.poll();
			const ids: string[] = [];
			for (let index = 0; index < 1_050; index++) {
				ids.push(change(index % 2 ? 'contacts' : 'leads', 'create', { name: `b${index}` }));
				if (index % 3 === 0) change('accounts', 'create'); // not watched: the watched ids have gaps
			}
			const out = payloadIds(await node.poll());
			expect(out).toEqual(ids);
			expect(await node.poll()).toBeNull();
			expect(node.staticData.cursor).toEqual({ sinceId: expect.stringMatching(/-events$/) });
			// Every request stays within what Nutshell documents for the change log.
			for (const request of eventCalls().slice(1))
				expect(Object.keys(request.query).sort()).toEqual(
					expect.arrayContaining(['limit', 'since_id']),
				);
		});

		it('after a fault in the middle of the walk, the next poll reads exactly what is left', async () => {
			const node = await trigger({ entities: ['leads'] });
			await node.poll();
			const ids = Array.from({ length: 450 }, (_, index) =>
				change('leads', 'create', { name: `g${index}` }),
			);
			let requests = 0;
			sandbox.inject({
				provider: 'nutshell',
				path: (req: { path: string }) => req.path === '/rest/events' && ++requests === 3,
				fault: 'status',
				status: 500,
				retryAfter: 0.001,
				times: 5,
			});
			const first = payloadIds(await node.poll());
			const late = change('leads', 'create');
			const second = payloadIds(await node.poll());
			expect([...first, ...second].sort()).toEqual([...ids, late].sort());
			expect(new Set([...first, ...second]).size).toBe(ids.length + 1);
			expect(await node.poll()).toBeNull();
		});
	},
);

it('Fetch Full Record: a record answering 403 or 500 carries the error; the others and the cursor move on', async () => {
	const node = await trigger({ options: { fetchFull: true } });
	await node.poll();
	const ok1 = change('leads', 'create', { name: 'fine 1' });
	const denied = change('leads', 'create', { name: 'denied' });
	const broken = change('contacts', 'create', { name: 'broken' });
	const ok2 = change('contacts', 'create', { name: 'fine 2' });
	sandbox.inject({
		provider: 'nutshell',
		path: `/rest/leads/${denied}`,
		fault: 'status',
		status: 403,
		times: Infinity,
	});
	sandbox.inject({
		provider: 'nutshell',
		path: `/rest/contacts/${broken}`,
		fault: 'status',
		status: 500,
		retryAfter: 0.001,
		times: Infinity,
	});
	const out = (await node.poll())?.[0].map((item) => item.json) ?? [];
	expect(out.map((item) => (item.links as { payloads: string[] }).payloads[0])).toEqual([
		ok1,
		denied,
		broken,
		ok2,
	]);
	expect(out[0]).toMatchObject({ payload: { id: ok1, name: 'fine 1' } });
	expect(out[0].fetchError).toBeUndefined();
	expect(out[1]).toMatchObject({
		payload: { id: denied },
		fetchError: expect.stringMatching(/403/),
	});
	expect(out[2]).toMatchObject({
		payload: { id: broken },
		fetchError: expect.stringMatching(/500/),
	});
	expect(out[3]).toMatchObject({ payload: { id: ok2, name: 'fine 2' } });
	expect(await node.poll()).toBeNull();
	const later = change('leads', 'create');
	expect(payloadIds(await node.poll())).toEqual([later]);
});

it('Include Deleted: 1,050 deletions between two checks are all emitted, once, oldest first', async () => {
	const node = await trigger({ entities: ['leads'], options: { includeDeleted: true } });
	await node.poll();
	const gone = Array.from({ length: 1_050 }, (_, index) => `${9_000 + index}-leads`);
	for (const id of gone) deletion('leads', id);
	const out = (await node.poll())?.[0].map((item) => item.json) ?? [];
	expect(out.map((item) => (item.links as { payloads: string[] }).payloads[0])).toEqual(gone);
	expect(
		out.every(
			(item) => item.action === 'delete' && item.payload === null && item.warning === undefined,
		),
	).toBe(true);
	expect(await node.poll()).toBeNull();
	deletion('leads', 'last-leads');
	expect(payloadIds(await node.poll())).toEqual(['last-leads']);
});

it('Include Deleted: a deletion list that fails holds back neither the changes nor the other kinds, and is read again next time', async () => {
	const node = await trigger({ options: { includeDeleted: true } });
	await node.poll();
	const lead = change('leads', 'create');
	deletion('leads', 'd1-leads');
	deletion('contacts', 'd2-contacts');
	const fault = sandbox.inject({
		provider: 'nutshell',
		path: (req: { path: string; query: Record<string, string> }) =>
			req.path === '/rest/events/deleted' && req.query['filter[types]'] === 'leads',
		fault: 'status',
		status: 503,
		retryAfter: 0.001,
		times: 5,
	});
	expect(payloadIds(await node.poll())).toEqual([lead, 'd2-contacts']);
	expect(fault.hits).toBe(5);
	expect(payloadIds(await node.poll())).toEqual(['d1-leads']);
	expect(await node.poll()).toBeNull();
});

describe('Lead Won, Lead Lost and Lead Cancelled', () => {
	/** A lead closed the way the sandbox's POST /leads/{id}/status records it (a status change). */
	const close = (status: string) => {
		const lead = nutshell().add('leads', { name: `${status} lead`, status, links: {} });
		nutshell().event('leads', 'status', lead, [
			{ attribute: 'status', oldValue: 'open', newValue: status },
		]);
		return lead.id;
	};

	it.each([
		['won', 'Lead Won'],
		['lost', 'Lead Lost'],
		['cancelled', 'Lead Cancelled'],
	])('%s: fires only for leads closed that way', async (outcome) => {
		const node = await trigger({
			entities: ['leads', 'contacts'],
			options: { actions: [outcome] },
		});
		await node.poll();
		const closed = { won: close('won'), lost: close('lost'), cancelled: close('cancelled') };
		change('leads', 'stagechange');
		// An edit of a lead that is already won is not a closing.
		const edited = nutshell().add('leads', { name: 'already won', status: 'won', links: {} });
		nutshell().event('leads', 'update', edited, [
			{ attribute: 'description', oldValue: 'a', newValue: 'b' },
		]);
		// A change of another kind of record that mentions a status is not a lead closing.
		const person = nutshell().add('contacts', { name: 'Ana', status: 'won' });
		nutshell().event('contacts', 'status', person, [
			{ attribute: 'status', oldValue: 'open', newValue: outcome },
		]);
		const out = await node.poll();
		expect(payloadIds(out)).toEqual([closed[outcome as keyof typeof closed]]);
		expect(out?.[0][0].json).toMatchObject({ action: 'status', outcome });
		expect(await node.poll()).toBeNull();
	});

	it('the three together each fire for their own closing, once, in order', async () => {
		const node = await trigger({ entities: ['leads'], options: { actions: ['won', 'lost'] } });
		await node.poll();
		const lost = close('lost');
		close('cancelled');
		const won = close('won');
		const out = await node.poll();
		expect(payloadIds(out)).toEqual([lost, won]);
		expect(out?.[0].map((item) => item.json.outcome)).toEqual(['lost', 'won']);
	});

	it('a closing that does not say how is decided by reading the lead', async () => {
		const won = await trigger({ entities: ['leads'], options: { actions: ['won'] } });
		const lost = await trigger({ entities: ['leads'], options: { actions: ['lost'] } });
		await won.poll();
		await lost.poll();
		const lead = nutshell().add('leads', { name: 'Quiet close', status: 'won', links: {} });
		// The change log names the closing but sends neither the change nor the lead.
		const bare = () =>
			sandbox.inject({
				provider: 'nutshell',
				path: '/rest/events',
				fault: 'status',
				status: 200,
				headers: { 'content-type': 'application/json' },
				body: {
					meta: { instanceId: 1 },
					events: [
						{
							id: '9000-events',
							createdTime: 1,
							actorType: 'users',
							payloadType: 'leads',
							action: 'status',
							changes: [],
							links: { actor: '1-users', payloads: [lead.id] },
						},
					],
					payloads: [],
				},
			});
		bare();
		const out = await won.poll();
		expect(payloadIds(out)).toEqual([lead.id]);
		expect(out?.[0][0].json.outcome).toBe('won');
		expect(sandbox.requestsFor('nutshell').map((r) => `${r.method} ${r.path}`)).toContain(
			`GET /rest/leads/${lead.id}`,
		);
		bare();
		expect(await lost.poll()).toBeNull();
	});
});
