/**
 * Runs the Kustomer node's TypeScript sources (no build needed) on the shared fake execute context
 * (test/harness/unit.ts) with HTTP sent to the sandbox. Requests are asserted from the sandbox log.
 */
import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { KustomerApi } from '../../../credentials/KustomerApi.credentials';
import { Kustomer } from '../../../nodes/Kustomer/Kustomer.node';
import { execute, fakeContext, sandboxTransport } from '../../harness/unit';
import { startSandbox } from '../../sandbox';
import type { LoggedRequest, Sandbox } from '../../sandbox';
import type { KustomerInstance } from '../../sandbox/kustomer';

export { binary, rl } from '../../harness/unit';

export const KEY = 'kustomer-test-key';

export interface RunOptions {
	items?: INodeExecutionData[] | IDataObject[];
	continueOnFail?: boolean;
	apiKey?: string;
}

export interface UnitSandbox {
	sandbox: Sandbox;
	provider: KustomerInstance;
	run(parameters: IDataObject, options?: RunOptions): Promise<INodeExecutionData[]>;
	/** A fake execute context, to call transport and search functions directly. */
	contextFor(parameters: IDataObject, options?: RunOptions): IExecuteFunctions;
	requests(): LoggedRequest[];
	close(): Promise<void>;
}

export async function startUnit(): Promise<UnitSandbox> {
	const sandbox = await startSandbox({ providers: ['kustomer'] });
	const credential = new KustomerApi();

	const contextFor = (parameters: IDataObject, options: RunOptions = {}): IExecuteFunctions =>
		fakeContext({
			node: {
				id: 'kustomer-unit',
				name: 'Kustomer',
				type: 'n8n-nodes-kustomer-gladly-nutshell.kustomer',
			},
			parameters,
			items: options.items,
			continueOnFail: options.continueOnFail,
			credential,
			credentials: {
				region: 'custom',
				baseUrl: sandbox.url('kustomer'),
				apiKey: options.apiKey ?? KEY,
			},
			transport: sandboxTransport,
			extractLocator(locator) {
				if (locator.mode !== 'url') return locator.value;
				const m = /(?:customers|conversations|companies)\/([0-9a-fA-F]{24})/.exec(locator.value);
				if (!m) throw new Error(`test context: not a Kustomer URL: ${locator.value}`);
				return m[1];
			},
		});

	return {
		sandbox,
		provider: sandbox.provider<KustomerInstance>('kustomer'),
		run: async (parameters, options) =>
			await execute(new Kustomer(), contextFor(parameters, options)),
		contextFor,
		requests: () => sandbox.requestsFor('kustomer'),
		close: async () => await sandbox.close(),
	};
}

/** "METHOD /path?query" of each logged request. */
export function calls(requests: LoggedRequest[]): string[] {
	return requests.map((request) => `${request.method} ${request.url}`);
}

/** The error a run failed with; a run that succeeds fails the test. */
export async function failure(
	promise: Promise<unknown>,
): Promise<Error & { description?: string | null }> {
	return await promise.then(
		() => {
			throw new Error('expected the run to fail');
		},
		(error: Error & { description?: string | null }) => error,
	);
}

/** The next request to `path` answers 403 without naming a role (as some Kustomer endpoints do). */
export function forbidOnce(sandbox: Sandbox, path: string): void {
	sandbox.inject({
		provider: 'kustomer',
		path: (req: { path: string }) => req.path === path,
		fault: 'status',
		status: 403,
		body: { errors: [{ status: '403', code: 'forbidden', title: 'Forbidden' }] },
		times: 1,
	});
}
