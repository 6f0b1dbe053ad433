import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { describeOperation } from '../../../shared/descriptions';
import type { OperationModule } from '../../../shared/router';
import { toItems } from '../../../shared/router';
import { leadLocator } from '../../descriptions';
import { nutshellRequest, recordOrFetch } from '../../transport';
import { resolveLeadId } from './fields';

/** Lead operations that only need the lead: one POST (or DELETE), then the lead as it now is. */
function leadCall(
	operation: string,
	method: 'POST' | 'DELETE',
	suffix: string,
	output: 'lead' | 'deleted',
	extra: INodeProperties[] = [],
): OperationModule {
	return {
		description: describeOperation('lead', operation, [leadLocator(), ...extra]),
		async execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
			const id = await resolveLeadId.call(this, 'leadId', itemIndex);
			const response = await nutshellRequest({ n8n: this, index: itemIndex }, method, `/leads/${id}${suffix}`, {
				itemIndex,
				idempotent: true,
			});
			if (output === 'deleted')
				return toItems({ deleted: true, id: decodeURIComponent(id) }, itemIndex);
			return toItems(
				await recordOrFetch({ n8n: this, index: itemIndex }, response.body, 'leads', id),
				itemIndex,
			);
		},
	};
}

export const remove = leadCall('delete', 'DELETE', '', 'deleted');
export const undelete = leadCall('undelete', 'POST', '/undelete', 'lead');
export const reopen = leadCall('reopen', 'POST', '/reopen', 'lead');
export const watch = leadCall('watch', 'POST', '/watch', 'lead');
