/**
 * Nutshell Return All with pages in parallel, on the engine: exactly the output of one page after
 * another (flood, a 5xx retried, a Limit), and paging that cannot end (the same page again and again,
 * with or without ids; pages past the announced total) stops with a clear error after a few requests.
 */
import type { IDataObject } from 'n8n-workflow';

import type { LoggedRequest } from '../../sandbox';
import { expectConforming } from '../../contract/nutshell/spec';
import { useNutshellSandbox } from './helpers';

const logged: LoggedRequest[] = [];
afterAll(() => expectConforming(logged));
const ns = useNutshellSandbox(logged);

const leads = (extra: IDataObject = {}, options: IDataObject = {}) => ({
	resource: 'lead',
	operation: 'getMany',
	returnAll: true,
	simple: true,
	options,
	...extra,
});
/** How long page 1's answer is held: long enough that a busy machine still fits the pages asked meanwhile. */
const HOLD_MS = 1000;
const pagesOf = (log: LoggedRequest[]) => log.map((request) => Number(request.query['page[page]']));
const onPage = (page: number) => (req: { path: string; query: IDataObject }) =>
	req.path === '/rest/leads' && req.query['page[page]'] === String(page);

describe('Nutshell Return All with pages in parallel', () => {
	it('a flood of 2,050 leads: concurrency 1, 2 (default) and 5 give exactly the same output, each page read once', async () => {
		const ids = ns.provider().seedLeads(2_050);
		const outputs: IDataObject[][] = [];
		for (const concurrency of [1, undefined, 5]) {
			ns.sandbox.clearRequests();
			// Page 1 is slow, so later pages come back before it.
			ns.sandbox.inject({ provider: 'nutshell', path: onPage(1), fault: 'delay', ms: HOLD_MS });
			const { items, error } = await ns.run(
				leads({}, concurrency === undefined ? {} : { concurrency }),
			);
			expect(error).toBeUndefined();
			outputs.push(items.map((item) => item.json));
			const pages = pagesOf(ns.log());
			expect([...pages].sort((a, b) => a - b)).toEqual(
				Array.from({ length: 22 }, (_, page) => page),
			);
			const at = (page: number) => ns.log()[pages.indexOf(page)].time;
			if (concurrency === 1) {
				expect(pages).toEqual(Array.from({ length: 22 }, (_, page) => page));
				expect(at(2) - at(1)).toBeGreaterThanOrEqual(HOLD_MS);
			} else {
				// While page 1 is held the other slots go on, up to twice the concurrency pages ahead of it.
				const ahead = 2 * (concurrency ?? 2) - 1;
				expect(at(1 + ahead) - at(1)).toBeLessThan(HOLD_MS);
				expect(at(2 + ahead) - at(1)).toBeGreaterThanOrEqual(HOLD_MS);
			}
		}
		expect(outputs[0].map((lead) => lead.id)).toEqual(ids);
		expect(outputs[1]).toEqual(outputs[0]);
		expect(outputs[2]).toEqual(outputs[0]);
	});

	it('a page answered 502 twice is retried; the output is still exactly the sequential one', async () => {
		ns.provider().seedLeads(640);
		const reference = await ns.run(leads({}, { concurrency: 1 }));
		ns.sandbox.clearRequests();
		ns.sandbox.inject({
			provider: 'nutshell',
			path: onPage(3),
			fault: 'status',
			status: 502,
			retryAfter: '0.05',
			times: 2,
		});
		const { items, error } = await ns.run(leads({}, { concurrency: 4 }));
		expect(error).toBeUndefined();
		expect(items.map((item) => item.json)).toEqual(reference.items.map((item) => item.json));
		expect(
			ns
				.log()
				.filter((request) => request.query['page[page]'] === '3')
				.map((request) => request.status),
		).toEqual([502, 502, 200]);
	});

	it('a Limit of 250 asks for pages 0 to 2 only, even with 5 pages allowed at once', async () => {
		ns.provider().seedLeads(3_000);
		const { items } = await ns.run(leads({ returnAll: false, limit: 250 }, { concurrency: 5 }));
		expect(items).toHaveLength(250);
		expect([...pagesOf(ns.log())].sort()).toEqual([0, 1, 2]);
	});

	it('records without ids from an endpoint that ignores page[page]: a clear error after 3 pages, not a walk to 100,000', async () => {
		// Every request gets the same 100 leads without ids, and a total that would allow 100,000 pages.
		const same = Array.from({ length: 100 }, (_, i) => ({
			name: `Lead ${i}`,
			value: { amount: i },
		}));
		ns.sandbox.inject({
			provider: 'nutshell',
			path: '/rest/leads',
			fault: 'status',
			status: 200,
			body: { meta: { total: 10_000_000 }, leads: same },
			times: Infinity,
		});
		const { items, error } = await ns.run(leads({}, { concurrency: 4 }), { continueOnFail: true });
		expect(error).toBeUndefined();
		expect(items).toHaveLength(1);
		expect(items[0].json.error).toBe(
			'Paging stopped: the API kept returning a page it had already sent (after 3 pages) [item 0]',
		);
		// Three pages read in order, plus what was already asked ahead (at most twice the concurrency).
		expect(ns.log().length).toBeLessThanOrEqual(3 + 2 * 4);
	});

	it('the same with ids, one page after another: stops after 3 requests', async () => {
		const [first] = [ns.provider().seedLeads(100)];
		const page = (await ns.run(leads({ returnAll: false, limit: 100, simple: false }))).items.map(
			(item) => item.json,
		);
		expect(page.map((lead) => lead.id)).toEqual(first);
		ns.sandbox.clearRequests();
		ns.sandbox.inject({
			provider: 'nutshell',
			path: '/rest/leads',
			fault: 'status',
			status: 200,
			body: { meta: { total: 100_000 }, leads: page },
			times: Infinity,
		});
		const { items } = await ns.run(leads({}, { concurrency: 1 }), { continueOnFail: true });
		expect(items[0].json.error).toMatch(
			/^Paging stopped: the API kept returning a page it had already sent/,
		);
		expect(ns.log()).toHaveLength(3);
	});

	it('pages that never end past the announced total stop at a cap that fits the total', async () => {
		// meta.total says 250 (3 pages and the empty one), but every page brings 100 new leads without ids.
		for (let page = 0; page < 40; page++) {
			const body = {
				meta: { total: 250 },
				leads: Array.from({ length: 100 }, (_, i) => ({ name: `Lead ${page * 100 + i}` })),
			};
			ns.sandbox.inject({
				provider: 'nutshell',
				path: onPage(page),
				fault: 'status',
				status: 200,
				body,
				times: Infinity,
			});
		}
		const { items } = await ns.run(leads({}, { concurrency: 2 }), { continueOnFail: true });
		expect(items).toHaveLength(1);
		expect(items[0].json.error).toBe(
			'Paging stopped: the API kept sending pages past the 14-page limit of one list [item 0]',
		);
		expect(ns.log().length).toBeLessThanOrEqual(14);
	});
});
