import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { describeOperation } from '../../../shared/descriptions';
import { inputError } from '../../../shared/errors';
import { toItems } from '../../../shared/router';
import { createRecord } from '../../transport';
import { activityOptions, applyActivityFields } from './fields';

export const description = describeOperation('activity', 'create', [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Call with Andy',
		description: 'Title of the activity',
	},
	{
		displayName: 'Start Time',
		name: 'startTime',
		type: 'dateTime',
		required: true,
		default: '',
		description: 'When it starts (UTC unless the value has an offset)',
	},
	{
		displayName: 'End Time',
		name: 'endTime',
		type: 'dateTime',
		required: true,
		default: '',
		description: 'When it ends',
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: activityOptions,
	},
]);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const name = String(this.getNodeParameter('name', itemIndex, '')).trim();
	if (!name) throw inputError(this.getNode(), 'Name', 'is empty', itemIndex);
	const fields: IDataObject = {
		...(this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject),
		name,
		startTime: this.getNodeParameter('startTime', itemIndex, ''),
		endTime: this.getNodeParameter('endTime', itemIndex, ''),
	};
	if (!fields.startTime) throw inputError(this.getNode(), 'Start Time', 'is empty', itemIndex);
	if (!fields.endTime) throw inputError(this.getNode(), 'End Time', 'is empty', itemIndex);
	const body = applyActivityFields(this, {}, fields, itemIndex);
	return toItems(await createRecord({ n8n: this, index: itemIndex }, 'activities', body), itemIndex);
}
