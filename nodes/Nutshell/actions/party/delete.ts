import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { describeOperation } from '../../../shared/descriptions';
import type { OperationModule } from '../../../shared/router';
import { toItems } from '../../../shared/router';
import { nutshellRequest, recordOrFetch } from '../../transport';
import { partyIdPath } from './config';
import type { PartyConfig } from './config';

export function deleteOperation(config: PartyConfig): OperationModule {
	return {
		description: describeOperation(config.resource, 'delete', [config.locator]),
		async execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
			const id = partyIdPath(this, config, itemIndex);
			await nutshellRequest({ n8n: this, index: itemIndex }, 'DELETE', `/${config.plural}/${id}`, { itemIndex });
			return toItems({ deleted: true, id: decodeURIComponent(id) }, itemIndex);
		},
	};
}

export function undeleteOperation(config: PartyConfig): OperationModule {
	return {
		description: describeOperation(config.resource, 'undelete', [config.locator]),
		async execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
			const id = partyIdPath(this, config, itemIndex);
			const response = await nutshellRequest({ n8n: this, index: itemIndex }, 'POST',
				`/${config.plural}/${id}/undelete`,
				{ itemIndex, idempotent: true },
			);
			return toItems(
				await recordOrFetch({ n8n: this, index: itemIndex }, response.body, config.plural, id),
				itemIndex,
			);
		},
	};
}
