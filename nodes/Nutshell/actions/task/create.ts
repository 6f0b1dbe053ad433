import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { describeOperation } from '../../../shared/descriptions';
import { inputError } from '../../../shared/errors';
import { toItems } from '../../../shared/router';
import { optionalFields } from '../../descriptions';
import { toUnixSeconds } from '../../helpers';
import { firstRecord, nutshellRequest } from '../../transport';
import { assignee, assigneeField, relatedEntity, relatedField } from './fields';

export const description = describeOperation('task', 'create', [
	{
		displayName: 'Title',
		name: 'title',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Send the proposal',
		description: 'What has to be done',
	},
	optionalFields('Additional Fields', 'additionalFields', 'Add Field', [
		assigneeField(),
		{
			displayName: 'Description',
			name: 'description',
			type: 'string',
			default: '',
			description: 'Details of the task',
		},
		{
			displayName: 'Due Time',
			name: 'dueTime',
			type: 'dateTime',
			default: '',
			description: 'When the task is due',
		},
		{
			displayName: 'Recurrence Rule',
			name: 'rule',
			type: 'string',
			default: '',
			placeholder: 'e.g. FREQ=WEEKLY;BYDAY=MO',
			description: 'RRULE (RFC 5545) to repeat the task',
		},
		relatedField,
	]),
]);

/** Tasks are created WITHOUT the plural envelope (the spec's one exception besides notes). */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const node = this.getNode();
	const title = String(this.getNodeParameter('title', itemIndex, '')).trim();
	if (!title) throw inputError(node, 'Title', 'is empty', itemIndex);
	const fields = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const body: IDataObject = { title };
	if (fields.description) body.description = fields.description;
	if (fields.dueTime)
		body.dueTime = String(toUnixSeconds(node, fields.dueTime, 'Due Time', itemIndex));
	if (fields.rule) body.recurrenceRule = { rule: String(fields.rule), mode: 'dueDate' };
	const links: IDataObject = {};
	if (fields.relatedEntity)
		links.relatedEntity = relatedEntity(this, fields.relatedEntity, itemIndex);
	const user = assignee(this, fields, itemIndex);
	if (user) links.assignee = user;
	if (Object.keys(links).length) body.links = links;
	const response = await nutshellRequest({ n8n: this, index: itemIndex }, 'POST', '/tasks', {
		body,
		itemIndex,
		idempotent: false,
	});
	return toItems(firstRecord(response.body, 'tasks'), itemIndex);
}
