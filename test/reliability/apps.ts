/**
 * The reliability matrix, as data: one list of fault cells and, per app, one list of operation
 * families (get, get many with Return All, create, update, delete, upsert, send, download of a file
 * as binary data). Each family names the
 * node, its parameters, the sandbox request to fault, how to seed the sandbox and how to count the
 * records it writes. The test files only combine the two lists.
 */
import type { ICredentialDataDecryptedObject, IDataObject, INodeExecutionData } from 'n8n-workflow';

import { runNode } from '../harness/engine';
import type { RunResult } from '../harness/engine';
import { startSandbox } from '../sandbox';
import type { LoggedRequest, Sandbox } from '../sandbox';
import * as gladlySandbox from '../sandbox/gladly';
import type { KustomerInstance } from '../sandbox/kustomer';
import * as nutshellSandbox from '../sandbox/nutshell';
import { secretForms, serialise, withRepeatPage } from './providers';

export type AppName = 'kustomer' | 'gladly' | 'nutshell';
export type FamilyName =
	'get' | 'getMany' | 'create' | 'update' | 'delete' | 'upsert' | 'send' | 'download';

/** What a request matcher of the sandbox sees. */
export interface SandboxRequest {
	method: string;
	path: string;
	query: Record<string, string | string[]>;
}

export interface RunOutcome {
	items: INodeExecutionData[];
	error?: RunResult['error'];
	/** Everything n8n would store for the run, serialised: searched for secrets. */
	stored: string;
}

/** One sandbox for one test: started, scaled down, with the app's credentials and secrets. */
export interface AppHarness {
	app: AppName;
	sandbox: Sandbox;
	credentials: (overrides?: IDataObject) => Record<string, ICredentialDataDecryptedObject>;
	/** Every string that must never appear in output or errors. */
	secrets: string[];
	run: (
		parameters: IDataObject,
		options?: { items?: IDataObject[]; continueOnFail?: boolean; credentials?: IDataObject },
	) => Promise<RunOutcome>;
	requests: () => LoggedRequest[];
	close: () => Promise<void>;
}

/** The state a family's seed leaves for its parameters and checks. */
export interface Seeded {
	/** Id of an existing record (get, update, delete). */
	id?: string;
	/** Ids of the records a Return All must bring, in any order. */
	ids?: string[];
	/** Value a create or upsert uses (unique per run), e.g. an email. */
	key?: string;
	/** Downloads: the exact bytes of each input item's file, as text. */
	files?: string[];
}

export interface Family {
	name: FamilyName;
	/** Node parameters for input item `index` (each input item gets its own record where it writes). */
	parameters: (seed: Seeded) => IDataObject;
	/** Input items; the first one is the one the fault hits. */
	items: (seed: Seeded, count: number) => IDataObject[];
	seed: (harness: AppHarness, count: number) => Seeded;
	/** The request the fault is injected into (method and raw path, optionally the query). */
	target: {
		method: string;
		path: string | RegExp;
		query?: (query: SandboxRequest['query']) => boolean;
	};
	/**
	 * Whether the node may repeat the faulted request: true for idempotent requests and for Gladly's
	 * creates (client-generated id); false for creates and updates without an idempotency key, which
	 * are repeated only after a 429 (provably not processed).
	 */
	retrySafe: boolean;
	/** The faulted request answers without a body (204): a truncated response is then a complete one. */
	bodyless?: boolean;
	/** The second page's request, for the repeated-cursor cell (families with Return All only). */
	secondPage?: {
		method: string;
		path: string | RegExp;
		query: (query: SandboxRequest['query']) => boolean;
	};
	/** Checks a successful result for input item `index` and the sandbox state it must have left. */
	verify: (harness: AppHarness, seed: Seeded, output: INodeExecutionData[], inputs: number) => void;
	/** Records of the written kind in the sandbox (creates and upserts): never more than one per item. */
	count?: (harness: AppHarness) => number;
	/**
	 * Downloads: set when the node refuses a 2xx body that cannot be its file (an HTML page, an empty
	 * body) at once, with this message, instead of retrying it as an unreadable response.
	 */
	refusesAtOnce?: RegExp;
}

export interface AppSpec {
	app: AppName;
	node: string;
	start: () => Promise<AppHarness>;
	families: Family[];
}

const rl = (value: string, mode = 'id') => ({ __rl: true, mode, value });

/** A fresh value per call, so concurrent cells never collide. */
let sequence = 0;
export const unique = (prefix: string) =>
	`${prefix}${Date.now().toString(36)}${(++sequence).toString(36)}`;

async function harness(
	app: AppName,
	node: string,
	rateLimit: { limit: number; windowMs: number },
	credentials: (sandbox: Sandbox) => IDataObject,
	secrets: string[],
): Promise<AppHarness> {
	const sandbox = await startSandbox({
		providers: [withRepeatPage(app)],
		rateLimits: { [app]: rateLimit },
	});
	const credentialName = `${app}Api`;
	const make = (overrides: IDataObject = {}) => ({
		[credentialName]: { ...credentials(sandbox), ...overrides } as ICredentialDataDecryptedObject,
	});
	return {
		app,
		sandbox,
		credentials: make,
		secrets,
		run: async (parameters, options = {}) => {
			const result = await runNode(node, parameters, {
				credentials: make(options.credentials),
				items: options.items,
				continueOnFail: options.continueOnFail,
			});
			return {
				items: result.items,
				error: result.error,
				// Files too: a secret must not reach the bytes of a downloaded file either.
				stored:
					serialise({ run: result.run, items: result.items, error: result.error }) +
					fileTexts(result.items).join('\n'),
			};
		},
		requests: () => sandbox.requestsFor(app),
		close: async () => await sandbox.close(),
	};
}

/** The bytes of every file on the output items (n8n keeps them base64 in memory), as text. */
export function fileTexts(items: INodeExecutionData[]): string[] {
	return items.flatMap((item) =>
		Object.values(item.binary ?? {}).map((file) =>
			Buffer.from(String(file.data), 'base64').toString('utf8'),
		),
	);
}

/** The output items paired to input item `input`. */
const pairedTo = (output: INodeExecutionData[], input: number) =>
	output.filter((item) => (item.pairedItem as { item: number }).item === input);

/** Downloads: each input item has exactly its file, whole, in the `data` binary field. */
const everyInputGotItsFile: Family['verify'] = (_h, seed, output, inputs) => {
	for (let input = 0; input < inputs; input++) {
		const mine = pairedTo(output, input);
		expect(mine.map((item) => fileTexts([item]))).toEqual([[seed.files![input]]]);
		expect(Object.keys(mine[0].binary ?? {})).toEqual(['data']);
	}
};

/** Return All: each input item got every seeded record, once. */
function everyInputGotAll(
	_h: AppHarness,
	seed: Seeded,
	output: INodeExecutionData[],
	inputs: number,
): void {
	for (let input = 0; input < inputs; input++) {
		const mine = pairedTo(output, input).map((item) => String(item.json.id));
		expect(new Set(mine).size).toBe(mine.length);
		expect([...mine].sort()).toEqual([...seed.ids!].sort());
	}
}

// ---------------------------------------------------------------------------------------------
// Kustomer

const KUSTOMER_KEY = 'kustomer-test-key';

function kustomerProvider(h: AppHarness): KustomerInstance {
	return h.sandbox.provider<KustomerInstance>('kustomer');
}

/** A conversation whose one message carries an uploaded file with `text` (as after an upload). */
function kustomerConversationWithFile(h: AppHarness, text: string): string {
	const k = kustomerProvider(h);
	const [customer] = k.seedCustomers(1);
	const conversation = k.insert('conversation', { name: 'Files' }, { customer: customer.id });
	const file = k.insert('attachment', {
		name: 'notes.txt',
		contentType: 'text/plain',
		contentLength: text.length,
		uploaded: true,
	});
	const uploads = k.state.uploads as Map<string, unknown>;
	uploads.set(file.id, { uploaded: true, data: Buffer.from(text), record: file });
	k.insert(
		'message',
		{ channel: 'email', attachments: [file.id] },
		{ conversation: conversation.id, customer: customer.id },
	);
	return conversation.id;
}

const kustomerCustomers = (h: AppHarness) =>
	kustomerProvider(h)
		.all('customer')
		.filter((record) => !record.deleted).length;

export const kustomer: AppSpec = {
	app: 'kustomer',
	node: 'kustomer',
	start: async () =>
		await harness(
			'kustomer',
			'kustomer',
			{ limit: 100_000, windowMs: 1000 },
			(sandbox) => ({ region: 'custom', baseUrl: sandbox.url('kustomer'), apiKey: KUSTOMER_KEY }),
			secretForms(undefined, KUSTOMER_KEY),
		),
	families: [
		{
			name: 'get',
			seed: (h, count) => ({
				ids: Array.from(
					{ length: count },
					(_, i) => kustomerProvider(h).insert('customer', { name: `Ada ${i}` }).id,
				),
			}),
			items: (seed) => seed.ids!.map((id) => ({ id })),
			parameters: () => ({
				resource: 'customer',
				operation: 'get',
				by: 'id',
				customerId: rl('={{ $json.id }}'),
				simple: true,
			}),
			target: { method: 'GET', path: /^\/v1\/customers\/[0-9a-f]{24}$/ },
			retrySafe: true,
			verify: (_h, seed, output) => expect(output.map((item) => item.json.id)).toEqual(seed.ids),
		},
		{
			name: 'getMany',
			seed: (h) => ({
				ids: kustomerProvider(h)
					.seedCustomers(230)
					.map((record) => record.id),
			}),
			items: (_seed, count) => Array.from({ length: count }, () => ({})),
			parameters: () => ({
				resource: 'customer',
				operation: 'getMany',
				returnAll: true,
				simple: true,
			}),
			target: { method: 'GET', path: '/v1/customers' },
			secondPage: { method: 'GET', path: '/v1/customers', query: (query) => query.page === '2' },
			retrySafe: true,
			verify: everyInputGotAll,
		},
		{
			name: 'create',
			seed: () => ({ key: unique('new') }),
			items: (seed, count) =>
				Array.from({ length: count }, (_, i) => ({ email: `${seed.key}-${i}@example.com` })),
			parameters: () => ({
				resource: 'customer',
				operation: 'create',
				additionalFields: { name: 'New Customer', emails: '={{ $json.email }}' },
				simple: true,
			}),
			target: { method: 'POST', path: '/v1/customers' },
			retrySafe: false,
			verify: (h, _seed, output, inputs) => {
				expect(output).toHaveLength(inputs);
				for (const item of output)
					expect(kustomerProvider(h).get(String(item.json.id))).toBeDefined();
			},
			count: kustomerCustomers,
		},
		{
			name: 'update',
			seed: (h, count) => ({
				ids: Array.from(
					{ length: count },
					(_, i) => kustomerProvider(h).insert('customer', { name: `Old ${i}` }).id,
				),
			}),
			items: (seed) => seed.ids!.map((id) => ({ id })),
			parameters: () => ({
				resource: 'customer',
				operation: 'update',
				customerId: rl('={{ $json.id }}'),
				updateFields: { name: 'Renamed' },
				simple: true,
			}),
			target: { method: 'PATCH', path: /^\/v1\/customers\/[0-9a-f]{24}$/ },
			// Kustomer's PATCH merges the attributes sent: repeating it gives the same record.
			retrySafe: true,
			verify: (h, seed, output) => {
				expect(output.map((item) => item.json.id)).toEqual(seed.ids);
				for (const id of seed.ids!)
					expect(kustomerProvider(h).get(id)?.attributes.name).toBe('Renamed');
			},
		},
		{
			name: 'delete',
			seed: (h, count) => ({
				ids: Array.from(
					{ length: count },
					(_, i) => kustomerProvider(h).insert('customer', { name: `Gone ${i}` }).id,
				),
			}),
			items: (seed) => seed.ids!.map((id) => ({ id })),
			parameters: () => ({
				resource: 'customer',
				operation: 'delete',
				customerId: rl('={{ $json.id }}'),
			}),
			target: { method: 'DELETE', path: /^\/v1\/customers\/[0-9a-f]{24}$/ },
			retrySafe: true,
			verify: (h, seed, output) => {
				expect(output.map((item) => item.json.id)).toEqual(seed.ids);
				for (const id of seed.ids!) expect(kustomerProvider(h).get(id)?.deleted).toBe(true);
			},
		},
		{
			name: 'upsert',
			seed: () => ({ key: unique('up') }),
			items: (seed, count) =>
				Array.from({ length: count }, (_, i) => ({ email: `${seed.key}-${i}@example.com` })),
			parameters: () => ({
				resource: 'customer',
				operation: 'upsert',
				matchBy: 'email',
				matchValue: '={{ $json.email }}',
				additionalFields: { name: 'Upserted' },
				simple: true,
			}),
			target: { method: 'POST', path: '/v1/customers' },
			retrySafe: false,
			verify: (h, _seed, output, inputs) => {
				expect(output).toHaveLength(inputs);
				for (const item of output)
					expect(kustomerProvider(h).get(String(item.json.id))?.attributes.name).toBe('Upserted');
			},
			count: kustomerCustomers,
		},
		{
			// Audit logs: Return All over a cursor (`before`) instead of page numbers.
			name: 'getMany',
			seed: (h) => ({
				ids: Array.from(
					{ length: 2300 },
					(_, i) =>
						kustomerProvider(h).auditLogs.add({
							eventName: `event ${i}`,
							createdAt: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
						}).id,
				),
			}),
			items: (_seed, count) => Array.from({ length: count }, () => ({})),
			parameters: () => ({ resource: 'auditLog', operation: 'getMany', returnAll: true }),
			target: { method: 'GET', path: '/v1/audit-logs' },
			secondPage: {
				method: 'GET',
				path: '/v1/audit-logs',
				query: (query) => query.before !== undefined,
			},
			retrySafe: true,
			verify: everyInputGotAll,
		},
		{
			// CSAT responses: Return All through the conversation search (keyset on the update time),
			// the responses filtered from the conversations that carry them.
			name: 'getMany',
			seed: (h) => {
				const provider = kustomerProvider(h);
				const [customer] = provider.seedCustomers(1);
				const ids: string[] = [];
				for (let i = 0; i < 90; i++) {
					const at = new Date(Date.now() - (5 * 24 * 3600 - i) * 1000).toISOString();
					const c = provider.insert(
						'conversation',
						{ name: `CSAT ${i}` },
						{ customer: customer.id },
					);
					// Every third conversation has no survey response: searched, never output.
					if (i % 3 === 0) continue;
					provider.satisfaction.respond(c.id, {
						createdAt: at,
						updatedAt: at,
						status: 'rated',
						rating: 4,
					});
					ids.push(c.id);
				}
				return { ids };
			},
			items: (_seed, count) => Array.from({ length: count }, () => ({})),
			parameters: () => ({
				resource: 'satisfaction',
				operation: 'getResponses',
				ratedFrom: new Date(Date.now() - 10 * 24 * 3600 * 1000).toISOString(),
				returnAll: true,
			}),
			target: { method: 'POST', path: '/v1/customers/search' },
			retrySafe: true,
			verify: (h, seed, output, inputs) =>
				everyInputGotAll(
					h,
					seed,
					output.map((item) => ({ ...item, json: { id: item.json.conversation } })),
					inputs,
				),
		},
		{
			// Bulk delete: one request for many ids (DELETE /v1/customers/bulk?ids=…).
			name: 'delete',
			seed: (h, count) => ({
				ids: Array.from(
					{ length: count * 2 },
					(_, i) => kustomerProvider(h).insert('customer', { name: `Bulk gone ${i}` }).id,
				),
			}),
			items: (seed, count) =>
				Array.from({ length: count }, (_, i) => ({ ids: seed.ids!.slice(i * 2, i * 2 + 2) })),
			parameters: () => ({
				resource: 'bulk',
				operation: 'delete',
				objectType: 'customer',
				ids: '={{ $json.ids }}',
			}),
			target: { method: 'DELETE', path: '/v1/customers/bulk' },
			retrySafe: true,
			verify: (h, seed, output, inputs) => {
				expect(output.map((item) => item.json.ids)).toEqual(
					Array.from({ length: inputs }, (_, i) => seed.ids!.slice(i * 2, i * 2 + 2)),
				);
				for (const id of seed.ids!) expect(kustomerProvider(h).get(id)?.deleted).toBe(true);
			},
		},
		{
			// Conversation › Download Attachments: the list, then each file from its message (binary).
			name: 'download',
			seed: (h, count) => {
				const files = Array.from({ length: count }, (_, i) => `file ${i} ${unique('k')}\n`);
				return { files, ids: files.map((text) => kustomerConversationWithFile(h, text)) };
			},
			items: (seed) => seed.ids!.map((id) => ({ id })),
			parameters: () => ({
				resource: 'conversation',
				operation: 'downloadAttachments',
				conversationId: rl('={{ $json.id }}'),
				binaryPropertyName: 'data',
				returnAll: true,
			}),
			target: { method: 'GET', path: /^\/v1\/messages\/[0-9a-f]{24}\/attachments\/[0-9a-f]{24}$/ },
			retrySafe: true,
			verify: everyInputGotItsFile,
		},
	],
};

// ---------------------------------------------------------------------------------------------
// Gladly

interface GladlyInstance {
	state: { customers: Map<string, IDataObject>; sessionMessages: Map<string, IDataObject[]> };
	addCustomer: (fields: IDataObject) => IDataObject;
	addSession: (fields: IDataObject) => IDataObject;
	addItem: (fields: IDataObject) => IDataObject;
	addRecording: (itemId: string, buffer: Buffer) => void;
}

const gladlyProvider = (h: AppHarness) => h.sandbox.provider<GladlyInstance>('gladly');
const gladlyCustomers = (h: AppHarness) => gladlyProvider(h).state.customers.size;

export const gladly: AppSpec = {
	app: 'gladly',
	node: 'gladly',
	start: async () =>
		await harness(
			'gladly',
			'gladly',
			{ limit: 1000, windowMs: 1000 },
			(sandbox) => ({
				organization: '',
				email: gladlySandbox.EMAIL,
				apiToken: gladlySandbox.TOKEN,
				environment: 'production',
				baseUrl: sandbox.url('gladly'),
			}),
			secretForms(gladlySandbox.EMAIL, gladlySandbox.TOKEN),
		),
	families: [
		{
			name: 'get',
			seed: (h, count) => ({
				ids: Array.from({ length: count }, (_, i) =>
					String(gladlyProvider(h).addCustomer({ name: `Ada ${i}` }).id),
				),
			}),
			items: (seed) => seed.ids!.map((id) => ({ id })),
			parameters: () => ({
				resource: 'customer',
				operation: 'get',
				customerId: rl('={{ $json.id }}'),
				simple: true,
			}),
			target: { method: 'GET', path: /^\/api\/v1\/customer-profiles\/[^/]+$/ },
			retrySafe: true,
			verify: (_h, seed, output) => expect(output.map((item) => item.json.id)).toEqual(seed.ids),
		},
		{
			// Gladly has no paged lists: Find returns at most 50 profiles in one response (Return All is
			// client-side), so the repeated-cursor cell does not apply.
			name: 'getMany',
			seed: (h) => {
				const key = unique('many');
				const ids = Array.from({ length: 3 }, (_, i) =>
					String(
						gladlyProvider(h).addCustomer({
							name: `Many ${i}`,
							emails: [{ original: `${key}@example.com` }],
						}).id,
					),
				);
				return { ids, key };
			},
			items: (_seed, count) => Array.from({ length: count }, () => ({})),
			parameters: (seed) => ({
				resource: 'customer',
				operation: 'find',
				searchBy: 'email',
				value: `${seed.key}@example.com`,
				returnAll: true,
				simple: true,
			}),
			target: { method: 'GET', path: '/api/v1/customer-profiles' },
			retrySafe: true,
			verify: everyInputGotAll,
		},
		{
			name: 'create',
			seed: () => ({ key: unique('new') }),
			items: (seed, count) =>
				Array.from({ length: count }, (_, i) => ({ email: `${seed.key}-${i}@example.com` })),
			parameters: () => ({
				resource: 'customer',
				operation: 'create',
				additionalFields: {
					name: 'New Customer',
					emails: { email: [{ original: '={{ $json.email }}' }] },
				},
				simple: true,
			}),
			target: { method: 'POST', path: '/api/v1/customer-profiles' },
			retrySafe: true,
			verify: (h, _seed, output, inputs) => {
				expect(output).toHaveLength(inputs);
				for (const item of output)
					expect(gladlyProvider(h).state.customers.has(String(item.json.id))).toBe(true);
			},
			count: gladlyCustomers,
		},
		{
			name: 'update',
			seed: (h, count) => ({
				ids: Array.from({ length: count }, (_, i) =>
					String(gladlyProvider(h).addCustomer({ name: `Old ${i}` }).id),
				),
			}),
			items: (seed) => seed.ids!.map((id) => ({ id })),
			parameters: () => ({
				resource: 'customer',
				operation: 'update',
				customerId: rl('={{ $json.id }}'),
				updateFields: { name: 'Renamed' },
				simple: true,
			}),
			target: { method: 'PATCH', path: /^\/api\/v1\/customer-profiles\/[^/]+$/ },
			retrySafe: true,
			verify: (h, seed, output) => {
				expect(output.map((item) => item.json.id)).toEqual(seed.ids);
				for (const id of seed.ids!)
					expect(gladlyProvider(h).state.customers.get(id)?.name).toBe('Renamed');
			},
		},
		{
			name: 'delete',
			seed: (h, count) => ({
				ids: Array.from({ length: count }, (_, i) =>
					String(gladlyProvider(h).addCustomer({ name: `Gone ${i}` }).id),
				),
			}),
			items: (seed) => seed.ids!.map((id) => ({ id })),
			parameters: () => ({
				resource: 'customer',
				operation: 'delete',
				customerId: rl('={{ $json.id }}'),
			}),
			target: { method: 'DELETE', path: /^\/api\/v1\/customer-profiles\/[^/]+$/ },
			retrySafe: true,
			verify: (h, seed, output) => {
				expect(output.map((item) => item.json.id)).toEqual(seed.ids);
				for (const id of seed.ids!) expect(gladlyProvider(h).state.customers.has(id)).toBe(false);
			},
		},
		{
			name: 'upsert',
			seed: () => ({ key: unique('up') }),
			items: (seed, count) =>
				Array.from({ length: count }, (_, i) => ({ email: `${seed.key}-${i}@example.com` })),
			parameters: () => ({
				resource: 'customer',
				operation: 'upsert',
				matchBy: 'email',
				email: '={{ $json.email }}',
				additionalFields: { name: 'Upserted' },
				simple: true,
			}),
			target: { method: 'POST', path: '/api/v1/customer-profiles' },
			retrySafe: true,
			verify: (h, _seed, output, inputs) => {
				expect(output).toHaveLength(inputs);
				for (const item of output)
					expect(gladlyProvider(h).state.customers.get(String(item.json.id))?.name).toBe(
						'Upserted',
					);
			},
			count: gladlyCustomers,
		},
		{
			// A message without an idempotency key (bot message; custom-channel and campaign writes work
			// alike): never sent twice unless provably not processed.
			name: 'send',
			seed: (h) => ({ id: String(gladlyProvider(h).addSession({ id: unique('sess') }).id) }),
			items: (_seed, count) => Array.from({ length: count }, (_, i) => ({ text: `Hello ${i}` })),
			parameters: (seed) => ({
				resource: 'messageAutomation',
				operation: 'sendMessage',
				sessionId: seed.id,
				messageType: 'TEXT',
				value: '={{ $json.text }}',
			}),
			target: {
				method: 'POST',
				path: /^\/api\/v1\/message-automation\/sessions\/[^/]+\/messages$/,
			},
			retrySafe: false,
			verify: (_h, _seed, output, inputs) => {
				expect(output.map((item) => (item.json.content as IDataObject).value)).toEqual(
					Array.from({ length: inputs }, (_, i) => `Hello ${i}`),
				);
			},
			count: (h) =>
				[...gladlyProvider(h).state.sessionMessages.values()].reduce(
					(total, messages) => total + messages.length,
					0,
				),
		},
		{
			// Conversation Item › Download Recording: the MP3 of a call, as binary.
			name: 'download',
			seed: (h, count) => {
				const files = Array.from({ length: count }, (_, i) => `ID3 call ${i} ${unique('g')}`);
				const ids = files.map((text) => {
					const id = unique('call');
					gladlyProvider(h).addItem({ id, content: { type: 'PHONE_CALL' } });
					gladlyProvider(h).addRecording(id, Buffer.from(text));
					return id;
				});
				return { files, ids };
			},
			items: (seed) => seed.ids!.map((id) => ({ id })),
			parameters: () => ({
				resource: 'conversationItem',
				operation: 'downloadRecording',
				itemId: '={{ $json.id }}',
				binaryPropertyName: 'data',
			}),
			target: { method: 'GET', path: /^\/api\/v1\/conversation-items\/[^/]+\/media\/recording$/ },
			retrySafe: true,
			verify: everyInputGotItsFile,
		},
	],
};

// ---------------------------------------------------------------------------------------------
// Nutshell

interface NutshellInstance {
	state: { contacts: { records: Map<string, IDataObject & { deletedTime?: number }> } };
	add: (store: string, record: IDataObject) => IDataObject & { id: string };
}

/** A pipeline of its own with one lead, and the CSV its export must be, byte for byte. */
function nutshellPipelineWithLead(h: AppHarness): { id: string; csv: string } {
	const set = nutshellProvider(h).add('stagesets', { name: unique('Pipe'), status: 1 });
	const name = unique('Lead ');
	const lead = nutshellProvider(h).add('leads', {
		name,
		links: { stageset: set.id, stage: '101-stages' },
	});
	return { id: set.id, csv: `Lead ID,Lead,Stage\n${lead.id},"${name}",Qualify\n` };
}

const nutshellProvider = (h: AppHarness) => h.sandbox.provider<NutshellInstance>('nutshell');
const contacts = (h: AppHarness) =>
	[...nutshellProvider(h).state.contacts.records.values()].filter((record) => !record.deletedTime);
const addContact = (h: AppHarness, name: string, email?: string) =>
	String(
		nutshellProvider(h).add('contacts', {
			name,
			emails: email ? [{ isPrimary: true, name: 'work', value: email }] : [],
			phones: [],
			customFields: {},
			links: { owner: '1-users', tags: [], accounts: [] },
		}).id,
	);

export const nutshell: AppSpec = {
	app: 'nutshell',
	node: 'nutshell',
	start: async () =>
		await harness(
			'nutshell',
			'nutshell',
			{ limit: 1000, windowMs: 1000 },
			(sandbox) => ({
				username: nutshellSandbox.EMAIL,
				apiKey: nutshellSandbox.API_KEY,
				baseUrl: sandbox.url('nutshell'),
			}),
			secretForms(nutshellSandbox.EMAIL, nutshellSandbox.API_KEY),
		),
	families: [
		{
			name: 'get',
			seed: (h, count) => ({
				ids: Array.from({ length: count }, (_, i) => addContact(h, `Ana ${i}`)),
			}),
			items: (seed) => seed.ids!.map((id) => ({ id })),
			parameters: () => ({
				resource: 'person',
				operation: 'get',
				personId: rl('={{ $json.id }}'),
				simple: false,
			}),
			target: { method: 'GET', path: /^\/rest\/contacts\/\d+-contacts$/ },
			retrySafe: true,
			verify: (_h, seed, output) => expect(output.map((item) => item.json.id)).toEqual(seed.ids),
		},
		{
			name: 'getMany',
			seed: (h) => ({ ids: Array.from({ length: 230 }, (_, i) => addContact(h, `Person ${i}`)) }),
			items: (_seed, count) => Array.from({ length: count }, () => ({})),
			parameters: () => ({
				resource: 'person',
				operation: 'getMany',
				returnAll: true,
				simple: false,
			}),
			target: { method: 'GET', path: '/rest/contacts' },
			secondPage: {
				method: 'GET',
				path: '/rest/contacts',
				query: (query) => query['page[page]'] === '1',
			},
			retrySafe: true,
			verify: everyInputGotAll,
		},
		{
			name: 'create',
			seed: () => ({ key: unique('new') }),
			items: (seed, count) =>
				Array.from({ length: count }, (_, i) => ({ name: `${seed.key} ${i}` })),
			parameters: () => ({
				resource: 'person',
				operation: 'create',
				name: '={{ $json.name }}',
				additionalFields: {},
			}),
			target: { method: 'POST', path: '/rest/contacts' },
			retrySafe: false,
			verify: (h, _seed, output, inputs) => {
				expect(output).toHaveLength(inputs);
				for (const item of output)
					expect(nutshellProvider(h).state.contacts.records.has(String(item.json.id))).toBe(true);
			},
			count: (h) => contacts(h).length,
		},
		{
			name: 'update',
			seed: (h, count) => ({
				ids: Array.from({ length: count }, (_, i) => addContact(h, `Old ${i}`)),
			}),
			items: (seed) => seed.ids!.map((id) => ({ id })),
			parameters: () => ({
				resource: 'person',
				operation: 'update',
				personId: rl('={{ $json.id }}'),
				updateFields: { name: 'Renamed' },
			}),
			target: { method: 'PATCH', path: /^\/rest\/contacts\/\d+-contacts$/ },
			retrySafe: false,
			bodyless: true,
			verify: (h, seed, output) => {
				expect(output.map((item) => item.json.id)).toEqual(seed.ids);
				for (const id of seed.ids!)
					expect(nutshellProvider(h).state.contacts.records.get(id)?.name).toBe('Renamed');
			},
		},
		{
			name: 'delete',
			seed: (h, count) => ({
				ids: Array.from({ length: count }, (_, i) => addContact(h, `Gone ${i}`)),
			}),
			items: (seed) => seed.ids!.map((id) => ({ id })),
			parameters: () => ({
				resource: 'person',
				operation: 'delete',
				personId: rl('={{ $json.id }}'),
			}),
			target: { method: 'DELETE', path: /^\/rest\/contacts\/\d+-contacts$/ },
			retrySafe: true,
			verify: (h, seed, output) => {
				expect(output.map((item) => item.json.id)).toEqual(seed.ids);
				for (const id of seed.ids!)
					expect(nutshellProvider(h).state.contacts.records.get(id)?.deletedTime).toBeDefined();
			},
		},
		{
			name: 'upsert',
			seed: () => ({ key: unique('up') }),
			items: (seed, count) =>
				Array.from({ length: count }, (_, i) => ({ email: `${seed.key}-${i}@example.com` })),
			parameters: () => ({
				resource: 'person',
				operation: 'upsert',
				email: '={{ $json.email }}',
				name: 'Upserted',
				additionalFields: {},
			}),
			target: { method: 'POST', path: '/rest/contacts' },
			retrySafe: false,
			verify: (h, _seed, output, inputs) => {
				expect(output).toHaveLength(inputs);
				for (const item of output)
					expect(nutshellProvider(h).state.contacts.records.get(String(item.json.id))?.name).toBe(
						'Upserted',
					);
			},
			count: (h) => contacts(h).length,
		},
		{
			// Pipeline › Export Lead Movements: a CSV file, which the operation checks itself.
			name: 'download',
			seed: (h, count) => {
				const pipelines = Array.from({ length: count }, () => nutshellPipelineWithLead(h));
				return { ids: pipelines.map((p) => p.id), files: pipelines.map((p) => p.csv) };
			},
			items: (seed) => seed.ids!.map((id) => ({ id })),
			parameters: () => ({
				resource: 'pipeline',
				operation: 'export',
				pipelineId: '={{ $json.id }}',
				binaryPropertyName: 'data',
			}),
			target: { method: 'GET', path: /^\/rest\/stagesets\/\d+-stagesets\/export$/ },
			retrySafe: true,
			refusesAtOnce: /Nutshell answered an? (HTML page|empty file) instead of a CSV file/,
			verify: everyInputGotItsFile,
		},
		{
			// Lead › Get Report as a PDF file.
			name: 'download',
			seed: (_h, count) => ({
				files: Array.from({ length: count }, () => '%PDF-1.4\n% fake report\n'),
			}),
			items: (_seed, count) => Array.from({ length: count }, () => ({})),
			parameters: () => ({
				resource: 'lead',
				operation: 'getReport',
				reportType: 'sales',
				gap: 'm',
				format: 'pdf',
				binaryPropertyName: 'data',
			}),
			target: {
				method: 'GET',
				path: '/rest/leads/report',
				query: (query) => query.format === 'pdf',
			},
			retrySafe: true,
			verify: everyInputGotItsFile,
		},
	],
};

export const APPS: Record<AppName, AppSpec> = { kustomer, gladly, nutshell };

/** One sandbox of `app` for a describe block (started once, reset before each test); call in describe. */
export function useApp(app: AppName): () => AppHarness {
	let harness: AppHarness;
	beforeAll(async () => {
		harness = await APPS[app].start();
	});
	afterAll(async () => await harness.close());
	beforeEach(() => harness.sandbox.reset());
	return () => harness;
}
