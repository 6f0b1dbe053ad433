/**
 * The fault matrix: every fault cell × every operation family of one app, each run twice (Continue
 * On Fail off with one input item, on with two), each run searched for the app's secrets. Cells run
 * concurrently, each on its own sandbox, so the back-off sleeps overlap.
 */
import { sleep } from 'n8n-workflow';
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import type { AppHarness, AppSpec, Family, RunOutcome, SandboxRequest, Seeded } from './apps';

/** The shared core's bound on attempts per request (nodes/shared/retry.ts MAX_ATTEMPTS). */
export const MAX_ATTEMPTS = 5;

export type CellKind = 'status' | 'network' | 'unreadable' | 'repeat';

export interface Cell {
	name: string;
	/** The sandbox fault, without its target. */
	fault: IDataObject;
	kind: CellKind;
	/** Whether the provider processed the request although the node saw a failure (delay, truncate). */
	processed: boolean;
	/** A 429: the provider provably did not process it, so even a create may be repeated. */
	notProcessed?: boolean;
	/** What the error must say besides the item: the status and the provider's message. */
	says: RegExp;
	/** Only for families with Return All over pages. */
	paged?: boolean;
	/** Only for download families (see downloadRule). */
	downloadOnly?: boolean;
}

/** The fault list. A Retry-After of 1 ms (or none) keeps the matrix fast (0 would mean the back-off). */
export const CELLS: Cell[] = [
	{
		name: '429 with Retry-After',
		fault: { fault: 'status', status: 429, retryAfter: 0.001 },
		kind: 'status',
		processed: false,
		notProcessed: true,
		says: /answered 429/,
	},
	{
		name: '429 without Retry-After',
		fault: { fault: 'status', status: 429, retryAfter: null },
		kind: 'status',
		processed: false,
		notProcessed: true,
		says: /answered 429/,
	},
	...[500, 502, 503, 504].map((status) => ({
		name: `${status}`,
		fault: { fault: 'status', status, retryAfter: 0.001 },
		kind: 'status' as const,
		processed: false,
		says: new RegExp(`answered ${status}: .*Injected fault: HTTP ${status}`),
	})),
	{
		name: 'connection reset mid-response',
		fault: { fault: 'reset', stage: 'body' },
		kind: 'network',
		processed: false,
		says: /Could not reach \w+ \(\w+\)/,
	},
	{
		name: 'delayed past the timeout',
		fault: { fault: 'delay', ms: 1600 },
		kind: 'network',
		processed: true,
		says: /Could not reach \w+ \(\w+\)/,
	},
	{
		name: 'truncated JSON',
		fault: { fault: 'truncate' },
		kind: 'unreadable',
		processed: true,
		says: /unreadable response \(HTTP 2\d\d/,
	},
	{
		name: 'HTML error page',
		fault: { fault: 'html' },
		kind: 'status',
		processed: false,
		says: /answered 502: .*502 Bad Gateway/i,
	},
	{
		name: 'empty 200 body',
		fault: { fault: 'empty' },
		kind: 'unreadable',
		processed: false,
		says: /unreadable response \(HTTP 200, empty body\)/,
	},
	{
		name: 'repeated page cursor',
		fault: { fault: 'repeatPage', passToHandler: true },
		kind: 'repeat',
		processed: false,
		says: /Paging stopped: the API kept returning a page it had already sent/,
		paged: true,
	},
	{
		// A proxy's or login wall's page, answered with 200 where the file was due.
		name: 'HTML page with 200 in place of the file',
		fault: { fault: 'html', status: 200 },
		kind: 'unreadable',
		processed: false,
		says: /unreadable response \(HTTP 200: 200 Error\)/,
		downloadOnly: true,
	},
];

/**
 * What a download (an operation that hands on a file as binary data) must do in each cell, decided
 * here once for every app:
 * - 'asGet': 429 with or without Retry-After, 5xx, the 502 HTML error page, a connection reset
 *   mid-response and a delay past the timeout are errors or broken connections like for any get: a
 *   GET of a file is as safe to repeat, so the node retries within bounds, then fails the item with
 *   the status (or the network failure) and the item named; Continue On Fail gives one error item
 *   paired to its input. The reset sends headers announcing the whole Content-Length, half the body,
 *   then closes: that is the cut a client can see (a body shorter than its Content-Length), and the
 *   family's verify compares the delivered bytes with the whole file, so a cut body never passes.
 * - 'refused': a 200 whose body cannot be the file (an empty body, an HTML page) must not be handed
 *   on as the file: the node refuses it, through the shared layer's file check (retried like any
 *   unreadable response, so a transient one recovers) or at once with its own message (the family's
 *   `refusesAtOnce`). Every download family here has a file that always has bytes and is never HTML
 *   (a conversation attachment listed with a non-zero size and a non-HTML type, an MP3, a CSV with
 *   its header line, a PDF), so an empty 200 is a lost body there, not an empty file. Operations
 *   whose file can truly be empty or HTML (an attachment of unknown or zero size, a JSONL export of a
 *   job without records, a report asked as HTML) take such a body as the file.
 * - `notApplicable`: the cell does not apply, for that reason.
 */
export type DownloadRule = 'asGet' | 'refused' | { notApplicable: string };

export function downloadRule(cell: Cell): DownloadRule {
	if (cell.fault.fault === 'truncate')
		// The sandbox's `truncate` sends the first half of the body with a Content-Length of that half:
		// a complete, well-formed HTTP response of a shorter file. In JSON the cut shows (the body does
		// not parse); a CSV, an MP3, a PDF or an attachment carries no end marker, and the size Kustomer
		// lists for an attachment is what the uploader declared, not a checksum. Nothing the node
		// receives tells this body from a shorter file, so no behaviour can be required of it. The cut a
		// client can see is the reset mid-response above, which every download runs.
		return {
			notApplicable:
				'a body cut to a matching Content-Length is indistinguishable from a shorter file',
		};
	if (cell.fault.fault === 'empty' || (cell.fault.fault === 'html' && cell.fault.status === 200))
		return 'refused';
	return 'asGet';
}

/** What the error must say for this family and cell. */
function saysFor(family: Family, cell: Cell): RegExp {
	return family.name === 'download' && downloadRule(cell) === 'refused' && family.refusesAtOnce
		? family.refusesAtOnce
		: cell.says;
}

/** Whether the cell runs for the family (paged cells need Return All; downloads skip what does not apply). */
function applies(family: Family, cell: Cell): boolean {
	if (cell.paged && !family.secondPage) return false;
	if (family.name !== 'download') return cell.downloadOnly !== true;
	return typeof downloadRule(cell) === 'string';
}

/** Faults after which the provider has processed the write: the create must still exist exactly once. */
export const PROCESSED_CELLS: Cell[] = [
	{
		name: '500 after processing',
		fault: { fault: 'status', status: 500, retryAfter: 0.001, processThenFail: true },
		kind: 'status',
		processed: true,
		says: /answered 500/,
	},
	{
		name: 'reset after processing',
		fault: { fault: 'reset', stage: 'headers', processThenFail: true },
		kind: 'network',
		processed: true,
		says: /Could not reach \w+ \(\w+\)/,
	},
	{
		name: 'HTML page after processing',
		fault: { fault: 'html', processThenFail: true },
		kind: 'status',
		processed: true,
		says: /answered 502/,
	},
	{
		name: 'empty 200 after processing',
		fault: { fault: 'empty', processThenFail: true },
		kind: 'unreadable',
		processed: true,
		says: /unreadable response/,
	},
];

const WRITES = new Set(['create', 'update', 'delete', 'upsert', 'send']);

/** Whether the node must end the run in success for this transient fault. */
export function expectSuccess(family: Family, cell: Cell): boolean {
	if (family.name === 'download' && downloadRule(cell) === 'refused')
		return family.refusesAtOnce === undefined;
	return (
		family.retrySafe ||
		cell.notProcessed === true ||
		(cell.fault.fault === 'truncate' && family.bodyless === true)
	);
}

function matcher(target: Family['target'] | NonNullable<Family['secondPage']>) {
	const { path, query } = target;
	return (request: SandboxRequest) =>
		(typeof path === 'string' ? request.path === path : path.test(request.path)) &&
		(!query || query(request.query));
}

function inject(harness: AppHarness, family: Family, cell: Cell, times: number) {
	const target = cell.kind === 'repeat' ? family.secondPage! : family.target;
	const matches = matcher(target);
	return harness.sandbox.inject({
		...cell.fault,
		provider: harness.app,
		method: target.method,
		path: (request: SandboxRequest) => matches(request),
		times,
	});
}

/** The requests the fault's target received (every attempt). */
function targetRequests(harness: AppHarness, family: Family): number {
	const matches = matcher(family.target);
	return harness
		.requests()
		.filter(
			(request) =>
				request.method === family.target.method && matches(request as unknown as SandboxRequest),
		).length;
}

export function expectNoSecrets(harness: AppHarness, outcome: RunOutcome): void {
	for (const secret of harness.secrets)
		expect(outcome.stored.includes(secret) ? secret : 'absent').toBe('absent');
}

function itemOf(item: INodeExecutionData): number {
	return (item.pairedItem as { item: number }).item;
}

/** One input item yields its results or exactly one error item, each paired to it. */
function expectPairing(output: INodeExecutionData[], inputs: number): void {
	for (const item of output) expect(itemOf(item)).toBeGreaterThanOrEqual(0);
	const paired = output.map(itemOf);
	expect([...paired].sort((a, b) => a - b)).toEqual(paired);
	for (let input = 0; input < inputs; input++) expect(paired).toContain(input);
	for (const item of output)
		if (item.json.error !== undefined)
			expect(paired.filter((index) => index === itemOf(item))).toHaveLength(1);
}

interface Scenario {
	family: Family;
	cell: Cell;
	/** Fault every matching request (a fault that never clears), instead of only the first. */
	persistent?: boolean;
	continueOnFail: boolean;
}

/** Runs one scenario on a fresh sandbox and checks every property the issue asks of it. */
export async function runScenario(
	spec: AppSpec,
	{ family, cell, persistent = false, continueOnFail }: Scenario,
): Promise<void> {
	const harness = await spec.start();
	try {
		const inputs = continueOnFail ? 2 : 1;
		const seed: Seeded = family.seed(harness, inputs);
		const before = family.count?.(harness) ?? 0;
		// A fault that never clears during the item's attempts (and then does, so item 1 shows pairing).
		inject(harness, family, cell, persistent ? (cell.kind === 'repeat' ? 2 : MAX_ATTEMPTS) : 1);
		const parameters = family.parameters(seed);
		// "Delayed past the timeout" uses Options › Timeout, set to 1 s (the delay is 1.6 s); other cells keep the default.
		if (cell.fault.fault === 'delay')
			parameters.options = { ...((parameters.options as IDataObject) ?? {}), timeout: 1 };
		const outcome = await harness.run(parameters, {
			items: family.items(seed, inputs),
			continueOnFail,
		});
		expectNoSecrets(harness, outcome);
		// A delayed request is processed after the node gave up on it: count once the sandbox is done.
		if (cell.fault.fault === 'delay') await sleep(Number(cell.fault.ms) + 150);

		const succeeds = !persistent && expectSuccess(family, cell);
		const attempts = targetRequests(harness, family);
		// Retries stay within bounds, for every item.
		expect(attempts).toBeLessThanOrEqual(
			MAX_ATTEMPTS * inputs + (family.name === 'getMany' ? 4 * inputs : 0),
		);
		if (!family.retrySafe && !cell.notProcessed) {
			// Never sent twice unless provably not processed: one request per input item.
			expect(attempts).toBeLessThanOrEqual(inputs);
		}
		if (family.count) {
			const written = (family.count(harness) ?? 0) - before;
			if (succeeds) expect(written).toBe(inputs);
			else expect(written).toBe(inputs - 1 + (cell.processed ? 1 : 0));
		}

		if (succeeds) {
			expect(outcome.error).toBeUndefined();
			expect(outcome.items.filter((item) => item.json.error !== undefined)).toEqual([]);
			expectPairing(outcome.items, inputs);
			family.verify(harness, seed, outcome.items, inputs);
			return;
		}
		if (!continueOnFail) {
			expect(outcome.error).toBeDefined();
			const error = outcome.error!;
			expect(error.message).toMatch(/\[item 0\]/);
			expect(error.message).toMatch(saysFor(family, cell));
			if (cell.processed && cell.kind !== 'status' && WRITES.has(family.name))
				expect(`${error.message} ${error.description ?? ''}`).toMatch(
					/may have processed|retried after a timeout/,
				);
			return;
		}
		expect(outcome.error).toBeUndefined();
		expectPairing(outcome.items, inputs);
		const failed = outcome.items.filter((item) => item.json.error !== undefined);
		expect(failed).toHaveLength(1);
		expect(itemOf(failed[0])).toBe(0);
		expect(String(failed[0].json.error)).toMatch(/\[item 0\]/);
		expect(String(failed[0].json.error)).toMatch(saysFor(family, cell));
		// The second item was not faulted: it has its normal result.
		expect(
			outcome.items
				.filter((item) => itemOf(item) === 1)
				.every((item) => item.json.error === undefined),
		).toBe(true);
	} finally {
		await harness.close();
	}
}

/** Matrix cells known to fail: `app/family/cell/mode` → why (reported as a defect, kept visible with it.failing). */
export type KnownDefects = Record<string, string>;

/** Registers the matrix of one app: cells × families × Continue On Fail off/on. */
export function defineFaultMatrix(spec: AppSpec, defects: KnownDefects = {}): void {
	const register = (title: string, key: string, body: () => Promise<void>) => {
		const defect = defects[key];
		if (defect) it.concurrent.failing(`DEFECT (${defect}): ${title}`, body, 60_000);
		else it.concurrent(title, body, 60_000);
	};
	for (const family of spec.families) {
		describe(`${spec.app} ${family.name}`, () => {
			for (const cell of CELLS) {
				if (!applies(family, cell)) continue;
				for (const continueOnFail of [false, true]) {
					const mode = continueOnFail ? 'continueOnFail' : 'stop';
					const outcome = expectSuccess(family, cell) ? 'recovers' : 'fails cleanly';
					register(
						`${cell.name} (transient, ${mode}): ${outcome}`,
						`${spec.app}/${family.name}/${cell.name}/${mode}`,
						async () => runScenario(spec, { family, cell, continueOnFail }),
					);
				}
			}
			if (family.retrySafe || family.secondPage) {
				// Faults that never clear: bounded retries, then an error that names item, status and message.
				// For downloads also a body that is never the file: bounded retries, then the item fails.
				const persistentCells = CELLS.filter((cell) =>
					cell.paged
						? family.secondPage
						: family.retrySafe &&
							((cell.kind === 'status' && ['429 with Retry-After', '503'].includes(cell.name)) ||
								(family.name === 'download' &&
									!family.refusesAtOnce &&
									downloadRule(cell) === 'refused')),
				);
				for (const cell of persistentCells) {
					for (const continueOnFail of [false, true]) {
						const mode = continueOnFail ? 'continueOnFail' : 'stop';
						register(
							`${cell.name} (persistent, ${mode}): stops within bounds`,
							`${spec.app}/${family.name}/${cell.name} persistent/${mode}`,
							async () => runScenario(spec, { family, cell, persistent: true, continueOnFail }),
						);
					}
				}
			}
			if (WRITES.has(family.name)) {
				for (const cell of PROCESSED_CELLS) {
					for (const continueOnFail of [false, true]) {
						const mode = continueOnFail ? 'continueOnFail' : 'stop';
						const outcome = family.retrySafe
							? 'recovers without a duplicate'
							: 'fails cleanly without a duplicate';
						register(
							`${cell.name} (${mode}): ${outcome}`,
							`${spec.app}/${family.name}/${cell.name}/${mode}`,
							async () => runScenario(spec, { family, cell, continueOnFail }),
						);
					}
				}
			}
		});
	}
}
