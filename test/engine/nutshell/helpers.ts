import type { IDataObject } from 'n8n-workflow';

import { runNode } from '../../harness/engine';
import { startSandbox } from '../../sandbox';
import type { LoggedRequest, Sandbox } from '../../sandbox';
import { API_KEY, EMAIL } from '../../sandbox/nutshell';

export { API_KEY, EMAIL };

interface Store {
	records: Map<string, Record<string, unknown>>;
}

/** What the tests use of the Nutshell sandbox provider (test/sandbox/nutshell/index.js). */
export interface NutshellProvider {
	state: Record<string, Store>;
	seedLeads(count: number): string[];
	event(payloadType: string, action: string, record: { id: string }): unknown;
}

export interface NutshellSandbox {
	sandbox: Sandbox;
	provider: () => NutshellProvider;
	credentials: () => Record<string, Record<string, string>>;
	run: (
		parameters: IDataObject,
		options?: { items?: IDataObject[]; continueOnFail?: boolean },
	) => ReturnType<typeof runNode>;
	log: () => LoggedRequest[];
	calls: () => string[];
}

/** Starts the Nutshell sandbox for one test file; every request it logs is kept for the contract check. */
export function useNutshellSandbox(all: LoggedRequest[]): NutshellSandbox {
	const state = {} as NutshellSandbox;
	beforeAll(async () => {
		state.sandbox = await startSandbox({ providers: ['nutshell'] });
	});
	afterAll(async () => {
		all.push(...state.sandbox.requestsFor('nutshell'));
		await state.sandbox.close();
	});
	beforeEach(() => {
		all.push(...state.sandbox.requestsFor('nutshell'));
		state.sandbox.reset();
	});
	state.credentials = () => ({
		nutshellApi: { username: EMAIL, apiKey: API_KEY, baseUrl: state.sandbox.url('nutshell') },
	});
	state.run = async (parameters, options = {}) =>
		await runNode('nutshell', parameters, { credentials: state.credentials(), ...options });
	state.provider = () => state.sandbox.provider<NutshellProvider>('nutshell');
	state.log = () => state.sandbox.requestsFor('nutshell');
	state.calls = () => state.log().map((request) => `${request.method} ${request.path}`);
	return state;
}

export const rl = (value: string, mode = 'id') => ({ __rl: true, mode, value });

export function basicAuth(): string {
	return `Basic ${btoa(`${EMAIL}:${API_KEY}`)}`;
}
