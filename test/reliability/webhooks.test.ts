/**
 * Forged webhook deliveries against the secret checks of the three webhook triggers. The 401s and "no
 * execution" are run in test/engine/triggers/*.test.ts; this file proves HOW the secret is compared: every
 * comparison goes through crypto.timingSafeEqual over the whole expected value, with no early exit on the first
 * differing character or on a length mismatch, so response time does not leak how much of a guess was right.
 */
import { hmacSha256Hex } from '../../nodes/shared/webhook';
import { spyOnTimingSafeEqual } from '../harness/crypto-spy';
import { TriggerHarness } from '../harness/trigger';
import type { WebhookRequest } from '../harness/trigger';

const SECRET = [
	'a1b2c3d4',
	'e5f6a7b8',
	'c9d0e1f2',
	'a3b4c5d6',
	'e7f8a9b0',
	'c1d2e3f4',
	'a5b6c7d8',
	'e9f0a1b2',
].join('');
const flip = (text: string, at: number) =>
	`${text.slice(0, at)}${text[at] === '0' ? '1' : '0'}${text.slice(at + 1)}`;

interface Case {
	name: string;
	/** A trigger whose stored secret is SECRET (as activation would leave it). */
	create: () => Promise<TriggerHarness>;
	/** A delivery carrying `guess` where the real one carries the secret (or its signature). */
	deliver: (guess: string) => WebhookRequest;
	/** What the node compares the guess with. */
	expected: () => string;
}

const event = {
	id: 'evt-1',
	name: 'kustomer.customer.update',
	data: { type: 'customer', id: 'c1' },
	createdAt: new Date().toISOString(),
};
const rawBody = JSON.stringify(event);

const CASES: Case[] = [
	{
		name: 'Gladly Trigger (secret header)',
		create: async () => {
			const trigger = await TriggerHarness.create({
				type: 'gladlyTrigger',
				parameters: { events: ['CONVERSATION/CLOSED'] },
				credentials: {},
			});
			Object.assign(trigger.staticData, { webhookId: 'wh-1', secret: SECRET });
			return trigger;
		},
		deliver: (guess) => ({
			body: { type: 'CONVERSATION/CLOSED', content: { conversationId: 'c1' } },
			headers: { 'X-N8N-Gladly-Token': guess },
		}),
		expected: () => SECRET,
	},
	{
		name: 'Kustomer Trigger (HMAC signature)',
		create: async () => {
			const trigger = await TriggerHarness.create({
				type: 'kustomerTrigger',
				parameters: { events: ['kustomer.customer.update'] },
				credentials: {},
			});
			Object.assign(trigger.staticData, { webhookId: 'hook-1', token: SECRET });
			return trigger;
		},
		deliver: (guess) => ({
			body: event,
			rawBody,
			headers: { 'X-Kustomer-Webhook-Signature': guess, 'Content-Type': 'application/json' },
		}),
		expected: () => hmacSha256Hex(SECRET, rawBody),
	},
	{
		name: 'Nutshell Webhook Trigger (secret in the URL)',
		create: async () =>
			await TriggerHarness.create({
				type: 'nutshellWebhookTrigger',
				parameters: { secret: SECRET, entities: [] },
				credentials: {},
			}),
		deliver: (guess) => ({ body: { events: [], payloads: [] }, query: { secret: guess } }),
		expected: () => SECRET,
	},
];

describe.each(CASES)('$name', ({ create, deliver, expected }) => {
	let spy: ReturnType<typeof spyOnTimingSafeEqual>;
	beforeEach(() => {
		spy = spyOnTimingSafeEqual();
	});
	afterEach(() => spy.mockRestore());

	/** The (expected, guess) pairs the node handed to timingSafeEqual, as text. */
	const compared = () =>
		spy.mock.calls.map(([a, b]) => [
			Buffer.from(a as Uint8Array).toString(),
			Buffer.from(b as Uint8Array).toString(),
		]);

	it.each([
		['wrong in the first character', (s: string) => flip(s, 0)],
		['wrong in the last character', (s: string) => flip(s, s.length - 1)],
	])('a guess %s is compared in full by timingSafeEqual and refused', async (_name, guessFrom) => {
		const trigger = await create();
		const guess = guessFrom(expected());
		const out = await trigger.webhook(deliver(guess));
		expect(out.status).toBe(401);
		expect(out.items).toEqual([]);
		expect(compared()).toContainEqual([expected(), guess]);
	});

	it('a guess of another length still costs one full-length comparison, and is refused', async () => {
		const trigger = await create();
		const out = await trigger.webhook(deliver(expected().slice(0, 8)));
		expect(out.status).toBe(401);
		expect(spy).toHaveBeenCalled();
		for (const [a, b] of compared())
			expect([a.length, b.length]).toEqual([expected().length, expected().length]);
	});

	it('the right value passes the same comparison', async () => {
		const trigger = await create();
		const out = await trigger.webhook(deliver(expected()));
		expect(out.status).not.toBe(401);
		expect(compared()).toContainEqual([expected(), expected()]);
	});
});
