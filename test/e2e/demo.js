'use strict';
/**
 * Demo data shared by `npm start` (scripts/start.js) and the end-to-end suite (test/e2e/e2e.js):
 * the sandbox records the example workflows in examples/ expect, the demo credentials pointing at
 * the sandbox, and the list of example files. Plain CommonJS, Node built-ins only.
 */
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..', '..');
const gladlySandbox = require(path.join(root, 'test', 'sandbox', 'gladly'));
const nutshellSandbox = require(path.join(root, 'test', 'sandbox', 'nutshell'));
const kustomerSandbox = require(path.join(root, 'test', 'sandbox', 'kustomer'));

const PACKAGE = 'n8n-nodes-kustomer-gladly-nutshell';
const EXAMPLES_DIR = path.join(root, 'examples');

/** Fixed ids of the demo credentials; the example workflows reference them. */
const CREDENTIAL_IDS = {
	kustomer: 'kgnDemoKustomerCred',
	gladly: 'kgnDemoGladlyCred01',
	nutshell: 'kgnDemoNutshellCred',
	gladlyLookup: 'kgnDemoGladlyLookup',
};
const CREDENTIAL_NAMES = {
	kustomer: 'Kustomer (sandbox)',
	gladly: 'Gladly (sandbox)',
	nutshell: 'Nutshell (sandbox)',
	gladlyLookup: 'Gladly Lookup (sandbox)',
};

/** Signing key of the demo Gladly Lookup Adaptor credential (enter the same in Gladly, or sign test requests with it). */
const LOOKUP_SIGNING_KEY = 'demo-lookup-signing-key-2f8c1e7a9b';

/** The person every example is about, in all three apps. */
const DEMO = {
	email: 'ana.lima@example.com',
	name: 'Ana Lima',
	gladlyCustomerId: 'demo-customer-ana',
	gladlyConversationId: 'demo-conversation-1',
	nutshellContactId: '501-contacts',
	nutshellLeadId: '601-leads',
	leadName: 'Acme Corp renewal',
	openLeadId: '602-leads',
	openLeadName: 'Acme Corp expansion',
	openLeadAmount: '4500',
};

/**
 * Demo credentials (n8n import format) for the sandbox at `urls` ({ kustomer, gladly, nutshell }: its
 * https addresses). They look exactly like real ones (org "acme", no base URL); n8n reaches the fake
 * providers through the sandbox's HTTPS proxy (sb.env() in n8n's environment).
 */
function demoCredentials(urls, { kustomerKey = kustomerSandbox.TOKEN } = {}) {
	const kustomerOrg = /^https:\/\/([a-z0-9-]+)\.api\.kustomerapp\.com$/.exec(urls.kustomer);
	const gladlyOrg = /^https:\/\/([a-z0-9-]+)\.gladly\.com$/.exec(urls.gladly);
	return [
		{
			id: CREDENTIAL_IDS.kustomer,
			name: CREDENTIAL_NAMES.kustomer,
			type: 'kustomerApi',
			data: kustomerOrg
				? { orgName: kustomerOrg[1], region: 'org', apiKey: kustomerKey }
				: { orgName: '', region: 'custom', baseUrl: urls.kustomer, apiKey: kustomerKey },
		},
		{
			id: CREDENTIAL_IDS.gladly,
			name: CREDENTIAL_NAMES.gladly,
			type: 'gladlyApi',
			data: {
				organization: gladlyOrg ? gladlyOrg[1] : '',
				environment: 'production',
				email: gladlySandbox.EMAIL,
				apiToken: gladlySandbox.TOKEN,
				baseUrl: gladlyOrg ? '' : urls.gladly,
			},
		},
		{
			id: CREDENTIAL_IDS.nutshell,
			name: CREDENTIAL_NAMES.nutshell,
			type: 'nutshellApi',
			data: {
				username: nutshellSandbox.EMAIL,
				apiKey: nutshellSandbox.API_KEY,
				baseUrl: urls.nutshell === 'https://app.nutshell.com' ? '' : urls.nutshell,
			},
		},
		{
			id: CREDENTIAL_IDS.gladlyLookup,
			name: CREDENTIAL_NAMES.gladlyLookup,
			type: 'gladlyLookupApi',
			data: { signingSecret: LOOKUP_SIGNING_KEY },
		},
	];
}

/**
 * Put the records the examples read into a running sandbox (startSandbox() result). Idempotent
 * enough for one sandbox life: call it once after start (or after sb.reset()).
 */
function seedSandbox(sb) {
	const now = Date.now();
	// Kustomer: three customers updated within the last hour; the first is Ana.
	const kustomer = sb.provider('kustomer');
	kustomer.seedCustomers(3, {
		startMs: now - 3600 * 1000,
		stepMs: 60 * 1000,
		make: (i) =>
			i === 0 ? { name: DEMO.name, emails: [{ type: 'work', email: DEMO.email }] } : {},
	});
	// Gladly: Ana and her closed conversation.
	const gladly = sb.provider('gladly');
	gladly.addCustomer({
		id: DEMO.gladlyCustomerId,
		name: DEMO.name,
		emails: [{ original: DEMO.email }],
	});
	gladly.addConversation({
		id: DEMO.gladlyConversationId,
		customerId: DEMO.gladlyCustomerId,
		status: 'CLOSED',
	});
	// Nutshell: Ana as a person, and a won lead with her as contact (plus its change-log event).
	const nutshell = sb.provider('nutshell');
	const contact = nutshell.add('contacts', {
		id: DEMO.nutshellContactId,
		name: DEMO.name,
		emails: [{ isPrimary: true, name: 'work', value: DEMO.email }],
		phones: [],
		links: {},
	});
	const seconds = Math.floor(now / 1000);
	const lead = nutshell.add('leads', {
		id: DEMO.nutshellLeadId,
		name: DEMO.leadName,
		description: DEMO.leadName,
		number: '1601',
		status: 'won',
		value: { amount: '12000', currency: 'USD' },
		createdTime: {
			timestamp: seconds - 86400,
			value: new Date((seconds - 86400) * 1000).toISOString(),
		},
		closedTime: { timestamp: seconds, value: new Date(seconds * 1000).toISOString() },
		links: {
			accounts: [],
			contacts: [contact.id],
			sources: [],
			tags: [],
			owner: '1-users',
			stageset: '1-stagesets',
			stage: '103-stages',
			outcome: '1-outcomes',
		},
	});
	nutshell.event('leads', 'status', lead, [
		{ attribute: 'status', oldValue: 'open', newValue: 'won' },
	]);
	// An open lead of Ana's: what the Gladly lookup example shows on her profile.
	nutshell.add('leads', {
		id: DEMO.openLeadId,
		name: DEMO.openLeadName,
		description: DEMO.openLeadName,
		number: '1602',
		status: 'open',
		value: { amount: DEMO.openLeadAmount, currency: 'USD' },
		createdTime: {
			timestamp: seconds - 3600,
			value: new Date((seconds - 3600) * 1000).toISOString(),
		},
		links: {
			accounts: [],
			contacts: [contact.id],
			sources: [],
			tags: [],
			owner: '1-users',
			stageset: '1-stagesets',
			stage: '101-stages',
		},
	});
	return DEMO;
}

/** The example workflows: [{ file, workflow }] sorted by file name. */
function loadExamples() {
	return fs
		.readdirSync(EXAMPLES_DIR)
		.filter((f) => f.endsWith('.json'))
		.sort()
		.map((file) => ({
			file,
			workflow: JSON.parse(fs.readFileSync(path.join(EXAMPLES_DIR, file), 'utf8')),
		}));
}

module.exports = {
	PACKAGE,
	EXAMPLES_DIR,
	CREDENTIAL_IDS,
	CREDENTIAL_NAMES,
	DEMO,
	LOOKUP_SIGNING_KEY,
	demoCredentials,
	seedSandbox,
	loadExamples,
};
