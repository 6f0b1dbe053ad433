/** How a change-log event is recognised as a lead won, lost or cancelled (both Nutshell triggers use this). */
import { matches, withPayload } from '../../../nodes/Nutshell/events';
import type { NutshellEvent } from '../../../nodes/Nutshell/events';
import { leadClosing, outcomeKind, outcomeKindOf } from '../../../nodes/Nutshell/unconfirmed';

const event = (fields: Partial<NutshellEvent> = {}): NutshellEvent => ({
	id: '1-events',
	payloadType: 'leads',
	action: 'status',
	changes: [],
	links: { payloads: ['9-leads'] },
	...fields,
});
const filter = (...actions: string[]) => ({ entities: ['leads'], actions });

describe('lead closings in the change log', () => {
	it.each([
		['won', 'won'],
		['Lost', 'lost'],
		['canceled', 'cancelled'],
		[10, 'won'],
		['11', 'lost'],
		[{ value: 12, name: 'Cancelled' }, 'cancelled'],
		['open', undefined],
		['', undefined],
		[null, undefined],
		[['won'], undefined],
		['wonderful', undefined],
	])('reads %j as %s', (value, kind) => {
		expect(outcomeKindOf(value)).toBe(kind);
	});

	it('reads an outcome record by its status, else its type', () => {
		expect(outcomeKind({ status: 'lost', type: 'won' })).toBe('lost');
		expect(outcomeKind({ type: 'Won' })).toBe('won');
		expect(outcomeKind({ name: 'Won' })).toBeUndefined();
	});

	it('takes the outcome from the change first, then from the lead sent with the event', () => {
		const change = [{ attribute: 'status', oldValue: 'open', newValue: 'lost' }];
		expect(leadClosing(event({ changes: change }), { status: 'won' })).toEqual({
			closing: true,
			outcome: 'lost',
		});
		expect(leadClosing(event(), { status: 'won' })).toEqual({ closing: true, outcome: 'won' });
		expect(leadClosing(event(), null)).toEqual({ closing: true, outcome: undefined });
		expect(leadClosing(event({ action: 'update' }), { status: 'won' })).toEqual({ closing: false });
		expect(
			leadClosing(
				event({ action: 'update', changes: [{ attribute: 'outcome', newValue: { name: 'Won' } }] }),
				null,
			),
		).toEqual({ closing: true, outcome: 'won' });
		expect(leadClosing(event({ payloadType: 'contacts' }), { status: 'won' })).toEqual({
			closing: false,
		});
	});

	it('filters: an outcome event matches only its own outcome; an unknown outcome asks for the lead', () => {
		const won = event({ changes: [{ attribute: 'status', newValue: 'won' }] });
		expect(matches(won, filter('won'))).toBe(true);
		expect(matches(won, filter('lost', 'cancelled'))).toBe(false);
		expect(matches(won, filter('status'))).toBe(true);
		expect(matches(won, filter('create'))).toBe(false);
		expect(matches(event(), filter('won'), null)).toBe('readLead');
		expect(matches(event(), filter('won'), { id: '9-leads', status: 'lost' })).toBe(false);
		expect(matches(event({ action: 'create' }), filter('won'), { status: 'won' })).toBe(false);
		expect(matches(won, { entities: ['contacts'], actions: ['won'] })).toBe(false);
	});

	it('puts the outcome on the item when the event says it', () => {
		const item = withPayload(event(), [{ id: '9-leads', status: 'cancelled' }]);
		expect(item).toMatchObject({ payload: { id: '9-leads' }, outcome: 'cancelled' });
		expect(
			withPayload(event({ action: 'create' }), [{ id: '9-leads', status: 'won' }]),
		).not.toHaveProperty('outcome');
	});
});
