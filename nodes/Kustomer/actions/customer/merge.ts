import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { describeOperation } from '../../../shared/descriptions';
import { inputError } from '../../../shared/errors';
import { customerLocator, outputOptions } from '../../descriptions';
import { emit } from '../../output';
import { idValue, sendRecord } from '../common';

const properties: INodeProperties[] = [
	customerLocator({ displayName: 'Customer to Keep', description: 'The customer that remains after the merge' }),
	customerLocator({ name: 'sourceId', displayName: 'Customer to Merge', description: 'The customer merged into the one kept; it no longer exists afterwards' }),
	outputOptions(),
];

export const description = describeOperation('customer', 'merge', properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const target = idValue(this, 'customerId', 'Customer to Keep', itemIndex);
	const source = idValue(this, 'sourceId', 'Customer to Merge', itemIndex);
	if (source === target) throw inputError(this.getNode(), 'Customer to Merge', 'is the same customer as Customer to Keep', itemIndex);
	return emit(this, itemIndex, 'record', await sendRecord(this, itemIndex, 'POST', '/v1/customers/merges', { source, target }));
}
