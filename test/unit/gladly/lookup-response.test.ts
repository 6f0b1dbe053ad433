/**
 * Gladly › Lookup › Build Response, through n8n-core's engine with the built node: N input items
 * become ONE {"results": [...]} item paired with all of them, fields mapped to Gladly's shapes,
 * the Detailed Lookup rule enforced (error or empty answer), and "No Match" in one click.
 */
import type { IDataObject, INode } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { PACKAGE, runNode, runWorkflow } from '../../harness/engine';

const base = { resource: 'lookup', operation: 'buildResponse' };

async function build(parameters: IDataObject, items: IDataObject[], continueOnFail = false) {
	return await runNode(
		'gladly',
		{ ...base, ...parameters },
		{ items, credentials: {}, continueOnFail },
	);
}

const ana = {
	id: '501-contacts',
	name: 'Ana Lima',
	emails: [{ isPrimary: true, name: 'work', value: 'ana.lima@example.com' }],
	phone: '+15551230000',
};

describe('mapping', () => {
	it("maps items with the default expressions to Gladly's result shape, in one item paired with every input", async () => {
		const { items, error } = await build({}, [
			ana,
			{
				id: 7,
				name: ' Bo ',
				email: 'bo@example.com',
				phones: [{ original: '+15550001111', type: 'home' }],
			},
		]);
		expect(error).toBeUndefined();
		expect(items).toHaveLength(1);
		expect(items[0].pairedItem).toEqual([{ item: 0 }, { item: 1 }]);
		expect(items[0].json).toEqual({
			results: [
				{
					externalCustomerId: '501-contacts',
					name: 'Ana Lima',
					emails: [{ original: 'ana.lima@example.com' }],
					phones: [{ original: '+15551230000', type: 'MOBILE' }],
				},
				{
					externalCustomerId: '7',
					name: 'Bo',
					emails: [{ original: 'bo@example.com' }],
					phones: [{ original: '+15550001111', type: 'HOME' }],
				},
			],
		});
	});

	it('maps address, custom attributes (pairs and JSON, as text, null clears), transactions (numbers as text) and actions', async () => {
		const { items, error } = await build(
			{
				additionalFields: {
					address: '22 Apple Lane, San Francisco',
					customAttributes: {
						attribute: [
							{ key: 'tier', value: 'vip' },
							{ key: 'points', value: '100' },
						],
					},
					customAttributesJson: '{"lifetimeValue": 1250.5, "note": null}',
					transactions:
						'={{ [{ type: "order", orderNumber: 1832, orderTotal: "$50.00", products: [{ id: 1, quantity: 2 }] }, { type: "GENERIC", plan: "gold" }] }}',
					actions: '[{"name": "Refund", "formUrl": "/action?order=1832"}]',
					phoneType: 'OFFICE',
				},
			},
			[ana],
		);
		expect(error).toBeUndefined();
		expect(items[0].json.results).toEqual([
			{
				externalCustomerId: '501-contacts',
				name: 'Ana Lima',
				address: '22 Apple Lane, San Francisco',
				emails: [{ original: 'ana.lima@example.com' }],
				phones: [{ original: '+15551230000', type: 'OFFICE' }],
				customAttributes: { lifetimeValue: '1250.5', note: '', tier: 'vip', points: '100' },
				transactions: [
					{
						type: 'ORDER',
						orderNumber: '1832',
						orderTotal: '$50.00',
						products: [{ id: '1', quantity: '2' }],
					},
					{ type: 'GENERIC', plan: 'gold' },
				],
				actions: [{ name: 'Refund', formUrl: '/action?order=1832' }],
			},
		]);
	});

	it('merges items of the same customer (one per order) into one result, and leaves out items without an id', async () => {
		const orders = [
			{
				id: '501-contacts',
				name: 'Ana Lima',
				email: 'ana.lima@example.com',
				order: { n: '1', total: '$10.00' },
			},
			{},
			{
				id: '501-contacts',
				name: 'Ana L.',
				email: 'ana@work.example',
				order: { n: '2', total: '$20.00' },
			},
		];
		const { items } = await build(
			{
				additionalFields: {
					transactions:
						'={{ $json.order ? { type: "ORDER", orderNumber: $json.order.n, orderTotal: $json.order.total } : undefined }}',
				},
			},
			orders,
		);
		expect(items[0].pairedItem).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(items[0].json.results).toEqual([
			{
				externalCustomerId: '501-contacts',
				name: 'Ana Lima',
				emails: [{ original: 'ana.lima@example.com' }, { original: 'ana@work.example' }],
				transactions: [
					{ type: 'ORDER', orderNumber: '1', orderTotal: '$10.00' },
					{ type: 'ORDER', orderNumber: '2', orderTotal: '$20.00' },
				],
			},
		]);
	});

	it.each([
		[
			'a nested custom attribute',
			{ additionalFields: { customAttributesJson: '{"address": {"city": "SF"}}' } },
			/one level of text values/,
		],
		[
			'a transaction of an unknown type',
			{ additionalFields: { transactions: '{"type": "INVOICE"}' } },
			/INVOICE.*ORDER, FLIGHT, STAY, SUBSCRIPTION, GENERIC/,
		],
		[
			'a transaction that is not JSON',
			{ additionalFields: { transactions: '{type: ORDER' } },
			/not valid JSON/,
		],
		[
			'an action without a formUrl',
			{ additionalFields: { actions: '[{"name": "Refund"}]' } },
			/needs a name and a formUrl/,
		],
		[
			'an email object without an address',
			{ emails: '={{ [{ label: "work" }] }}' },
			/has no address/,
		],
	])('refuses %s, naming the item', async (_name, parameters, message) => {
		const { error } = await build(parameters, [{}, ana]);
		expect(error?.message).toMatch(message);
		expect(error?.message).toMatch(/\[item 1\]/);
		const { items } = await build(parameters, [{}, ana], true);
		expect(items).toHaveLength(1);
		expect(String(items[0].json.error)).toMatch(message);
		expect(items[0].pairedItem).toEqual([{ item: 0 }, { item: 1 }]);
		expect(items[0].json.results).toBeUndefined();
	});
});

describe('rules', () => {
	const two = [ana, { id: '502-contacts', name: 'Ana Lima (2)' }];

	it('exactly one result when asked: several customers stop with an error that names them', async () => {
		const { error } = await build({ matchRule: 'unique' }, two);
		expect(error?.message).toMatch(
			/exactly one result.*2 customers.*"501-contacts", "502-contacts"/,
		);
		const { items } = await build({ matchRule: 'unique' }, two, true);
		expect(items[0].json.error).toMatch(/exactly one result/);
		expect(items[0].pairedItem).toEqual([{ item: 0 }, { item: 1 }]);
	});

	it('exactly one result when asked: none found stops with an error too, or answers no match when chosen', async () => {
		expect((await build({ matchRule: 'unique' }, [{}])).error?.message).toMatch(
			/no input item had an External Customer ID/,
		);
		const { items } = await build({ matchRule: 'unique', onViolation: 'empty' }, two);
		expect(items.map((i) => i.json)).toEqual([{ results: [] }]);
		expect(items[0].pairedItem).toEqual([{ item: 0 }, { item: 1 }]);
	});

	it('any number of results: several, and none at all, are fine', async () => {
		expect((await build({ matchRule: 'any' }, two)).items[0].json.results).toHaveLength(2);
		expect((await build({ matchRule: 'any' }, [{}, {}])).items.map((i) => i.json)).toEqual([
			{ results: [] },
		]);
	});

	it('"No Match" answers {"results": []} whatever comes in', async () => {
		const { items } = await build({ answer: 'noMatch' }, two);
		expect(items.map((i) => i.json)).toEqual([{ results: [] }]);
		expect(items[0].pairedItem).toEqual([{ item: 0 }, { item: 1 }]);
	});
});

describe('rule from the Gladly Lookup Trigger that started the run', () => {
	const trigger: INode = {
		id: 't',
		name: 'Lookup',
		type: `${PACKAGE}.gladlyLookupTrigger`,
		typeVersion: 1,
		position: [0, 0],
		parameters: { responseMode: 'lastNode' },
		credentials: { gladlyLookupApi: { id: 'l', name: 'l' } },
	};
	const response: INode = {
		id: 'r',
		name: 'Build Response',
		type: `${PACKAGE}.gladly`,
		typeVersion: 1,
		position: [400, 0],
		parameters: { ...base },
	};

	async function answerTo(lookup: IDataObject, customers: IDataObject[]) {
		// The trigger passes on what it started with (as in a webhook run), so the customers are given as
		// its items, the lookup fields on the first one, where the rule is read.
		const result = await runWorkflow(
			{
				nodes: [trigger, response],
				connections: {
					Lookup: {
						main: [[{ node: 'Build Response', type: NodeConnectionTypes.Main, index: 0 }]],
					},
				},
			},
			{ gladlyLookupApi: { signingSecret: 'x'.repeat(32) } },
			customers.map((customer, index) => (index === 0 ? { ...lookup, ...customer } : customer)),
		);
		return { items: result.output('Build Response'), error: result.error };
	}

	it('a DETAILED lookup (uniqueMatchRequired) requires exactly one result', async () => {
		const { error } = await answerTo({ lookupLevel: 'DETAILED', uniqueMatchRequired: true }, [
			{ id: 'a' },
			{ id: 'b' },
		]);
		expect(error?.message).toMatch(/exactly one result/);
		const one = await answerTo({ lookupLevel: 'DETAILED', uniqueMatchRequired: true }, [
			{ id: 'a' },
		]);
		expect(one.items.map((i) => i.json)).toEqual([{ results: [{ externalCustomerId: 'a' }] }]);
	});

	it('a BASIC lookup accepts several', async () => {
		const { items, error } = await answerTo({ lookupLevel: 'BASIC', uniqueMatchRequired: false }, [
			{ id: 'a' },
			{ id: 'b' },
		]);
		expect(error).toBeUndefined();
		expect(items[0].json.results).toHaveLength(2);
	});
});
