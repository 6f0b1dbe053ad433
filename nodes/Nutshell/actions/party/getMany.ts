import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { describeOperation, returnAllOrLimit, simplifyField } from '../../../shared/descriptions';
import type { OperationModule } from '../../../shared/router';
import { toItems } from '../../../shared/router';
import { listOptions } from '../../descriptions';
import { getAllPages } from '../../transport';
import { listFilterFields, listQuery, sortField } from '../common/listFilters';
import type { PartyConfig } from './config';

export function getManyOperation(config: PartyConfig): OperationModule {
	const method = config.resource === 'person' ? 'getPersonFilterFields' : 'getCompanyFilterFields';
	return {
		description: describeOperation(config.resource, 'getMany', [
			...returnAllOrLimit(),
			...listFilterFields(method, [
				{
					displayName: 'Email',
					name: 'email',
					type: 'string',
					placeholder: 'e.g. name@email.com',
					default: '',
					description: `Only the ${config.nounPlural} with exactly this email address`,
				},
			]),
			sortField(config.sortOptions),
			simplifyField,
			listOptions,
		]),
		async execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
			const returnAll = this.getNodeParameter('returnAll', itemIndex, false) as boolean;
			const limit = this.getNodeParameter('limit', itemIndex, 50) as number;
			const simple = this.getNodeParameter('simple', itemIndex, true) as boolean;
			const records = await getAllPages({ n8n: this, index: itemIndex }, `/${config.plural}`, config.plural, {
				qs: listQuery(this, itemIndex),
				returnAll,
				limit,
				map: simple ? config.simplify : undefined,
			});
			return toItems(records, itemIndex);
		},
	};
}
