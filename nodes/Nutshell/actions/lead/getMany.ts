import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { describeOperation, returnAllOrLimit, simplifyField } from '../../../shared/descriptions';
import { toItems } from '../../../shared/router';
import { dynamicOptions, listOptions } from '../../descriptions';
import { simplifyLead } from '../../simplify';
import { getAllPages } from '../../transport';
import { listFilterFields, listQuery, sortField } from '../common/listFilters';

export const description = describeOperation('lead', 'getMany', [
	...returnAllOrLimit(),
	...listFilterFields('getLeadFilterFields', [
		{
			displayName: 'Lead Number',
			name: 'number',
			type: 'string',
			default: '',
			placeholder: 'e.g. 1000',
			description: 'The number shown in the app (Lead-1000); prefix with > or < for a range',
		},
		dynamicOptions('Pipeline', 'pipeline', 'getPipelines'),
	]),
	sortField(['age', 'closedTime', 'confidence', 'milestone', 'name', 'owner', 'sources', 'value']),
	simplifyField,
	listOptions,
]);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const returnAll = this.getNodeParameter('returnAll', itemIndex, false) as boolean;
	const limit = this.getNodeParameter('limit', itemIndex, 50) as number;
	const simple = this.getNodeParameter('simple', itemIndex, true) as boolean;
	const records = await getAllPages({ n8n: this, index: itemIndex }, '/leads', 'leads', {
		qs: listQuery(this, itemIndex),
		returnAll,
		limit,
		map: simple ? simplifyLead : undefined,
	});
	return toItems(records, itemIndex);
}
