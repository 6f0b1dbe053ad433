/** Shared set-up of the Kustomer engine tests: one sandbox per test file, runNode with the credential. */
import { NodeConnectionTypes } from 'n8n-workflow';
import type { IDataObject, INode, INodeExecutionData } from 'n8n-workflow';

import { PACKAGE, runNode } from '../../harness/engine';
import type { RunResult } from '../../harness/engine';
import { startSandbox } from '../../sandbox';
import type { LoggedRequest, Sandbox } from '../../sandbox';
import type { KustomerInstance } from '../../sandbox/kustomer';

export const KEY = 'kustomer-test-key';

export interface KustomerSandbox {
	sandbox: Sandbox;
	/** The fake Kustomer's instance: state, insert(), seedCustomers(), configure(). */
	provider: KustomerInstance;
	credentials: (apiKey?: string) => Record<string, IDataObject>;
	run: (
		parameters: IDataObject,
		options?: { items?: IDataObject[]; continueOnFail?: boolean; apiKey?: string },
	) => Promise<{ items: INodeExecutionData[]; error?: RunResult['error'] }>;
	requests: () => LoggedRequest[];
}

/** Starts the Kustomer sandbox for a test file (call in beforeAll), with fast rate-limit windows. */
export async function startKustomer(): Promise<KustomerSandbox> {
	const sandbox = await startSandbox({ providers: ['kustomer'] });
	const credentials = (apiKey = KEY) => ({
		kustomerApi: { region: 'custom', baseUrl: sandbox.url('kustomer'), apiKey },
	});
	return {
		sandbox,
		provider: sandbox.provider<KustomerInstance>('kustomer'),
		credentials,
		run: async (parameters, options = {}) => {
			const result = await runNode('kustomer', parameters, {
				credentials: credentials(options.apiKey),
				items: options.items,
				continueOnFail: options.continueOnFail,
			});
			return { items: result.items, error: result.error };
		},
		requests: () => sandbox.requestsFor('kustomer'),
	};
}

/** "METHOD /path" of each logged request. */
export function calls(requests: LoggedRequest[]): string[] {
	return requests.map((request) => `${request.method} ${request.path}`);
}

export const byId = (mode: 'id' | 'list' | 'url', value: string) => ({ __rl: true, mode, value });

/** A Kustomer node of a test workflow, with the test credential. */
export function kustomerNode(name: string, x: number, parameters: Record<string, unknown>): INode {
	return {
		id: name,
		name,
		type: `${PACKAGE}.kustomer`,
		typeVersion: 1,
		position: [x, 0],
		parameters: parameters as INode['parameters'],
		credentials: { kustomerApi: { id: 'kustomerApi', name: 'kustomerApi' } },
	};
}

/** Connections that run the named nodes one after another. */
export const chain = (...names: string[]) =>
	Object.fromEntries(
		names
			.slice(0, -1)
			.map((name, i) => [
				name,
				{ main: [[{ node: names[i + 1], type: NodeConnectionTypes.Main, index: 0 }]] },
			]),
	);
