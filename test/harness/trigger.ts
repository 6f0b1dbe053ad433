/**
 * Runs one of our trigger nodes the way n8n does, outside a workflow execution: `poll()` on a
 * PollContext, `webhookMethods` on a HookContext and `webhook()` on a WebhookContext, all built by
 * n8n-core from the BUILT node type (dist/), with sandbox-backed credential fixtures and a static
 * data object the test owns (n8n persists it between polls; here it simply stays in memory).
 */
import { mock } from 'jest-mock-extended';
import { HookContext, PackageDirectoryLoader, PollContext, WebhookContext } from 'n8n-core';
import { NodeHelpers, Workflow } from 'n8n-workflow';
import type {
	ICredentialDataDecryptedObject,
	ICredentialType,
	IDataObject,
	IHttpRequestMethods,
	INode,
	INodeExecutionData,
	INodeType,
	INodeTypes,
	IVersionedNodeType,
	IWebhookData,
	IWebhookDescription,
	IWebhookResponseData,
	IWorkflowExecuteAdditionalData,
	WorkflowExecuteMode,
} from 'n8n-workflow';

import { FixtureCredentialsHelper, PACKAGE } from './engine';
import { PACKAGE_ROOT } from './trigger-paths';

/**
 * Loads the package like engine.ts's loadPackage(), but a node file that does not load (another
 * node of the package half-built while its author works) is skipped instead of failing every
 * trigger test; a trigger that does not load still fails its own tests ("Unknown node type").
 */
class TolerantPackageLoader extends PackageDirectoryLoader {
	override async loadAll(): Promise<void> {
		const { nodes = [], credentials = [] } = (this.packageJson.n8n ?? {}) as {
			nodes?: string[];
			credentials?: string[];
		};
		for (const nodePath of nodes) {
			try {
				this.loadNodeFromFile(nodePath, this.packageJson.version);
			} catch {
				// not built yet: skipped
			}
		}
		for (const credentialPath of credentials) {
			try {
				this.loadCredentialFromFile(credentialPath);
			} catch {
				// not built yet: skipped
			}
		}
	}
}

let loaded: Promise<TolerantPackageLoader> | undefined;

async function loadPackage(): Promise<TolerantPackageLoader> {
	loaded ??= (async () => {
		const loader = new TolerantPackageLoader(PACKAGE_ROOT);
		await loader.loadAll();
		return loader;
	})();
	return await loaded;
}

async function nodeTypes(): Promise<INodeTypes> {
	const loader = await loadPackage();
	const byName = (type: string): INodeType | IVersionedNodeType => {
		const found = loader.nodeTypes[type.replace(`${PACKAGE}.`, '')]?.type;
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

export interface TriggerSetup {
	/** Node type name without the package prefix, e.g. `kustomerPollingTrigger`. */
	type: string;
	parameters: IDataObject;
	credentials: Record<string, ICredentialDataDecryptedObject>;
	/** Base of the node's webhook URL (default http://127.0.0.1:5678/). */
	webhookBaseUrl?: string;
}

export interface WebhookRequest {
	body?: unknown;
	headers?: Record<string, string>;
	/** Exact bytes the body arrived as (default: JSON of `body`). */
	rawBody?: Buffer | string;
	query?: Record<string, string>;
	params?: Record<string, string>;
	/** Path and query as the request arrived (Express's `originalUrl`), e.g. `/webhook/<id>/lookup?a=1`. */
	url?: string;
}

export interface WebhookResult {
	result: IWebhookResponseData;
	/** Status and JSON the node sent itself (noWebhookResponse), if any. */
	status?: number;
	sent?: unknown;
	/** Items that would start the workflow (empty: no execution). */
	items: INodeExecutionData[];
}

const NODE_NAME = 'Trigger';
/** Each harness is its own workflow (webhook triggers remember delivery ids per workflow and process). */
let workflows = 0;

export class TriggerHarness {
	/** The node's static data, exactly as the node sees it through getWorkflowStaticData('node'). */
	readonly staticData: IDataObject = {};

	private constructor(
		private readonly workflow: Workflow,
		private readonly node: INode,
		private readonly additionalData: IWorkflowExecuteAdditionalData,
		private readonly webhookPath: string,
		private readonly withRequest: (extra: IDataObject) => IWorkflowExecuteAdditionalData,
	) {
		(workflow.staticData as IDataObject)[`node:${NODE_NAME}`] = this.staticData;
	}

	static async create(setup: TriggerSetup): Promise<TriggerHarness> {
		const loader = await loadPackage();
		const types = await nodeTypes();
		const credentialTypes: Record<string, ICredentialType> = {};
		for (const [name, entry] of Object.entries(loader.credentialTypes))
			credentialTypes[name] = entry.type;
		const node: INode = {
			id: 'trigger-under-test',
			name: NODE_NAME,
			type: `${PACKAGE}.${setup.type}`,
			typeVersion: 1,
			position: [0, 0],
			webhookId: 'b7f3c1d2-0000-4000-8000-00000000abcd',
			parameters: setup.parameters as INode['parameters'],
			credentials: Object.fromEntries(
				Object.keys(setup.credentials).map((name) => [name, { id: name, name }]),
			),
		};
		const workflow = new Workflow({
			id: `wf-trigger-${++workflows}`,
			name: 'Trigger test',
			nodes: [node],
			connections: {},
			nodeTypes: types,
			active: true,
			settings: {},
			staticData: {},
		});
		const base = setup.webhookBaseUrl ?? 'http://127.0.0.1:5678';
		const fields = {
			credentialsHelper: new FixtureCredentialsHelper(setup.credentials, credentialTypes),
			webhookBaseUrl: `${base}/webhook`,
			webhookTestBaseUrl: `${base}/webhook-test`,
			instanceBaseUrl: `${base}/`,
			currentNodeParameters: undefined,
			executionId: undefined,
			httpRequest: undefined,
			httpResponse: undefined,
			variables: {},
		};
		// Values are assigned after mock(): given to mock() they get wrapped in proxies, which breaks the raw
		// Buffer (crypto refuses it) and piles proxies onto shared objects (each test slower than the last).
		const withRequest = (extra: IDataObject) =>
			Object.assign(
				mock<Record<string, unknown>>(),
				fields,
				extra,
			) as unknown as IWorkflowExecuteAdditionalData;
		const additionalData = withRequest({});
		const description = (types.getByNameAndVersion(node.type, 1).description.webhooks ?? [])[0] as
			IWebhookDescription | undefined;
		return new TriggerHarness(
			workflow,
			node,
			additionalData,
			String(description?.path ?? 'webhook'),
			withRequest,
		);
	}

	/** One poll as n8n's poll trigger runs it (`trigger` mode), or Fetch Test Event (`manual`). */
	async poll(mode: WorkflowExecuteMode = 'trigger'): Promise<INodeExecutionData[][] | null> {
		const context = new PollContext(
			this.workflow,
			this.node,
			this.additionalData,
			mode,
			'activate',
			undefined,
			undefined,
			undefined,
			undefined,
			() => this.staticData,
		);
		const type = this.workflow.nodeTypes.getByNameAndVersion(this.node.type, 1);
		if (!type.poll) throw new Error(`${this.node.type} has no poll()`);
		return await type.poll.call(context);
	}

	/** The production webhook URL n8n would register. */
	webhookUrl(): string {
		return `${this.additionalData.webhookBaseUrl}/${this.node.webhookId}/${this.webhookPath}`;
	}

	private webhookData(): IWebhookData {
		const type = this.workflow.nodeTypes.getByNameAndVersion(this.node.type, 1);
		const description = (type.description.webhooks ?? [])[0] as IWebhookDescription;
		return {
			httpMethod: 'POST' as IHttpRequestMethods,
			node: NODE_NAME,
			path: this.webhookPath,
			webhookDescription: description,
			workflowId: this.workflow.id,
			workflowExecuteAdditionalData: this.additionalData,
			webhookId: this.node.webhookId,
		};
	}

	/** Runs `webhookMethods.default[method]` as n8n does on activation / deactivation. */
	async hook(method: 'checkExists' | 'create' | 'delete'): Promise<boolean> {
		const context = new HookContext(
			this.workflow,
			this.node,
			this.additionalData,
			'trigger',
			'activate',
			this.webhookData(),
		);
		const type = this.workflow.nodeTypes.getByNameAndVersion(this.node.type, 1);
		const fn = type.webhookMethods?.default?.[method];
		if (!fn) throw new Error(`${this.node.type} has no webhookMethods.default.${method}`);
		return await fn.call(context);
	}

	/** Activation as n8n does it: checkExists, then create when it answered false. */
	async activate(): Promise<void> {
		if (!(await this.hook('checkExists'))) await this.hook('create');
	}

	/** One delivery to `webhook()`. */
	async webhook(request: WebhookRequest): Promise<WebhookResult> {
		const raw = request.rawBody ?? JSON.stringify(request.body ?? {});
		const rawBody = Buffer.isBuffer(raw) ? raw : Buffer.from(raw, 'utf8');
		const headers = Object.fromEntries(
			Object.entries(request.headers ?? {}).map(([key, value]) => [key.toLowerCase(), value]),
		);
		const sent: { status?: number; body?: unknown } = {};
		const response = {
			status(code: number) {
				sent.status = code;
				return response;
			},
			json(body: unknown) {
				sent.body = body;
				return response;
			},
			send(body: unknown) {
				sent.body = body;
				return response;
			},
			end() {
				return response;
			},
		};
		const additionalData = this.withRequest({
			httpRequest: {
				body: request.body ?? {},
				headers,
				query: request.query ?? {},
				params: request.params ?? {},
				rawBody,
				...(request.url ? { originalUrl: request.url, url: request.url } : {}),
			},
			httpResponse: response,
		});
		const context = new WebhookContext(
			this.workflow,
			this.node,
			additionalData,
			'webhook',
			this.webhookData(),
			[],
			null,
		);
		const type = this.workflow.nodeTypes.getByNameAndVersion(this.node.type, 1);
		if (!type.webhook) throw new Error(`${this.node.type} has no webhook()`);
		const result = await type.webhook.call(context);
		return { result, status: sent.status, sent: sent.body, items: result.workflowData?.[0] ?? [] };
	}
}
