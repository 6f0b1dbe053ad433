/**
 * Runs workflows through n8n-core's real WorkflowExecute with this package's built nodes and
 * credentials (loaded from dist/ by n8n's own PackageDirectoryLoader). Credentials are plain
 * fixtures; their `authenticate` function runs exactly as in n8n.
 */
import { ExecutionLifecycleHooks, PackageDirectoryLoader, WorkflowExecute } from 'n8n-core';
import {
	ICredentialsHelper,
	NodeConnectionTypes,
	NodeHelpers,
	Workflow,
	createRunExecutionData,
} from 'n8n-workflow';
import type {
	ICredentialDataDecryptedObject,
	ICredentialType,
	ICredentials,
	IDataObject,
	IExecuteFunctions,
	IHttpRequestOptions,
	INode,
	INodeCredentialsDetails,
	INodeExecutionData,
	INodeProperties,
	INodeType,
	INodeTypes,
	IRun,
	IVersionedNodeType,
	IWorkflowBase,
	IWorkflowExecuteAdditionalData,
	IConnections,
} from 'n8n-workflow';

import { ROOT } from './paths';

export const PACKAGE = 'n8n-nodes-kustomer-gladly-nutshell';

/** A test-only start node: emits the items given in its `items` parameter (JSON text). */
class TestStart implements INodeType {
	description = {
		displayName: 'Test Start',
		name: 'testStart',
		group: ['input'],
		version: 1,
		description: 'Emits fixed items',
		defaults: { name: 'Start' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		properties: [
			{ displayName: 'Items', name: 'items', type: 'json', default: '[{}]' } as INodeProperties,
		],
	} as INodeType['description'];

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const raw = this.getNodeParameter('items', 0) as string | IDataObject[];
		const list = (typeof raw === 'string' ? JSON.parse(raw) : raw) as IDataObject[];
		return [list.map((json, index) => ({ json, pairedItem: { item: index } }))];
	}
}

/** A test-only node that sends a credential's test request, as n8n's credential tester does. */
class CredentialProbe implements INodeType {
	description = {
		displayName: 'Credential Probe',
		name: 'credentialProbe',
		group: ['transform'],
		version: 1,
		description: 'Sends a credential test request',
		defaults: { name: 'Probe' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: ['kustomerApi', 'gladlyApi', 'nutshellApi'].map((name) => ({
			name,
			required: false,
		})),
		properties: [
			{ displayName: 'Credential Type', name: 'credentialType', type: 'string', default: '' },
			{ displayName: 'Request', name: 'request', type: 'string', default: '{}' },
			{ displayName: 'Rules', name: 'rules', type: 'string', default: '[]' },
		] as INodeProperties[],
	} as INodeType['description'];

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const credentialTypeName = this.getNodeParameter('credentialType', 0) as string;
		const request = JSON.parse(
			this.getNodeParameter('request', 0) as string,
		) as IHttpRequestOptions;
		const rules = JSON.parse(this.getNodeParameter('rules', 0) as string) as Array<{
			type: string;
			properties: { value: number; message: string };
		}>;
		try {
			const response = (await this.helpers.httpRequestWithAuthentication.call(
				this,
				credentialTypeName,
				{
					...request,
					json: true,
					returnFullResponse: true,
				},
			)) as { statusCode: number };
			return [
				[
					{
						json: {
							status: 'OK',
							message: 'Connection tested successfully',
							statusCode: response.statusCode,
						},
						pairedItem: { item: 0 },
					},
				],
			];
		} catch (error) {
			const failure = error as { httpCode?: string; message: string; description?: string };
			const statusCode = failure.httpCode ? Number(failure.httpCode) : undefined;
			const rule = rules.find(
				(entry) => entry.type === 'responseCode' && entry.properties.value === statusCode,
			);
			const message = rule?.properties.message ?? failure.message;
			return [[{ json: { status: 'Error', message, statusCode }, pairedItem: { item: 0 } }]];
		}
	}
}

/**
 * A test-only node that hands each input item's request to one of n8n-core's request helpers with a
 * credential attached, as any node (n8n's HTTP Request node included) can: `httpRequestWithAuthentication`
 * (`url`/`baseURL`), `requestWithAuthentication` (the legacy `uri` path) or
 * `requestWithAuthenticationPaginated` (pagination's next-URL path). One output item per input item:
 * `{ ok, statusCode?, error? }`.
 */
class RequestProbe implements INodeType {
	description = {
		displayName: 'Request Probe',
		name: 'requestProbe',
		group: ['transform'],
		version: 1,
		description: 'Sends requests through n8n-core with a credential',
		defaults: { name: 'Probe' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: ['kustomerApi', 'gladlyApi', 'nutshellApi'].map((name) => ({
			name,
			required: false,
		})),
		properties: [
			{ displayName: 'Credential Type', name: 'credentialType', type: 'string', default: '' },
		] as INodeProperties[],
	} as INodeType['description'];

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const credentialTypeName = this.getNodeParameter('credentialType', 0) as string;
		const out: INodeExecutionData[] = [];
		for (const [index, item] of this.getInputData().entries()) {
			const { helper, request, pagination } = item.json as {
				helper: string;
				request: IDataObject;
				pagination?: IDataObject;
			};
			try {
				let response: unknown;
				if (helper === 'paginated') {
					response = await this.helpers.requestWithAuthenticationPaginated.call(
						this,
						{ ...request, json: true },
						index,
						pagination as unknown as Parameters<
							IExecuteFunctions['helpers']['requestWithAuthenticationPaginated']
						>[2],
						credentialTypeName,
					);
				} else if (helper === 'legacy') {
					// Deprecated for new nodes, but n8n's HTTP Request node still sends through it: tests must cover it.
					const helpers = this.helpers as unknown as Record<
						string,
						(type: string, options: IDataObject) => Promise<unknown>
					>;
					const legacy = helpers['requestWithAuthentication'];
					response = await legacy.call(this, credentialTypeName, {
						json: true,
						resolveWithFullResponse: true,
						...request,
					});
				} else {
					response = await this.helpers.httpRequestWithAuthentication.call(
						this,
						credentialTypeName,
						{
							json: true,
							returnFullResponse: true,
							...(request as unknown as IHttpRequestOptions),
						},
					);
				}
				const statusCode = Array.isArray(response)
					? (response[0] as IDataObject)?.statusCode
					: (response as IDataObject)?.statusCode;
				out.push({
					json: { ok: true, statusCode: statusCode as number },
					pairedItem: { item: index },
				});
			} catch (error) {
				const failure = error as {
					message: string;
					description?: string;
					cause?: { message?: string };
				};
				const text = [failure.message, failure.description, failure.cause?.message]
					.filter(Boolean)
					.join(' | ');
				out.push({ json: { ok: false, error: text }, pairedItem: { item: index } });
			}
		}
		return [out];
	}
}

let loaded: Promise<PackageDirectoryLoader> | undefined;
/** Credential test definitions, copied at load time: running a workflow deletes `test` from the loaded types. */
const credentialTests = new Map<string, ICredentialType['test']>();

export async function loadPackage(): Promise<PackageDirectoryLoader> {
	loaded ??= (async () => {
		const loader = new PackageDirectoryLoader(ROOT);
		await loader.loadAll();
		for (const [name, entry] of Object.entries(loader.credentialTypes)) {
			if (entry.type.test)
				credentialTests.set(
					name,
					JSON.parse(JSON.stringify(entry.type.test)) as ICredentialType['test'],
				);
		}
		return loader;
	})();
	return await loaded;
}

function strip(type: string): string {
	return type.startsWith(`${PACKAGE}.`) ? type.slice(PACKAGE.length + 1) : type;
}

export async function nodeTypes(): Promise<INodeTypes> {
	const loader = await loadPackage();
	const helpers: Record<string, INodeType> = {
		testStart: new TestStart(),
		credentialProbe: new CredentialProbe(),
		requestProbe: new RequestProbe(),
	};
	const byName = (type: string): INodeType | IVersionedNodeType => {
		const name = strip(type);
		if (helpers[name]) return helpers[name];
		const found = loader.nodeTypes[name]?.type;
		if (!found) throw new Error(`Unknown node type ${type}`);
		return found;
	};
	return {
		getByName: byName,
		getByNameAndVersion: (type: string, version?: number) =>
			NodeHelpers.getVersionedNodeType(byName(type), version),
		getKnownTypes: () => ({}),
	};
}

export async function credentialType(name: string): Promise<ICredentialType> {
	const loader = await loadPackage();
	const found = loader.credentialTypes[name]?.type;
	if (!found) throw new Error(`Unknown credential type ${name}`);
	return found;
}

export class FixtureCredentialsHelper extends ICredentialsHelper {
	constructor(
		private readonly fixtures: Record<string, ICredentialDataDecryptedObject>,
		private readonly types: Record<string, ICredentialType>,
	) {
		super();
	}

	getParentTypes(): string[] {
		return [];
	}

	isCredentialUsableByNode(): boolean {
		return true;
	}

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const authenticate = this.types[typeName]?.authenticate;
		if (typeof authenticate === 'function') return await authenticate(credentials, requestOptions);
		if (authenticate)
			throw new Error(`${typeName}: only function-form authenticate is supported by the harness`);
		return requestOptions;
	}

	async preAuthentication(): Promise<undefined> {
		return undefined;
	}

	async runPreAuthentication(): Promise<undefined> {
		return undefined;
	}

	async getCredentials(): Promise<ICredentials> {
		throw new Error('not used');
	}

	async getDecrypted(
		_additionalData: IWorkflowExecuteAdditionalData,
		_nodeCredentials: INodeCredentialsDetails,
		type: string,
	): Promise<ICredentialDataDecryptedObject> {
		const fixture = this.fixtures[type];
		if (!fixture) throw new Error(`No credential fixture for ${type}`);
		return { ...fixture };
	}

	async updateCredentials(): Promise<void> {}

	async updateCredentialsOauthTokenData(): Promise<void> {}

	getCredentialsProperties(): INodeProperties[] {
		return [];
	}
}

export interface RunResult {
	run: IRun;
	/** Output items of each node (first run, main output 0). */
	output: (nodeName: string) => INodeExecutionData[];
	/** The error that stopped the run, if any. */
	error?: Error & { description?: string; httpCode?: string; context?: IDataObject };
}

export interface WorkflowInput {
	nodes: INode[];
	connections: IConnections;
}

/** Runs a workflow (as exported from n8n) from its first node through n8n-core's engine. */
export async function runWorkflow(
	workflowJson: WorkflowInput,
	credentials: Record<string, ICredentialDataDecryptedObject>,
	/** Items the first node starts with (default one empty item), e.g. what a webhook trigger received. */
	startItems: IDataObject[] = [{}],
): Promise<RunResult> {
	const types = await nodeTypes();
	const loader = await loadPackage();
	const credentialTypes: Record<string, ICredentialType> = {};
	for (const [name, entry] of Object.entries(loader.credentialTypes))
		credentialTypes[name] = entry.type;

	const workflow = new Workflow({
		id: 'test',
		name: 'test',
		nodes: workflowJson.nodes,
		connections: workflowJson.connections,
		nodeTypes: types,
		active: false,
		settings: {},
	});
	const workflowData = {
		id: 'test',
		name: 'test',
		nodes: workflowJson.nodes,
		connections: workflowJson.connections,
	} as unknown as IWorkflowBase;
	const hooks = new ExecutionLifecycleHooks('manual', 'exec-1', workflowData);
	// A plain object, not a jest-mock-extended proxy: n8n-core enumerates it, and a proxy's keys grow with
	// every access, which made long suites slower and slower.
	const base = 'http://127.0.0.1:5678';
	const additionalData = {
		hooks,
		credentialsHelper: new FixtureCredentialsHelper(credentials, credentialTypes),
		currentNodeParameters: undefined,
		currentNodeExecutionIndex: 0,
		instanceBaseUrl: `${base}/`,
		restApiUrl: `${base}/rest`,
		formBaseUrl: `${base}/form`,
		formWaitingBaseUrl: `${base}/form-waiting`,
		formTestBaseUrl: `${base}/form-test`,
		webhookBaseUrl: `${base}/webhook`,
		webhookWaitingBaseUrl: `${base}/webhook-waiting`,
		webhookTestBaseUrl: `${base}/webhook-test`,
		mcpBaseUrl: `${base}/mcp`,
		mcpTestBaseUrl: `${base}/mcp-test`,
		variables: {},
		executeWorkflow: async () => {
			throw new Error('sub-workflows are not available in the test harness');
		},
		getRunExecutionData: async () => undefined,
		getRuntimeCredential: async () => undefined,
		logAiEvent: () => {},
		startRunnerTask: async () => {
			throw new Error('task runners are not available in the test harness');
		},
	} as unknown as IWorkflowExecuteAdditionalData;

	const start = workflowJson.nodes[0];
	const runExecutionData = createRunExecutionData({
		executionData: {
			nodeExecutionStack: [
				{ node: start, data: { main: [startItems.map((json) => ({ json }))] }, source: null },
			],
		},
	});
	const run = await new WorkflowExecute(
		additionalData,
		'manual',
		runExecutionData,
	).processRunExecutionData(workflow);
	const runData = run.data.resultData.runData;
	return {
		run,
		output: (nodeName) => runData[nodeName]?.[0]?.data?.main?.[0] ?? [],
		error: run.data.resultData.error as RunResult['error'],
	};
}

export interface NodeRunOptions {
	/** Input items for the node (default: one empty item). */
	items?: IDataObject[];
	credentials: Record<string, ICredentialDataDecryptedObject>;
	continueOnFail?: boolean;
	credentialName?: string;
}

/** Runs one of our nodes with the given parameters on the given input items. */
export async function runNode(
	type: string,
	parameters: IDataObject,
	options: NodeRunOptions,
): Promise<{ items: INodeExecutionData[]; error?: RunResult['error']; run: IRun }> {
	const credentialNames = Object.keys(options.credentials);
	const node: INode = {
		id: 'node-under-test',
		name: 'Node',
		type: `${PACKAGE}.${type}`,
		typeVersion: 1,
		position: [200, 0],
		parameters: parameters as INode['parameters'],
		credentials: Object.fromEntries(credentialNames.map((name) => [name, { id: name, name }])),
		continueOnFail: options.continueOnFail,
		...(options.continueOnFail ? { onError: 'continueRegularOutput' as const } : {}),
	};
	const start: INode = {
		id: 'start',
		name: 'Start',
		type: 'testStart',
		typeVersion: 1,
		position: [0, 0],
		parameters: { items: JSON.stringify(options.items ?? [{}]) },
	};
	const result = await runWorkflow(
		{
			nodes: [start, node],
			connections: {
				Start: { main: [[{ node: 'Node', type: NodeConnectionTypes.Main, index: 0 }]] },
			},
		},
		options.credentials,
	);
	return { items: result.output('Node'), error: result.error, run: result.run };
}

export interface CredentialTestResult {
	status: 'OK' | 'Error';
	message: string;
	statusCode?: number;
}

/**
 * Runs a credential's `test` request the way n8n's credential tester does: the declared request,
 * through the credential's authenticate, any non-2xx fails, and `rules` map status codes to messages.
 */
export async function testCredential(
	typeName: string,
	data: ICredentialDataDecryptedObject,
): Promise<CredentialTestResult> {
	await loadPackage();
	const test = credentialTests.get(typeName);
	if (!test) throw new Error(`${typeName} has no test request`);
	const { items, error } = await runNode(
		'credentialProbe',
		{
			credentialType: typeName,
			request: JSON.stringify(test.request),
			rules: JSON.stringify(test.rules ?? []),
		},
		{ credentials: { [typeName]: data } },
	);
	if (error) return { status: 'Error', message: error.message };
	return items[0].json as unknown as CredentialTestResult;
}
