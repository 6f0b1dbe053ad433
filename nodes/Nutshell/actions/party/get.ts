import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { describeOperation, simplifyField } from '../../../shared/descriptions';
import type { OperationModule } from '../../../shared/router';
import { toItems } from '../../../shared/router';
import { getRecord } from '../../transport';
import { partyIdPath } from './config';
import type { PartyConfig } from './config';

export function getOperation(config: PartyConfig): OperationModule {
	return {
		description: describeOperation(config.resource, 'get', [config.locator, simplifyField]),
		async execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
			const record = await getRecord({ n8n: this, index: itemIndex }, config.plural,
				partyIdPath(this, config, itemIndex),
			);
			const simple = this.getNodeParameter('simple', itemIndex, true) as boolean;
			return toItems(simple ? config.simplify(record) : record, itemIndex);
		},
	};
}
