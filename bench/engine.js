'use strict';

// Runs this package's built nodes (dist/, loaded by n8n-core's own PackageDirectoryLoader) through
// n8n-core's real WorkflowExecute, from plain JavaScript. A JS equivalent of test/harness/engine.ts
// for the benchmarks (jest-mock-extended cannot be used outside jest, so additionalData is a small
// Proxy that behaves the same way: listed fields as given, any other property a no-op function).

const path = require('node:path');
const { ExecutionLifecycleHooks, PackageDirectoryLoader, WorkflowExecute } = require('n8n-core');
const {
	ICredentialsHelper,
	NodeConnectionTypes,
	NodeHelpers,
	Workflow,
	createRunExecutionData,
} = require('n8n-workflow');

const ROOT = path.resolve(__dirname, '..');
const PACKAGE = 'n8n-nodes-kustomer-gladly-nutshell';

/** Start node: emits `count` items, or the items of its `items` parameter (JSON text). */
class BenchStart {
	constructor() {
		this.description = {
			displayName: 'Bench Start',
			name: 'benchStart',
			group: ['input'],
			version: 1,
			description: 'Emits fixed items',
			defaults: { name: 'Start' },
			inputs: [],
			outputs: [NodeConnectionTypes.Main],
			properties: [
				{ displayName: 'Items', name: 'items', type: 'string', default: '[{}]' },
				{ displayName: 'Count', name: 'count', type: 'number', default: 0 },
			],
		};
	}

	async execute() {
		const count = this.getNodeParameter('count', 0);
		const list =
			count > 0
				? Array.from({ length: count }, (_, i) => ({ index: i }))
				: JSON.parse(this.getNodeParameter('items', 0));
		return [list.map((json, index) => ({ json, pairedItem: { item: index } }))];
	}
}

/**
 * n8n's floor: the same requests as our node, one `httpRequestWithAuthentication` call each, nothing
 * else (no pacing, retry, validation or simplification). The request plan comes from
 * `setFloorPlan()` (a list of { method, url, body? } recorded from our node's run); each response's
 * records (under `recordsKey`) are kept and returned as items, as a real node would.
 */
let floorPlan = { credentialType: 'kustomerApi', baseURL: '', requests: [], recordsKey: 'data' };
function setFloorPlan(plan) {
	floorPlan = plan;
}

class BenchFloor {
	constructor() {
		this.description = {
			displayName: 'Bench Floor',
			name: 'benchFloor',
			group: ['transform'],
			version: 1,
			description: 'One httpRequestWithAuthentication per planned request',
			defaults: { name: 'Floor' },
			inputs: [NodeConnectionTypes.Main],
			outputs: [NodeConnectionTypes.Main],
			credentials: ['kustomerApi', 'gladlyApi', 'nutshellApi'].map((name) => ({
				name,
				required: false,
			})),
			properties: [],
		};
	}

	async execute() {
		const { credentialType, baseURL, requests, recordsKey } = floorPlan;
		const out = [];
		for (const r of requests) {
			const options = { method: r.method, baseURL, url: r.url, json: true };
			if (r.body !== undefined) options.body = r.body;
			const body = await this.helpers.httpRequestWithAuthentication.call(
				this,
				credentialType,
				options,
			);
			const records = body && Array.isArray(body[recordsKey]) ? body[recordsKey] : [];
			for (const record of records) out.push({ json: record, pairedItem: { item: 0 } });
		}
		return [out];
	}
}

let loaded;
async function loadPackage() {
	loaded ??= (async () => {
		const loader = new PackageDirectoryLoader(ROOT);
		await loader.loadAll();
		return loader;
	})();
	return await loaded;
}

function strip(type) {
	return type.startsWith(`${PACKAGE}.`) ? type.slice(PACKAGE.length + 1) : type;
}

async function nodeTypes() {
	const loader = await loadPackage();
	const helpers = { benchStart: new BenchStart(), benchFloor: new BenchFloor() };
	const byName = (type) => {
		const name = strip(type);
		if (helpers[name]) return helpers[name];
		const found = loader.nodeTypes[name] && loader.nodeTypes[name].type;
		if (!found) throw new Error(`Unknown node type ${type}`);
		return found;
	};
	return {
		getByName: byName,
		getByNameAndVersion: (type, version) => NodeHelpers.getVersionedNodeType(byName(type), version),
		getKnownTypes: () => ({}),
	};
}

/** Credential fixtures; `authenticate` runs the credential's own function form, as n8n does. */
class FixtureCredentialsHelper extends ICredentialsHelper {
	constructor(fixtures, types) {
		super();
		this.fixtures = fixtures;
		this.types = types;
	}
	getParentTypes() {
		return [];
	}
	isCredentialUsableByNode() {
		return true;
	}
	async authenticate(credentials, typeName, requestOptions) {
		const authenticate = this.types[typeName] && this.types[typeName].authenticate;
		if (typeof authenticate === 'function') return await authenticate(credentials, requestOptions);
		if (authenticate)
			throw new Error(
				`${typeName}: only function-form authenticate is supported by the bench engine`,
			);
		return requestOptions;
	}
	async preAuthentication() {
		return undefined;
	}
	async runPreAuthentication() {
		return undefined;
	}
	async getCredentials() {
		throw new Error('not used');
	}
	async getDecrypted(_additionalData, _nodeCredentials, type) {
		const fixture = this.fixtures[type];
		if (!fixture) throw new Error(`No credential fixture for ${type}`);
		return { ...fixture };
	}
	async updateCredentials() {}
	async updateCredentialsOauthTokenData() {}
	getCredentialsProperties() {
		return [];
	}
}

/** Like jest-mock-extended's mock(overrides): given fields as set (even undefined), others a no-op function. */
function looseMock(overrides) {
	const fns = new Map();
	return new Proxy(
		{ ...overrides },
		{
			get(target, prop) {
				if (Object.prototype.hasOwnProperty.call(target, prop)) return target[prop];
				if (typeof prop === 'symbol' || prop === 'then' || prop === 'toJSON') return undefined;
				if (!fns.has(prop)) fns.set(prop, () => undefined);
				return fns.get(prop);
			},
		},
	);
}

/** Runs a workflow (Start -> ... nodes in a chain) through n8n-core's engine. */
async function runWorkflow(nodes, connections, credentials) {
	const types = await nodeTypes();
	const loader = await loadPackage();
	const credentialTypes = {};
	for (const [name, entry] of Object.entries(loader.credentialTypes))
		credentialTypes[name] = entry.type;
	const workflow = new Workflow({
		id: 'bench',
		name: 'bench',
		nodes,
		connections,
		nodeTypes: types,
		active: false,
		settings: {},
	});
	const workflowData = { id: 'bench', name: 'bench', nodes, connections };
	const hooks = new ExecutionLifecycleHooks('manual', 'bench-1', workflowData);
	const additionalData = looseMock({
		hooks,
		credentialsHelper: new FixtureCredentialsHelper(credentials, credentialTypes),
		currentNodeParameters: undefined,
		instanceBaseUrl: 'http://127.0.0.1:5678/',
		webhookWaitingBaseUrl: 'http://127.0.0.1:5678/webhook-waiting',
		formWaitingBaseUrl: 'http://127.0.0.1:5678/form-waiting',
		restApiUrl: 'http://127.0.0.1:5678/rest',
		variables: {},
		ssrfBridge: undefined,
		encryptedRunnerIdentity: undefined,
		evalLlmMockHandler: undefined,
	});
	const runExecutionData = createRunExecutionData({
		executionData: {
			nodeExecutionStack: [{ node: nodes[0], data: { main: [[{ json: {} }]] }, source: null }],
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
		output: (name) =>
			(runData[name] &&
				runData[name][0] &&
				runData[name][0].data &&
				runData[name][0].data.main &&
				runData[name][0].data.main[0]) ||
			[],
		error: run.data.resultData.error,
	};
}

/**
 * Runs one node (`type`: one of ours, or `benchFloor`) after a start node that emits `items`
 * (or `count` generated items). Returns the node's output items and the run's error, if any.
 */
async function runNode(
	type,
	parameters,
	{ credentials, items, count = 0, continueOnFail = false },
) {
	const credentialNames = Object.keys(credentials);
	const node = {
		id: 'node-under-bench',
		name: 'Node',
		type: type.startsWith('bench') ? type : `${PACKAGE}.${type}`,
		typeVersion: 1,
		position: [200, 0],
		parameters,
		credentials: Object.fromEntries(credentialNames.map((name) => [name, { id: name, name }])),
		continueOnFail,
		...(continueOnFail ? { onError: 'continueRegularOutput' } : {}),
	};
	const start = {
		id: 'start',
		name: 'Start',
		type: 'benchStart',
		typeVersion: 1,
		position: [0, 0],
		parameters: { items: JSON.stringify(items || [{}]), count },
	};
	const result = await runWorkflow(
		[start, node],
		{ Start: { main: [[{ node: 'Node', type: NodeConnectionTypes.Main, index: 0 }]] } },
		credentials,
	);
	return { items: result.output('Node'), error: result.error, run: result.run };
}

module.exports = {
	ROOT,
	PACKAGE,
	loadPackage,
	nodeTypes,
	runWorkflow,
	runNode,
	setFloorPlan,
	FixtureCredentialsHelper,
};
