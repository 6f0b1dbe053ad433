import type { INodeProperties } from 'n8n-workflow';

export const timeoutOption: INodeProperties = {
	displayName: 'Timeout',
	name: 'timeout',
	type: 'number',
	typeOptions: { minValue: 1, maxValue: 600 },
	default: 30,
	description: 'How many seconds to wait for each response before retrying or giving up',
};

/** Return All + Limit, as n8n's lint and UX guidelines want them. */
export function returnAllOrLimit(maxLimit?: number): INodeProperties[] {
	return [
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			default: false,
			description: 'Whether to return all results or only up to a given limit',
		},
		{
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: maxLimit ?? Number.MAX_SAFE_INTEGER },
			default: 50,
			description: 'Max number of results to return',
			displayOptions: { show: { returnAll: [false] } },
		},
	];
}

export const simplifyField: INodeProperties = {
	displayName: 'Simplify',
	name: 'simple',
	type: 'boolean',
	default: true,
	description: 'Whether to return a simplified version of the response instead of the raw data',
};

/** Options › Concurrency of a list operation: pages fetched at once when the list says how many it has. */
export function concurrencyOption(defaultValue: number, why: string): INodeProperties {
	return {
		displayName: 'Concurrency',
		name: 'concurrency',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: 10 },
		default: defaultValue,
		description: `With Return All or a Limit above one page: how many pages to fetch at once, within the rate limit (1 = one after another). ${why} Records come out in the same order either way.`,
	};
}

/** Where a downloaded file goes on the output item (its binary field). */
export const binaryPropertyField: INodeProperties = {
	displayName: 'Put Output File in Field',
	name: 'binaryPropertyName',
	type: 'string',
	default: 'data',
	required: true,
	hint: 'The name of the output binary field to put the file in',
};
