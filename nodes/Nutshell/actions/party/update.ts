import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { describeOperation } from '../../../shared/descriptions';
import type { OperationModule } from '../../../shared/router';
import { toItems } from '../../../shared/router';
import { customFieldsField } from '../../descriptions';
import { readCustomFields } from '../../helpers';
import { patchAndGet } from '../../transport';
import { partyIdPath } from './config';
import type { PartyConfig } from './config';
import { partyPatch, partyUpdateFields } from './patch';

export function updateOperation(config: PartyConfig): OperationModule {
	return {
		description: describeOperation(config.resource, 'update', [
			config.locator,
			partyUpdateFields(config),
			customFieldsField(config.customFieldsMethod),
		]),
		async execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
			const id = partyIdPath(this, config, itemIndex);
			const fields = this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject;
			const patch = partyPatch(this, config, fields, itemIndex);
			patch.customFields(await readCustomFields.call(this, config.plural, itemIndex));
			return toItems(
				await patchAndGet({ n8n: this, index: itemIndex }, config.plural,
					id,
					patch.requireChanges(this.getNode(), itemIndex),
				),
				itemIndex,
			);
		},
	};
}
