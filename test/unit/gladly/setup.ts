/**
 * Shared setup of the Gladly tests: the fake Gladly (test/sandbox/gladly), credentials pointing at it,
 * a runner for the built node, and the contract check every test file applies to everything it sent.
 */
import type { IDataObject } from 'n8n-workflow';

import { assertContract } from '../../contract/gladly/contract';
import { runNode } from '../../harness/engine';
import { rl } from '../../harness/unit';
import { startSandbox } from '../../sandbox';
import type { LoggedRequest, Sandbox } from '../../sandbox';

export const EMAIL = 'api-user@acme.example';
export const TOKEN = 'gladly-sandbox-token';
export const BASIC = `Basic ${Buffer.from(`${EMAIL}:${TOKEN}`).toString('base64')}`;

type Fields = Record<string, unknown>;
type Seeded = Record<string, unknown> & { id: string };

/** The seeding helpers and state of test/sandbox/gladly. */
export interface GladlySandbox {
	state: {
		customers: Map<string, Fields>;
		conversations: Map<string, Fields>;
		items: Map<string, Fields>;
		tasks: Map<string, Fields>;
		webhooks: Map<string, Fields>;
		topics: Map<string, Fields>;
		reports: Fields[];
		pings: string[];
		reportRows?: string[][];
		reportDelayMs?: number;
		pingWebhooks: boolean;
		recipientCollections: Fields[];
		callRecorders: Map<string, Fields>;
		sessions: Map<string, Fields>;
		sessionMessages: Map<string, Fields[]>;
		typing: Map<string, string>;
		jwts: string[];
	};
	addCustomer(fields: Fields): Seeded;
	merge(oldId: string, newId: string): void;
	addConversation(fields: Fields): Seeded;
	addItem(fields: Fields): Seeded;
	addAttachment(
		itemId: string,
		attachmentId: string,
		file: { filename: string; contentType: string; buffer: Buffer },
	): void;
	addRecording(itemId: string, buffer: Buffer): void;
	addTranscript(itemId: string, transcript: Fields): void;
	addTask(fields: Fields): Seeded;
	addJob(job: Fields, files?: Record<string, Array<Fields | string>>): Seeded;
	addEvent(event: Fields): Seeded;
	addWebhook(fields: Fields): Seeded;
	addAnswer(fields: Fields, contents?: Record<string, Fields>): Seeded;
	addBusinessHours(fields: Fields): Seeded;
	addSession(fields?: Fields): Seeded;
	addSessionMessage(sessionId: string, fields?: Fields): Seeded;
	/** Puts an agent on a call (recording) so the call recorder reports it. */
	startCall(agentId: string, fields?: Fields): void;
}

export interface GladlyFixture {
	sandbox: Sandbox;
	/** The provider instance: seeding helpers and state. */
	gladly: GladlySandbox;
	credentials: Record<string, Record<string, string>>;
	run(
		parameters: IDataObject,
		options?: { items?: IDataObject[]; continueOnFail?: boolean },
	): ReturnType<typeof runNode>;
	/**
	 * Runs with Continue On Fail and returns the one error item. (Errors are read from the error item:
	 * a run that stops on a NodeApiError makes every later engine run in the same file slower, doubling.)
	 */
	fail(
		parameters: IDataObject,
	): Promise<{ error: string; description?: string; httpCode?: string }>;
	/**
	 * Runs with Continue On Fail and checks that the input was refused before anything was sent, with an
	 * error that contains `says` (the parameter) and ends with the item.
	 */
	refused(parameters: IDataObject, says: string): Promise<void>;
	/** Injects a sandbox fault (`{ fault, ... }`) into Gladly's requests with this method and raw path. */
	fault(method: string, path: string, fault: IDataObject): void;
	/** Requests the node sent to Gladly, in order. */
	requests(): LoggedRequest[];
	/** "METHOD /path" of each request. */
	calls(): string[];
}

/**
 * Starts the sandbox for a test file (rate limit kept at Gladly's 10/s unless given), resets it before
 * each test and, after each test, fails the test if any request sent does not conform to the OpenAPI document.
 */
export function useGladly(
	options: { rateLimit?: { limit: number; windowMs: number } | false } = {},
): GladlyFixture {
	const fixture = {} as GladlyFixture;
	beforeAll(async () => {
		fixture.sandbox = await startSandbox({
			providers: ['gladly'],
			rateLimits: options.rateLimit === undefined ? {} : { gladly: options.rateLimit },
		});
		fixture.gladly = fixture.sandbox.provider<GladlySandbox>('gladly');
		fixture.credentials = {
			gladlyApi: {
				baseUrl: fixture.sandbox.url('gladly'),
				email: EMAIL,
				apiToken: TOKEN,
				organization: '',
				environment: 'production',
			},
		};
	});
	afterAll(async () => await fixture.sandbox.close());
	beforeEach(() => fixture.sandbox.reset());
	afterEach(() => assertContract(fixture.sandbox.requestsFor('gladly')));
	fixture.run = async (parameters, runOptions = {}) =>
		await runNode('gladly', parameters, {
			credentials: fixture.credentials,
			items: runOptions.items,
			continueOnFail: runOptions.continueOnFail,
		});
	fixture.fail = async (parameters) => {
		const { items, error } = await fixture.run(parameters, { continueOnFail: true });
		if (error) throw new Error(`expected an error item, the run stopped: ${error.message}`);
		expect(items).toHaveLength(1);
		expect(items[0].pairedItem).toEqual({ item: 0 });
		return items[0].json as { error: string; description?: string; httpCode?: string };
	};
	fixture.refused = async (parameters, says) => {
		const { error } = await fixture.fail(parameters);
		expect(error).toContain(says);
		expect(error).toMatch(/\[item 0\]$/);
		expect(fixture.requests()).toHaveLength(0);
	};
	fixture.fault = (method, path, fault) => {
		fixture.sandbox.inject({ provider: 'gladly', method, path, ...fault });
	};
	fixture.requests = () => fixture.sandbox.requestsFor('gladly');
	fixture.calls = () => fixture.requests().map((request) => `${request.method} ${request.path}`);
	return fixture;
}

/** A resource locator value in ID mode. */
export const byId = (value: string) => rl(value);
