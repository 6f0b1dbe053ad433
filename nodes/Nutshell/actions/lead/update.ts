import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { describeOperation } from '../../../shared/descriptions';
import { toItems } from '../../../shared/router';
import { customFieldsField, leadLocator, optionalFields } from '../../descriptions';
import { PatchBuilder, readCustomFields, toUnixSeconds } from '../../helpers';
import { normaliseId } from '../../ids';
import { patchAndGet } from '../../transport';
import { leadDueTime } from '../../unconfirmed';
import { leadValue } from './create';
import { leadLinkFields, ownerField, readLinkIds, resolveLeadId } from './fields';

const properties: INodeProperties[] = [
	leadLocator(),
	optionalFields('Update Fields', 'updateFields', 'Add Field', [
		...leadLinkFields('Add'),
		{
			displayName: 'Description',
			name: 'description',
			type: 'string',
			default: '',
			description: 'New description (also the lead name)',
		},
		{
			displayName: 'Due Time',
			name: 'dueTime',
			type: 'dateTime',
			default: '',
			description: 'New expected close time',
		},
		ownerField(),
		...leadLinkFields('Remove'),
		{
			displayName: 'Value',
			name: 'value',
			type: 'string',
			default: '',
			placeholder: 'e.g. 999.99',
			description: 'New lead value',
		},
	]),
	customFieldsField('getLeadCustomFields'),
];

export const description = describeOperation('lead', 'update', properties);

/** Plain fields → JSON Patch (replace fields, add/remove links, custom fields) → PATCH → GET. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const node = this.getNode();
	const fields = this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject;
	const patch = new PatchBuilder('leads');
	if (fields.description) patch.set('description', String(fields.description));
	if (fields.value !== undefined && fields.value !== '')
		patch.set('manualValue', leadValue(this, fields.value, itemIndex));
	if (fields.dueTime)
		patch.set('dueTime', leadDueTime(toUnixSeconds(node, fields.dueTime, 'Due Time', itemIndex)));
	if (fields.owner)
		patch.setLink('owner', normaliseId(node, fields.owner, 'users', 'Owner', itemIndex));
	for (const { relation, ids } of readLinkIds(this, fields, 'add', itemIndex))
		patch.addLinks(relation, ids);
	for (const { relation, ids } of readLinkIds(this, fields, 'remove', itemIndex))
		patch.removeLinks(relation, ids);
	const id = await resolveLeadId.call(this, 'leadId', itemIndex);
	patch.customFields(await readCustomFields.call(this, 'leads', itemIndex));
	return toItems(
		await patchAndGet({ n8n: this, index: itemIndex }, 'leads', id, patch.requireChanges(node, itemIndex)),
		itemIndex,
	);
}
