import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { inputError, itemSuffix } from './errors';
import { PaginationStalledError, setPageConcurrency } from './paginate';
import { DEFAULT_TIMEOUT_MS, setRunSettings } from './request';

/** One operation file: its fields and what it does for one input item. */
export interface OperationModule {
	description: INodeProperties[];
	execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]>;
}

export type OperationRegistry = Record<string, Record<string, OperationModule>>;

/** Wraps records as output items of one input item. */
export function toItems(data: IDataObject | IDataObject[] | undefined, itemIndex: number): INodeExecutionData[] {
	if (data === undefined) return [];
	const list = Array.isArray(data) ? data : [data];
	return list.map((json) => ({ json, pairedItem: { item: itemIndex } }));
}

function readTimeoutMs(context: IExecuteFunctions, itemIndex: number): number {
	const seconds = Number(context.getNodeParameter('options.timeout', itemIndex, DEFAULT_TIMEOUT_MS / 1000));
	return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : DEFAULT_TIMEOUT_MS;
}

/** Refuses a Limit below 1 (or not a whole number) that an expression produced, before anything is sent. */
function checkLimit(context: IExecuteFunctions, itemIndex: number): void {
	if (context.getNodeParameter('returnAll', itemIndex, true) !== false) return;
	const limit = context.getNodeParameter('limit', itemIndex, null) as unknown;
	if (limit === null || limit === undefined) return;
	const value = typeof limit === 'string' && limit.trim() !== '' ? Number(limit) : limit;
	if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
		throw inputError(context.getNode(), 'Limit', `must be a whole number of 1 or more, not ${JSON.stringify(limit)}`, itemIndex);
	}
}

/**
 * Runs the chosen operation once per input item. Every input item yields its results or exactly one
 * error item (with Continue On Fail), each paired to it; errors name the item.
 */
export async function route(this: IExecuteFunctions, registry: OperationRegistry): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const resource = this.getNodeParameter('resource', 0) as string;
	const operation = this.getNodeParameter('operation', 0) as string;
	const selected = registry[resource]?.[operation];
	if (!selected) {
		throw new NodeOperationError(this.getNode(), `The operation "${operation}" is not supported for resource "${resource}"`);
	}

	const output: INodeExecutionData[] = [];
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		try {
			setRunSettings(this, { timeoutMs: readTimeoutMs(this, itemIndex) });
			setPageConcurrency(this, this.getNodeParameter('options.concurrency', itemIndex, null));
			checkLimit(this, itemIndex);
			const results = await selected.execute.call(this, itemIndex);
			for (const result of results) {
				// Items built by toItems for this input item are kept as they are (no copy per record).
				const paired = result.pairedItem as { item?: number; input?: number } | undefined;
				const own = paired !== undefined && !Array.isArray(paired) && typeof paired === 'object' && paired.item === itemIndex && paired.input === undefined;
				output.push(own ? result : { ...result, pairedItem: { item: itemIndex } });
			}
		} catch (error) {
			const shaped = shapeError(this, error, itemIndex);
			if (this.continueOnFail()) {
				const json: IDataObject = { error: shaped.message };
				if (shaped.description) json.description = shaped.description;
				if (shaped instanceof NodeApiError && shaped.httpCode) json.httpCode = shaped.httpCode;
				output.push({ json, pairedItem: { item: itemIndex } });
				continue;
			}
			throw shaped;
		}
	}
	return [output];
}

function shapeError(context: IExecuteFunctions, error: unknown, itemIndex: number): NodeApiError | NodeOperationError {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) {
		if (error.context.itemIndex === undefined) error.context.itemIndex = itemIndex;
		return error;
	}
	if (error instanceof PaginationStalledError) {
		return new NodeOperationError(context.getNode(), `Paging stopped: ${error.message}${itemSuffix(itemIndex)}`, {
			itemIndex,
			description: 'No record was returned twice. Run the workflow again; if it repeats, the service is returning inconsistent pages.',
		});
	}
	return new NodeOperationError(context.getNode(), error as Error, { itemIndex });
}
