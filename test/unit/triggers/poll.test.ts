import { mock } from 'jest-mock-extended';
import type { IPollFunctions } from 'n8n-workflow';

import { advanceTime, drain, rememberIds, triggerItems } from '../../../nodes/shared/trigger/poll';
import type { PageStep, TimeCursor } from '../../../nodes/shared/trigger/poll';

interface Row {
	id: string;
	at: string;
}
const T = (second: number) => `2026-01-01T00:00:${String(second).padStart(2, '0')}.000Z`;
const row = (id: string, second: number): Row => ({ id, at: T(second) });
const take = (rows: Row[], cursor: TimeCursor, max?: number) =>
	advanceTime(
		rows,
		cursor,
		(r) => r.at,
		(r) => r.id,
		max,
	);

describe('advanceTime', () => {
	it('takes records at or after the cursor and moves it to the newest, remembering the ids there', () => {
		const { fresh, cursor } = take([row('old', 1), row('a', 5), row('b', 7), row('c', 7)], {
			since: T(5),
			seen: [],
		});
		expect(fresh.map((r) => r.id)).toEqual(['a', 'b', 'c']);
		expect(cursor).toEqual({ since: T(7), seen: ['b', 'c'] });
	});

	it('skips ids already emitted at the cursor time, and keeps them while the time stays', () => {
		const first = take([row('s1', 9), row('s2', 9)], { since: T(0), seen: [] });
		const second = take([row('s1', 9), row('s2', 9), row('s3', 9)], first.cursor);
		expect(second.fresh.map((r) => r.id)).toEqual(['s3']);
		expect(second.cursor).toEqual({ since: T(9), seen: ['s1', 's2', 's3'] });
		expect(take([row('s1', 9), row('s2', 9), row('s3', 9)], second.cursor).fresh).toEqual([]);
	});

	it('emits a record again when it comes back with a later time (an update)', () => {
		const { cursor } = take([row('a', 3)], { since: T(0), seen: [] });
		expect(take([row('a', 3), row('a', 4)], cursor).fresh).toEqual([row('a', 4)]);
	});

	it('drops exact repeats inside one batch (a record seen on two pages)', () => {
		expect(
			take([row('a', 3), row('a', 3), row('b', 4)], { since: T(0), seen: [] }).fresh.map(
				(r) => r.id,
			),
		).toEqual(['a', 'b']);
	});

	it('bounds the remembered ids', () => {
		const rows = Array.from({ length: 30 }, (_, index) => row(`r${index}`, 5));
		expect(take(rows, { since: T(0), seen: [] }, 10).cursor.seen).toEqual(
			rows.slice(20).map((r) => r.id),
		);
	});

	it('leaves the cursor alone when nothing is new, and ignores records without a valid time', () => {
		const cursor = { since: T(5), seen: ['x'] };
		expect(take([row('x', 5), { id: 'bad', at: 'not a date' }], cursor)).toEqual({
			fresh: [],
			cursor,
		});
	});
});

describe('rememberIds', () => {
	it('says which ids are new and keeps a bounded list', () => {
		const { fresh, recent } = rememberIds(['a', 'b'], ['b', 'c', 'd', 'c'], 3);
		expect([...fresh]).toEqual(['c', 'd']);
		expect(recent).toEqual(['b', 'c', 'd']);
	});
});

describe('triggerItems', () => {
	it('is null for nothing (no execution), else one item per record', () => {
		expect(triggerItems([])).toBeNull();
		expect(triggerItems([{ id: 1 }, { id: 2 }])).toEqual([
			[
				{ json: { id: 1 }, pairedItem: { item: 0 } },
				{ json: { id: 2 }, pairedItem: { item: 0 } },
			],
		]);
	});
});

describe('drain', () => {
	const context = () => {
		const ctx = mock<IPollFunctions>();
		ctx.getPollBudgetMs.mockReturnValue(60_000);
		Object.assign(ctx, { logger: { warn: jest.fn() } });
		return ctx;
	};
	const pages = (...steps: Array<PageStep<number> | Error>) => {
		const queue = [...steps];
		return jest.fn(async () => {
			const next = queue.shift();
			if (next === undefined) throw new Error('step called too often');
			if (next instanceof Error) throw next;
			return next;
		});
	};

	it('reads pages until one says done', async () => {
		const step = pages(
			{ records: [1, 2], done: false },
			{ records: [3], done: false },
			{ records: [], done: true },
		);
		await expect(drain(context(), step)).resolves.toEqual([1, 2, 3]);
		expect(step).toHaveBeenCalledTimes(3);
	});

	it('throws when the first page fails, so nothing is emitted', async () => {
		await expect(drain(context(), pages(new Error('down')))).rejects.toThrow('down');
	});

	it('returns what arrived before a later failure, and logs it', async () => {
		const ctx = context();
		await expect(
			drain(ctx, pages({ records: [1], done: false }, new Error('down'))),
		).resolves.toEqual([1]);
		expect(ctx.logger.warn).toHaveBeenCalledWith(expect.stringContaining('down'));
	});

	it('stops at the page limit, leaving the rest for the next poll', async () => {
		const step = jest.fn(async () => ({ records: [0], done: false }));
		await expect(drain(context(), step, 3)).resolves.toEqual([0, 0, 0]);
		expect(step).toHaveBeenCalledTimes(3);
	});

	it('stops when the poll budget is spent', async () => {
		const ctx = context();
		ctx.getPollBudgetMs.mockReturnValue(0);
		const step = jest.fn(async () => ({ records: [0], done: false }));
		await drain(ctx, step);
		expect(step).toHaveBeenCalledTimes(1);
	});
});
