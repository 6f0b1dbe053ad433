/**
 * Nutshell Webhook Trigger (URL pasted by hand): the secret in the URL, 401 without it, the
 * client-side filter on Nutshell's firehose, de-duplication of retried deliveries, and activation
 * refusing a weak secret.
 */
import { TriggerHarness } from '../../harness/trigger';

/** The value users put after ?secret= in the URL they paste into Nutshell. */
const URL_CODE = ['k3v9', 'Qm2x_Lr8Tz4', 'Wn6Yp1Hs5'].join('-');

const trigger = async (parameters: Record<string, unknown> = {}) =>
	await TriggerHarness.create({
		type: 'nutshellWebhookTrigger',
		parameters: { secret: URL_CODE, entities: ['leads'], ...parameters },
		credentials: {},
	});

const firehose = (...events: Array<[id: string, payloadType: string, action: string]>) => ({
	meta: { instanceId: 1 },
	events: events.map(([id, payloadType, action]) => ({
		id,
		createdTime: 1_760_000_000,
		actorType: 'users',
		payloadType,
		action,
		changes: [],
		links: { actor: '1-users', payloads: [`${id}-${payloadType}`] },
	})),
	payloads: events.map(([id, payloadType]) => ({
		id: `${id}-${payloadType}`,
		name: `record ${id}`,
	})),
});

it('emits the watched changes, each with its record, when the URL carries the secret', async () => {
	const node = await trigger();
	const out = await node.webhook({
		body: firehose(
			['1', 'leads', 'create'],
			['2', 'contacts', 'create'],
			['3', 'leads', 'stagechange'],
		),
		query: { secret: URL_CODE },
	});
	expect(
		out.items.map((item) => [
			item.json.id,
			item.json.action,
			(item.json.payload as { id: string }).id,
		]),
	).toEqual([
		['1', 'create', '1-leads'],
		['3', 'stagechange', '3-leads'],
	]);
	expect(out.items[0].pairedItem).toEqual({ item: 0 });
});

it.each([
	['no secret', {}],
	['a wrong secret', { secret: `${URL_CODE.slice(0, -1)}x` }],
	['a prefix of the secret', { secret: URL_CODE.slice(0, 10) }],
])('answers 401 and starts nothing for %s', async (_name, query) => {
	const node = await trigger();
	const out = await node.webhook({
		body: firehose(['1', 'leads', 'create']),
		query: query as Record<string, string>,
	});
	expect(out.status).toBe(401);
	expect(out.result).toEqual({ noWebhookResponse: true });
	expect(out.items).toEqual([]);
});

it('answers 401 to everything while the configured secret is too short', async () => {
	const node = await trigger({ secret: 'short' });
	expect(
		(await node.webhook({ body: firehose(['1', 'leads', 'create']), query: { secret: 'short' } }))
			.status,
	).toBe(401);
});

it('starts the workflow once for a retried delivery, and not at all when nothing matches', async () => {
	const node = await trigger();
	const body = firehose(['7', 'leads', 'create']);
	expect((await node.webhook({ body, query: { secret: URL_CODE } })).items).toHaveLength(1);
	const retry = await node.webhook({ body, query: { secret: URL_CODE } });
	expect([retry.status, retry.items.length]).toEqual([200, 0]);
	const other = await node.webhook({
		body: firehose(['8', 'accounts', 'create']),
		query: { secret: URL_CODE },
	});
	expect([other.status, other.items.length]).toEqual([200, 0]);
	expect(node.staticData.recentDeliveries).toEqual(['7']);
});

it('filters by action when asked, and takes every entity when none is chosen', async () => {
	const node = await trigger({ entities: [], options: { actions: ['status'] } });
	const out = await node.webhook({
		body: firehose(['1', 'leads', 'create'], ['2', 'leads', 'status'], ['3', 'accounts', 'status']),
		query: { secret: URL_CODE },
	});
	expect(out.items.map((item) => item.json.id)).toEqual(['2', '3']);
});

it('refuses activation with a weak secret, and accepts a strong one', async () => {
	await expect((await trigger({ secret: 'password' })).activate()).rejects.toThrow(
		"'Secret' must be at least 24 characters",
	);
	await expect((await trigger({ secret: `${URL_CODE}/?` })).activate()).rejects.toThrow(
		/letters, digits/,
	);
	await expect((await trigger()).activate()).resolves.toBeUndefined();
});

it('Lead Won, Lost and Cancelled each start the workflow only for leads closed that way', async () => {
	const closing = (id: string, newValue: string, status: string) => ({
		id,
		createdTime: 1_760_000_000,
		actorType: 'users',
		payloadType: 'leads',
		action: 'status',
		changes: [{ attribute: 'status', oldValue: 'open', newValue }],
		links: { actor: '1-users', payloads: [`${id}-leads`] },
		status,
	});
	const body = {
		events: [
			closing('1', 'won', 'won'),
			closing('2', 'lost', 'lost'),
			closing('3', 'cancelled', 'cancelled'),
			// The status action without a change: the lead sent with it says how it closed.
			{ ...closing('4', '', ''), changes: [] },
			// An edit of a won lead is no closing.
			{ ...closing('5', '', ''), action: 'update', changes: [] },
		],
		payloads: ['won', 'lost', 'cancelled', 'lost', 'won'].map((status, index) => ({
			id: `${index + 1}-leads`,
			status,
		})),
	};
	for (const [outcome, expected] of [
		['won', ['1']],
		['lost', ['2', '4']],
		['cancelled', ['3']],
	] as const) {
		const node = await trigger({ options: { actions: [outcome] } });
		const out = await node.webhook({ body, query: { secret: URL_CODE } });
		expect(out.items.map((item) => [item.json.id, item.json.outcome])).toEqual(
			expected.map((id) => [id, outcome]),
		);
	}
});
