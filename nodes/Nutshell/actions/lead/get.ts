import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { describeOperation, simplifyField } from '../../../shared/descriptions';
import { toItems } from '../../../shared/router';
import { leadLocator } from '../../descriptions';
import { simplifyLead } from '../../simplify';
import { getRecord } from '../../transport';
import { resolveLeadId } from './fields';

export const description = describeOperation('lead', 'get', [leadLocator(), simplifyField]);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const id = await resolveLeadId.call(this, 'leadId', itemIndex);
	const record = await getRecord({ n8n: this, index: itemIndex }, 'leads', id);
	return toItems(
		this.getNodeParameter('simple', itemIndex, true) ? simplifyLead(record) : record,
		itemIndex,
	);
}
