/**
 * The operation kit: dropdowns and display options derived from the operation files, typed input read and
 * refused before anything is sent, one result or one error item per input item (paired), aggregate
 * operations paired to every input, and the Timeout of each item passed to the operation.
 */
import { NodeOperationError } from 'n8n-workflow';
import type {
	IDataObject,
	IExecuteFunctions,
	INode,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { z } from 'zod';

import {
	binaryItem,
	compact,
	defineActionNode,
	defineOperation,
	defineResource,
	splitList,
} from '../../../nodes/shared/kit';
import type { Item } from '../../../nodes/shared/kit';

const NODE = {
	id: 'n',
	name: 'Thing',
	type: 'test.thing',
	typeVersion: 1,
	position: [0, 0],
	parameters: {},
} as INode;

/** A minimal n8n execution context: parameters per item, Continue On Fail on or off. */
function fakeContext(parameters: IDataObject[], continueOnFail = false): IExecuteFunctions {
	const read = (source: IDataObject, name: string): unknown =>
		name
			.split('.')
			.reduce<unknown>(
				(value, key) =>
					value && typeof value === 'object' ? (value as IDataObject)[key] : undefined,
				source,
			);
	return {
		getNode: () => NODE,
		getInputData: () => parameters.map((_, index) => ({ json: { index } })),
		getNodeParameter: (
			name: string,
			itemIndex: number,
			fallback?: unknown,
			options?: { extractValue?: boolean },
		) => {
			const value = read(parameters[itemIndex] ?? {}, name);
			// As n8n: extracting the value of a parameter that is not shown fails.
			if (value === undefined && options?.extractValue) throw new Error('Could not find property');
			if (value === undefined) return fallback;
			if (
				options?.extractValue &&
				value &&
				typeof value === 'object' &&
				'mode' in (value as IDataObject) &&
				'value' in (value as IDataObject)
			)
				return (value as IDataObject).value;
			return value;
		},
		continueOnFail: () => continueOnFail,
	} as unknown as IExecuteFunctions;
}

const sent: Array<{ item: number; path: string; timeoutMs: number }> = [];
const fakeRequest = async (item: Item, path: string): Promise<IDataObject> => {
	sent.push({ item: item.index, path, timeoutMs: item.timeoutMs });
	return { path };
};

const getWidget = defineOperation('get', {
	name: 'Get',
	action: 'Get a widget',
	description: 'Retrieve a widget by ID',
	fields: [
		{ displayName: 'Widget ID', name: 'widgetId', type: 'string', default: '', required: true },
	],
	input: (item) => ({ id: item.id('widgetId', 'Widget ID') }),
	run: async (item, { id }) => await fakeRequest(item, `/widgets/${id.path}`),
});

const listWidgets = defineOperation('getMany', {
	name: 'Get Many',
	action: 'Get many widgets',
	description: 'Retrieve widgets',
	fields: [
		{ displayName: 'Return All', name: 'returnAll', type: 'boolean', default: false },
		{ displayName: 'Limit', name: 'limit', type: 'number', default: 50 },
		{ displayName: 'Tags', name: 'tags', type: 'string', default: '' },
	],
	input: (item) => ({ tags: item.list('tags') }),
	run: async (item, { tags }) => [
		{ tag: tags[0] ?? null, n: 1 },
		{ tag: tags[1] ?? null, n: 2 },
	],
});

const download = defineOperation('download', {
	name: 'Download',
	action: 'Download a widget file',
	description: 'Download the file of a widget',
	input: () => ({}),
	run: async () =>
		binaryItem({ fileName: 'a.txt' }, { data: { data: 'aGk=', mimeType: 'text/plain' } }),
});

const summarise = defineOperation('summarise', {
	name: 'Summarise',
	action: 'Summarise widgets',
	description: 'One answer for all items',
	fields: [{ displayName: 'Name', name: 'name', type: 'string', default: '' }],
	input: (item) => ({ name: item.string('name', 'Name', { required: true }) }),
	run: async () => undefined,
	runAll: async (items) => ({ names: items.map(({ input }) => input.name) }),
});

const node = defineActionNode(
	[
		defineResource('widget', {
			name: 'Widget',
			description: 'Widgets',
			operations: [listWidgets, getWidget, download, summarise],
		}),
		defineResource('gadget', { name: 'Gadget', description: 'Gadgets', operations: [listWidgets] }),
	],
	'widget',
);

const run = async (
	parameters: IDataObject[],
	continueOnFail = false,
): Promise<INodeExecutionData[]> => {
	const [output] = await node.execute.call(fakeContext(parameters, continueOnFail));
	return output;
};

beforeEach(() => {
	sent.length = 0;
});

describe('descriptions derived from the operation files', () => {
	const byName = (name: string) => node.properties.filter((p: INodeProperties) => p.name === name);

	it('lists the resources alphabetically, each with its operations alphabetically and a default operation', () => {
		expect(byName('resource')[0].options).toEqual([
			{ name: 'Gadget', value: 'gadget', description: 'Gadgets' },
			{ name: 'Widget', value: 'widget', description: 'Widgets' },
		]);
		const widgetOperations = byName('operation').find(
			(p) => p.displayOptions?.show?.resource?.[0] === 'widget',
		);
		expect(widgetOperations?.options?.map((o) => (o as { value: string }).value)).toEqual([
			'download',
			'get',
			'getMany',
			'summarise',
		]);
		expect(widgetOperations?.default).toBe('get');
		expect(widgetOperations?.options?.[1]).toEqual({
			name: 'Get',
			value: 'get',
			action: 'Get a widget',
			description: 'Retrieve a widget by ID',
		});
	});

	it('shows each field only for its resource and operation, and gives every operation Options › Timeout', () => {
		const field = byName('widgetId')[0];
		expect(field.displayOptions).toEqual({ show: { resource: ['widget'], operation: ['get'] } });
		const options = byName('options').find(
			(p) => p.displayOptions?.show?.operation?.[0] === 'download',
		);
		expect(options?.options?.map((o) => (o as INodeProperties).name)).toEqual(['timeout']);
		expect(byName('options')).toHaveLength(5);
	});

	it('registers every dropdown option, and nothing else', () => {
		const registered = Object.entries(node.registry).flatMap(([resource, ops]) =>
			Object.keys(ops).map((op) => `${resource}.${op}`),
		);
		const listed = byName('operation').flatMap((p) =>
			(p.options ?? []).map(
				(o) => `${p.displayOptions?.show?.resource?.[0]}.${(o as { value: string }).value}`,
			),
		);
		expect(registered.sort()).toEqual(listed.sort());
	});

	it('refuses a resource with the same operation twice', () => {
		expect(() =>
			defineResource('x', { name: 'X', description: 'x', operations: [getWidget, getWidget] }),
		).toThrow(/defined twice/);
	});
});

describe('running operations', () => {
	it('gives one result per input item, paired, with the ID encoded once as a path segment', async () => {
		const out = await run([
			{ resource: 'widget', operation: 'get', widgetId: 'a/b?c' },
			{ resource: 'widget', operation: 'get', widgetId: { __rl: true, mode: 'id', value: 'w 2' } },
			// A locator written without __rl (a workflow made by hand or by the API): n8n extracts it too.
			{ resource: 'widget', operation: 'get', widgetId: { mode: 'id', value: 'w3' } },
		]);
		expect(out).toEqual([
			{ json: { path: '/widgets/a%2Fb%3Fc' }, pairedItem: { item: 0 } },
			{ json: { path: '/widgets/w%202' }, pairedItem: { item: 1 } },
			{ json: { path: '/widgets/w3' }, pairedItem: { item: 2 } },
		]);
	});

	it("passes each item's Timeout to the operation (default 30 s)", async () => {
		await run([
			{ resource: 'widget', operation: 'get', widgetId: '1', options: { timeout: 5 } },
			{ resource: 'widget', operation: 'get', widgetId: '2' },
		]);
		expect(sent.map((s) => s.timeoutMs)).toEqual([5000, 30000]);
	});

	it.each([
		['an empty ID', ''],
		['"."', '.'],
		['".."', '..'],
		['a list', ['1', '2']],
	])('refuses %s before sending, naming the parameter and the item', async (_name, widgetId) => {
		const error = await run([
			{ resource: 'widget', operation: 'get', widgetId: 'ok' },
			{ resource: 'widget', operation: 'get', widgetId },
		]).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(NodeOperationError);
		expect((error as Error).message).toMatch(/Widget ID/);
		expect((error as Error).message).toMatch(/item 2|\[item 1\]/i);
		expect(sent.map((s) => s.item)).toEqual([0]);
	});

	it('with Continue On Fail, one bad item gives one error item paired to it and the others run', async () => {
		const out = await run(
			[
				{ resource: 'widget', operation: 'get', widgetId: '1' },
				{ resource: 'widget', operation: 'get', widgetId: '..' },
				{ resource: 'widget', operation: 'get', widgetId: '3' },
			],
			true,
		);
		expect(out.map((o) => o.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(out[1].json.error).toMatch(/Widget ID/);
		expect(sent.map((s) => s.item)).toEqual([0, 2]);
	});

	it.each([[0], [-1], [2.5], ['abc']])('refuses Limit %p before anything runs', async (limit) => {
		const error = await run([
			{ resource: 'widget', operation: 'getMany', returnAll: false, limit },
		]).catch((e: unknown) => e);
		expect((error as Error).message).toMatch(/Limit/);
	});

	it('splits comma lists in one place: blanks dropped, arrays and single values accepted', async () => {
		expect(splitList(' a, ,b ,')).toEqual(['a', 'b']);
		expect(splitList(['x', ' y '])).toEqual(['x', 'y']);
		expect(splitList(7)).toEqual(['7']);
		expect(splitList(undefined)).toEqual([]);
		const out = await run([
			{ resource: 'gadget', operation: 'getMany', returnAll: true, tags: 'red, blue' },
		]);
		expect(out.map((o) => o.json.tag)).toEqual(['red', 'blue']);
	});

	it('keeps binary data of a file output, paired', async () => {
		const [item] = await run([{ resource: 'widget', operation: 'download' }]);
		expect(item).toEqual({
			json: { fileName: 'a.txt' },
			binary: { data: { data: 'aGk=', mimeType: 'text/plain' } },
			pairedItem: { item: 0 },
		});
	});

	it('a record that merely has a "json" key is output as a record, not taken for an item', async () => {
		const odd = defineOperation('get', {
			name: 'Get',
			action: 'a',
			description: 'b',
			input: () => ({}),
			run: async () => ({ json: { a: 1 } }),
		});
		const [output] = await defineActionNode(
			[defineResource('r', { name: 'R', description: 'r', operations: [odd] })],
			'r',
		).execute.call(fakeContext([{ resource: 'r', operation: 'get' }]));
		expect(output).toEqual([{ json: { json: { a: 1 } }, pairedItem: { item: 0 } }]);
	});

	it('an aggregate operation answers once for all items, paired to every input', async () => {
		const out = await run([
			{ resource: 'widget', operation: 'summarise', name: 'a' },
			{ resource: 'widget', operation: 'summarise', name: 'b' },
		]);
		expect(out).toEqual([{ json: { names: ['a', 'b'] }, pairedItem: [{ item: 0 }, { item: 1 }] }]);
	});

	it('an aggregate operation with a bad item fails naming that item; with Continue On Fail, one error item', async () => {
		const items = [
			{ resource: 'widget', operation: 'summarise', name: 'a' },
			{ resource: 'widget', operation: 'summarise', name: '' },
		];
		const error = await run(items).catch((e: unknown) => e);
		expect((error as Error).message).toMatch(/Name/);
		expect((error as NodeOperationError).context.itemIndex).toBe(1);
		const out = await run(items, true);
		expect(out).toEqual([
			{
				json: expect.objectContaining({ error: expect.stringMatching(/Name/) }),
				pairedItem: [{ item: 0 }, { item: 1 }],
			},
		]);
	});

	it('an unknown operation is refused', async () => {
		await expect(run([{ resource: 'widget', operation: 'explode' }])).rejects.toThrow(
			/not supported/,
		);
	});
});

describe('the item readers', () => {
	/** Runs one operation whose `input` gives what the readers read, for one item. */
	const readWith = async <I>(
		input: (item: Item) => I,
		parameters: IDataObject,
	): Promise<IDataObject> => {
		const probe = defineOperation('probe', {
			name: 'Probe',
			action: 'Probe',
			description: 'Returns its input',
			input,
			run: async (_item, read) => read as unknown as IDataObject,
		});
		const resource = defineResource('r', { name: 'R', description: 'r', operations: [probe] });
		const context = fakeContext([{ resource: 'r', operation: 'probe', ...parameters }]);
		const [output] = await defineActionNode([resource], 'r').execute.call(context);
		return output[0].json;
	};

	it('gives the fallback of a parameter not shown (n8n cannot extract its value)', async () => {
		const read = await readWith(
			(item) => ({
				text: item.string('hidden', 'Hidden', { fallback: 'x' }),
				list: item.list('gone', []),
				raw: item.raw('none', 'd'),
			}),
			{},
		);
		expect(read).toEqual({ text: 'x', list: [], raw: 'd' });
	});

	it('reads a resource locator as its value, and its mode with locator()', async () => {
		const customer = { __rl: true, mode: 'email', value: 'jane@example.com' };
		const read = await readWith(
			(item) => ({
				value: item.raw('customer'),
				chosen: item.locator('customer'),
				plain: item.locator('plain'),
			}),
			{ customer, plain: 'c-1' },
		);
		expect(read).toEqual({
			value: 'jane@example.com',
			chosen: { mode: 'email', value: 'jane@example.com' },
			plain: { mode: 'id', value: 'c-1' },
		});
	});

	it('parse() checks text with a schema, reads a number as text, names the label', async () => {
		const digits = z.string().regex(/^\d+$/, 'must be digits');
		const read = await readWith((item) => ({ code: item.parse('code', 'Code', digits) }), {
			code: 42,
		});
		expect(read).toEqual({ code: '42' });
		const error = await readWith((item) => item.parse('code', 'Code', digits), {
			code: 'abc',
		}).catch((e: unknown) => e);
		expect((error as Error).message).toMatch(/^Parameter 'Code' is invalid: must be digits/);
	});

	it('compact() drops undefined, empty text and empty lists; keeps false, 0 and null', () => {
		const record = { a: undefined, b: '', c: [], d: false, e: 0, f: null, g: 'x', h: [1] };
		expect(compact(record)).toEqual({ d: false, e: 0, f: null, g: 'x', h: [1] });
		expect(compact(record, { dropNull: true })).toEqual({ d: false, e: 0, g: 'x', h: [1] });
	});

	it('concurrency() reads Options › Concurrency: whole numbers from 1, at most 10', async () => {
		const read = async (concurrency: unknown) =>
			await readWith(
				(item) => item.concurrency(4),
				concurrency === undefined ? {} : { options: { concurrency } },
			);
		expect(await read(undefined)).toBe(4);
		expect(await read(1)).toBe(1);
		expect(await read('3')).toBe(3);
		expect(await read(10)).toBe(10);
		expect(await read(11)).toBe(10);
		expect(await read(500)).toBe(10);
		for (const bad of [0, -2, 2.5, '', 'many', null, true]) expect(await read(bad)).toBe(4);
	});
});
