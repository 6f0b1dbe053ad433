/**
 * The one way to write an operation, for every app of the package.
 *
 * An operation file (`nodes/<App>/actions/<resource>/<operation>.ts`) exports one `defineOperation(...)`:
 * its dropdown entry, its fields, `input` (reads and validates this item's parameters, typed; a bad value
 * throws a NodeOperationError that names the parameter and the item, before anything is sent) and `run` (the
 * requests, through the app's transport, and the records to output). A resource folder's `index.ts` exports
 * one `defineResource(...)` listing its operations; the node passes its resources to `defineActionNode`,
 * which derives the Resource and Operation dropdowns, the display options, the registry and the router.
 * Every input item gives its records or exactly one error item (Continue On Fail), each paired to it; per-run
 * settings (Timeout) travel on the `Item` passed to `input` and `run`, never through hidden state.
 */
import { NodeApiError, NodeOperationError, updateDisplayOptions } from 'n8n-workflow';
import type {
	IDataObject,
	IExecuteFunctions,
	INode,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import type { z } from 'zod';

import { inputError, itemSuffix } from './errors';
import { RecordId } from './ids';
import { MAX_CONCURRENCY, PaginationStalledError } from './paginate';
import { DEFAULT_TIMEOUT_MS } from './request';
import { timeoutOption } from './descriptions';
import { parseWith } from './validate';

/** What `run` returns for one item: records (wrapped as items, see `binaryItem` for files); none is fine. */
export type Records = IDataObject | IDataObject[] | undefined;

const binaryItems = new WeakSet<object>();

/** An output record that carries binary data (a downloaded file) besides its JSON. */
export function binaryItem(json: IDataObject, binary: INodeExecutionData['binary']): IDataObject {
	const item = { json, binary } as unknown as IDataObject;
	binaryItems.add(item);
	return item;
}

/** A resource locator value as n8n extracts it: an object with `mode` and `value` (`__rl` optional). */
const isLocator = (value: unknown): boolean =>
	typeof value === 'object' && value !== null && 'mode' in value && 'value' in value;

/** One input item of one node run, with typed readers for its parameters and the run's settings. */
export class Item {
	constructor(
		/** n8n's execution context (for transports and helpers). */
		readonly n8n: IExecuteFunctions,
		/** Index of the input item. */
		readonly index: number,
		/** Timeout for each request of this item (Options › Timeout). */
		readonly timeoutMs: number,
	) {}

	get node(): INode {
		return this.n8n.getNode();
	}

	/** The input item's JSON. */
	get json(): IDataObject {
		return this.n8n.getInputData()[this.index]?.json ?? {};
	}

	/**
	 * A parameter as n8n resolves it (expressions evaluated; a resource locator gives its value), or
	 * `fallback` when it is not shown. Only a locator is read with `extractValue`: n8n cannot
	 * extract the value of a parameter that is not shown and throws "Could not find property".
	 */
	raw<T = unknown>(name: string, fallback?: T): T {
		const value = this.n8n.getNodeParameter(name, this.index, fallback as never) as unknown;
		if (!isLocator(value)) return value as T;
		const options = { extractValue: true };
		return this.n8n.getNodeParameter(name, this.index, fallback as never, options) as T;
	}

	/** A NodeOperationError that names the parameter and the item; nothing is sent. */
	fail(parameter: string, problem: string, hint?: string): NodeOperationError {
		return inputError(this.node, parameter, problem, this.index, hint);
	}

	/** A text parameter, trimmed; `required` refuses an empty value. */
	string(
		name: string,
		label: string,
		options: { required?: boolean; fallback?: string } = {},
	): string {
		const value = this.raw<unknown>(name, options.fallback ?? '');
		if (value !== undefined && value !== null && typeof value === 'object')
			throw this.fail(label, 'must be text, not an object or a list');
		const text = value === undefined || value === null ? '' : String(value).trim();
		if (options.required && text === '') throw this.fail(label, 'is empty');
		return text;
	}

	/** A number parameter; refuses what is not a finite number, or outside [min, max], or not whole when `integer`. */
	number(
		name: string,
		label: string,
		options: { fallback?: number; min?: number; max?: number; integer?: boolean } = {},
	): number {
		const value = this.raw<unknown>(name, options.fallback);
		const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
		if (typeof number !== 'number' || !Number.isFinite(number))
			throw this.fail(label, `must be a number, not ${JSON.stringify(value)}`);
		if (options.integer && !Number.isInteger(number))
			throw this.fail(label, `must be a whole number, not ${number}`);
		if (options.min !== undefined && number < options.min)
			throw this.fail(label, `must be ${options.min} or more, not ${number}`);
		if (options.max !== undefined && number > options.max)
			throw this.fail(label, `must be ${options.max} or less, not ${number}`);
		return number;
	}

	boolean(name: string, fallback: boolean): boolean {
		const value = this.raw<unknown>(name, fallback);
		if (typeof value === 'boolean') return value;
		if (value === 'true' || value === 'false') return value === 'true';
		return fallback;
	}

	/** One of the allowed values (an expression may produce anything). */
	choice<T extends string>(name: string, label: string, allowed: readonly T[], fallback?: T): T {
		const value = this.raw<unknown>(name, fallback);
		if (typeof value === 'string' && (allowed as readonly string[]).includes(value))
			return value as T;
		throw this.fail(
			label,
			`must be one of ${allowed.map((a) => `"${a}"`).join(', ')}, not ${JSON.stringify(value)}`,
		);
	}

	/** A list given as a comma-separated text, an array, or one value; blanks dropped. */
	list(name: string, fallback: unknown = ''): string[] {
		return splitList(this.raw<unknown>(name, fallback));
	}

	/** A collection parameter (Additional Fields, Options…): a plain object, `{}` when absent. */
	collection<T extends IDataObject = IDataObject>(name: string): T {
		const value = this.raw<unknown>(name, {});
		return (value && typeof value === 'object' && !Array.isArray(value) ? value : {}) as T;
	}

	/** A record ID (plain or resource locator), checked and ready for a path. */
	id(name: string, label: string): RecordId {
		return RecordId.of(this.node, this.raw<unknown>(name, ''), label, this.index);
	}

	/** A text parameter checked by a zod schema (a number is read as text); errors name `label`. */
	parse<T>(name: string, label: string, schema: z.ZodType<T>): T {
		const raw = this.raw<unknown>(name, '');
		const value = typeof raw === 'number' ? String(raw) : raw;
		return parseWith(this.node, schema, value, label, this.index);
	}

	/** A resource locator as chosen: its mode (`id`, `list`, `url`, an app's own…) and its value. */
	locator(name: string): { mode: string; value: unknown } {
		const value = this.n8n.getNodeParameter(name, this.index, {}) as unknown;
		if (value && typeof value === 'object' && !Array.isArray(value)) {
			const { mode, value: chosen } = value as IDataObject;
			return { mode: typeof mode === 'string' ? mode : 'id', value: chosen };
		}
		return { mode: 'id', value };
	}

	/**
	 * Options › Concurrency: pages of a list fetched at once, at most MAX_CONCURRENCY; `fallback`
	 * when it is not set or not a whole number of 1 or more.
	 */
	concurrency(fallback: number): number {
		const value = this.raw<unknown>('options.concurrency', null);
		const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
		const usable = typeof number === 'number' && Number.isInteger(number) && number >= 1;
		return usable ? Math.min(number, MAX_CONCURRENCY) : fallback;
	}

	/** Return All / Limit: undefined means "all". */
	limit(): number | undefined {
		if (this.raw<unknown>('returnAll', false) === true) return undefined;
		return this.number('limit', 'Limit', { fallback: 50, min: 1, integer: true });
	}
}

/** A comma-separated text, an array, or one value, as a list of non-empty strings. */
export function splitList(value: unknown): string[] {
	const parts = Array.isArray(value)
		? value
		: typeof value === 'string'
			? value.split(',')
			: value === undefined || value === null
				? []
				: [value];
	return parts.map((part) => String(part).trim()).filter((part) => part !== '');
}

/**
 * A record without what n8n leaves for untouched fields: undefined, empty text, empty lists; with
 * `dropNull`, null too (for APIs where a null would clear the field).
 */
export function compact(record: IDataObject, options: { dropNull?: boolean } = {}): IDataObject {
	const out: IDataObject = {};
	for (const [key, value] of Object.entries(record)) {
		const empty =
			value === undefined ||
			value === '' ||
			(options.dropNull === true && value === null) ||
			(Array.isArray(value) && !value.length);
		if (!empty) out[key] = value;
	}
	return out;
}

export interface OperationSpec<I> {
	/** Dropdown label, e.g. "Get Many". */
	name: string;
	/** What the operation does in a few words, shown by n8n (and to AI agents): "Get many customers". */
	action: string;
	/** One sentence for the dropdown hint. */
	description: string;
	/** The operation's fields, without resource/operation display options (the kit adds them). */
	fields?: INodeProperties[];
	/** Reads and validates the item's parameters; throw `item.fail(...)` for bad input. */
	input: (item: Item) => I | Promise<I>;
	/** Sends the requests and returns the item's records. */
	run: (item: Item, input: I) => Promise<Records>;
	/**
	 * For operations that answer for all items at once (N items in, one answer out): called once with every
	 * item and its input; the output is paired to all input items. `run` is not used then.
	 */
	runAll?: (items: Array<{ item: Item; input: I }>) => Promise<Records>;
}

export interface Operation {
	readonly value: string;
	readonly spec: OperationSpec<unknown>;
}

/** One operation; `value` is its file name (`getMany` for `getMany.ts`). */
export function defineOperation<I>(value: string, spec: OperationSpec<I>): Operation {
	return { value, spec: spec as OperationSpec<unknown> };
}

export interface Resource {
	readonly value: string;
	readonly name: string;
	readonly description: string;
	readonly operations: readonly Operation[];
	/** Operation selected when the resource is chosen (default: `get`, else the first). */
	readonly defaultOperation: string;
}

/** One resource; `value` is its folder name. Operations are listed in the dropdown by name. */
export function defineResource(
	value: string,
	spec: { name: string; description: string; operations: Operation[]; defaultOperation?: string },
): Resource {
	const operations = [...spec.operations].sort((a, b) => a.spec.name.localeCompare(b.spec.name));
	const values = new Set<string>();
	for (const operation of operations) {
		if (values.has(operation.value))
			throw new Error(`${value}: operation "${operation.value}" is defined twice`);
		values.add(operation.value);
	}
	const defaultOperation =
		spec.defaultOperation ?? (values.has('get') ? 'get' : operations[0].value);
	return { value, name: spec.name, description: spec.description, operations, defaultOperation };
}

/** The Options collection every operation has, with Timeout added to the operation's own options. */
function withTimeout(fields: INodeProperties[]): INodeProperties[] {
	const copy = fields.map((field) => ({ ...field }));
	const options = copy.find((field) => field.name === 'options' && field.type === 'collection');
	if (!options) {
		return [
			...copy,
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add Option',
				default: {},
				options: [timeoutOption],
			},
		];
	}
	const existing = (options.options ?? []) as INodeProperties[];
	if (!existing.some((option) => option.name === 'timeout')) {
		options.options = [...existing, timeoutOption].sort((a, b) =>
			String(a.displayName).localeCompare(String(b.displayName)),
		);
	}
	return copy;
}

/** The node's properties: Resource dropdown, then per resource its Operation dropdown and each operation's fields. */
export function describeResources(
	resources: readonly Resource[],
	defaultResource: string,
): INodeProperties[] {
	const sorted = [...resources].sort((a, b) => a.name.localeCompare(b.name));
	const properties: INodeProperties[] = [
		{
			displayName: 'Resource',
			name: 'resource',
			type: 'options',
			noDataExpression: true,
			options: sorted.map(({ name, value, description }) => ({ name, value, description })),
			default: defaultResource,
		},
	];
	for (const resource of sorted) {
		const dropdown: INodeProperties = {
			displayName: 'Operation',
			name: 'operation',
			type: 'options',
			noDataExpression: true,
			displayOptions: { show: { resource: [resource.value] } },
			options: resource.operations.map(({ value, spec }) => ({
				name: spec.name,
				value,
				action: spec.action,
				description: spec.description,
			})),
			default: '',
		};
		dropdown.default = resource.defaultOperation;
		properties.push(dropdown);
		for (const operation of resource.operations) {
			const show = { show: { resource: [resource.value], operation: [operation.value] } };
			properties.push(...updateDisplayOptions(show, withTimeout(operation.spec.fields ?? [])));
		}
	}
	return properties;
}

export type Registry = Record<string, Record<string, Operation>>;

export function registryOf(resources: readonly Resource[]): Registry {
	return Object.fromEntries(
		resources.map((resource) => [
			resource.value,
			Object.fromEntries(resource.operations.map((op) => [op.value, op])),
		]),
	);
}

function timeoutOf(context: IExecuteFunctions, itemIndex: number): number {
	const seconds = Number(
		context.getNodeParameter('options.timeout', itemIndex, DEFAULT_TIMEOUT_MS / 1000),
	);
	return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : DEFAULT_TIMEOUT_MS;
}

/** Records as output items, all paired to `pairedItem`. */
export function toOutput(
	records: Records,
	pairedItem: INodeExecutionData['pairedItem'],
): INodeExecutionData[] {
	if (records === undefined) return [];
	const list = Array.isArray(records) ? records : [records];
	return list.map((entry) =>
		binaryItems.has(entry)
			? { ...(entry as unknown as INodeExecutionData), pairedItem }
			: { json: entry, pairedItem },
	);
}

function shapeError(
	context: IExecuteFunctions,
	error: unknown,
	itemIndex: number,
): NodeApiError | NodeOperationError {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) {
		if (error.context.itemIndex === undefined) error.context.itemIndex = itemIndex;
		return error;
	}
	if (error instanceof PaginationStalledError) {
		return new NodeOperationError(
			context.getNode(),
			`Paging stopped: ${error.message}${itemSuffix(itemIndex)}`,
			{
				itemIndex,
				description:
					'No record was returned twice. Run the workflow again; if it repeats, the service is returning inconsistent pages.',
			},
		);
	}
	return new NodeOperationError(context.getNode(), error as Error, { itemIndex });
}

function errorItem(
	error: NodeApiError | NodeOperationError,
	pairedItem: INodeExecutionData['pairedItem'],
): INodeExecutionData {
	const json: IDataObject = { error: error.message };
	if (error.description) json.description = error.description;
	if (error instanceof NodeApiError && error.httpCode) json.httpCode = error.httpCode;
	return { json, pairedItem };
}

/** Runs the chosen operation for every input item (or once for all, for `runAll` operations). */
export async function runOperation(
	context: IExecuteFunctions,
	registry: Registry,
): Promise<INodeExecutionData[][]> {
	const resource = context.getNodeParameter('resource', 0) as string;
	const operationValue = context.getNodeParameter('operation', 0) as string;
	const operation = registry[resource]?.[operationValue];
	if (!operation) {
		throw new NodeOperationError(
			context.getNode(),
			`The operation "${operationValue}" is not supported for resource "${resource}"`,
		);
	}
	const { spec } = operation;
	const count = context.getInputData().length;
	const output: INodeExecutionData[] = [];

	if (spec.runAll) {
		const all = Array.from({ length: count }, (_, index) => ({ item: index }));
		const inputs: Array<{ item: Item; input: unknown }> = [];
		try {
			for (let index = 0; index < count; index++) {
				const item = new Item(context, index, timeoutOf(context, index));
				try {
					inputs.push({ item, input: await spec.input(item) });
				} catch (error) {
					throw shapeError(context, error, index);
				}
			}
			return [toOutput(await spec.runAll(inputs), all)];
		} catch (error) {
			const shaped = shapeError(context, error, 0);
			if (!context.continueOnFail()) throw shaped;
			return [[errorItem(shaped, all)]];
		}
	}

	const hasLimit = (spec.fields ?? []).some((field) => field.name === 'limit');
	for (let index = 0; index < count; index++) {
		try {
			const item = new Item(context, index, timeoutOf(context, index));
			// Limit is refused below 1 before anything is sent, whether or not `input` reads it.
			if (hasLimit) item.limit();
			const input = await spec.input(item);
			output.push(...toOutput(await spec.run(item, input), { item: index }));
		} catch (error) {
			const shaped = shapeError(context, error, index);
			if (!context.continueOnFail()) throw shaped;
			output.push(errorItem(shaped, { item: index }));
		}
	}
	return [output];
}

/** Properties, registry and `execute` of an action node built from its resources. */
export function defineActionNode(resources: readonly Resource[], defaultResource: string) {
	const registry = registryOf(resources);
	return {
		properties: describeResources(resources, defaultResource),
		registry,
		execute: async function (this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
			return await runOperation(this, registry);
		},
	};
}
