/**
 * Kustomer delivery admission on its own: the workflow's static data and this process's copy are one
 * log, either alone refuses a replay, and the process copy forgets idle webhooks.
 */
import type { IDataObject } from 'n8n-workflow';

import {
	MAX_REMEMBERED,
	admitDelivery,
	rememberedWebhooks,
} from '../../../nodes/KustomerTrigger/replay';

const NOW = Date.parse('2026-12-07T12:00:00.000Z');
const at = (minutes: number) => new Date(NOW + minutes * 60_000).toISOString();
let keyCount = 0;
const freshKey = () => `registration-${keyCount++}`;

describe('admitDelivery', () => {
	it('refuses a replay from the process copy when the static data was lost', () => {
		const key = freshKey();
		expect(admitDelivery({}, 'evt-1', at(0), key, NOW)).toBe('new');
		expect(admitDelivery({}, 'evt-1', at(0), key, NOW + 1_000)).toBe('duplicate');
	});

	it('refuses a replay from the static data when the process restarted (another key)', () => {
		const staticData: IDataObject = {};
		expect(admitDelivery(staticData, 'evt-1', at(0), freshKey(), NOW)).toBe('new');
		expect(admitDelivery(staticData, 'evt-1', at(0), freshKey(), NOW + 1_000)).toBe('duplicate');
	});

	it('keeps the higher floor of the two copies: a flood forgotten in one stays refused', () => {
		const key = freshKey();
		const staticData: IDataObject = {};
		expect(admitDelivery(staticData, 'evt-captured', at(-5), key, NOW)).toBe('new');
		for (let index = 0; index < MAX_REMEMBERED + 10; index++)
			admitDelivery(staticData, `evt-${index}`, at(-4), key, NOW);
		// Static data lost: the process copy alone must still refuse the forgotten id.
		expect(admitDelivery({}, 'evt-captured', at(-5), key, NOW)).toBe('stale');
		// Process copy lost (restart): the static data alone must too.
		expect(admitDelivery(staticData, 'evt-captured', at(-5), freshKey(), NOW)).toBe('stale');
		expect((staticData.deliveries as { seen: unknown[] }).seen.length).toBe(MAX_REMEMBERED);
	});

	it('does not let two registrations share ids', () => {
		const [a, b] = [freshKey(), freshKey()];
		expect(admitDelivery({}, 'evt-1', at(0), a, NOW)).toBe('new');
		expect(admitDelivery({}, 'evt-1', at(0), b, NOW)).toBe('new');
	});

	it('forgets the webhooks that had no delivery within the window (bounded memory)', () => {
		for (let index = 0; index < 200; index++) admitDelivery({}, 'evt-1', at(0), freshKey(), NOW);
		expect(rememberedWebhooks()).toBeGreaterThanOrEqual(200);
		const later = NOW + 11 * 60_000;
		admitDelivery({}, 'evt-2', new Date(later).toISOString(), freshKey(), later);
		expect(rememberedWebhooks()).toBe(1);
	});

	it('reads a corrupted static-data log as empty instead of failing the delivery', () => {
		const staticData: IDataObject = { deliveries: { floor: 'x', seen: [null, 'y', 3] } };
		expect(admitDelivery(staticData, 'evt-1', at(0), freshKey(), NOW)).toBe('new');
	});
});
