import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { describeOperation } from '../../../shared/descriptions';
import type { OperationModule } from '../../../shared/router';
import { toItems } from '../../../shared/router';
import { customFieldsField } from '../../descriptions';
import { readCustomFields } from '../../helpers';
import { createRecord } from '../../transport';
import type { PartyConfig } from './config';
import { partyAdditionalFields, partyRecord } from './fields';

export function createOperation(config: PartyConfig): OperationModule {
	return {
		description: describeOperation(config.resource, 'create', [
			{
				displayName: 'Name',
				name: 'name',
				type: 'string',
				required: true,
				default: '',
				placeholder: config.resource === 'person' ? 'e.g. Ana Lima' : 'e.g. Acme Corp',
				description: `Full name of the ${config.noun}`,
			},
			partyAdditionalFields(config),
			customFieldsField(config.customFieldsMethod),
		]),
		async execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
			const name = String(this.getNodeParameter('name', itemIndex, '')).trim();
			const fields = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
			const record = partyRecord(this, config, name, fields, itemIndex);
			const customFields = await readCustomFields.call(this, config.plural, itemIndex);
			if (customFields) record.customFields = customFields;
			return toItems(await createRecord({ n8n: this, index: itemIndex }, config.plural, record), itemIndex);
		},
	};
}
