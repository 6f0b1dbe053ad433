import { defineOperation } from '../../../shared/kit';
import { customFieldsField, leadLocator, optionalFields } from '../../descriptions';
import {
	checkCustomFields,
	PatchBuilder,
	readCustomFieldEntries,
	toUnixSeconds,
} from '../../helpers';
import { leadId, nutshellId, readLead } from '../../ids';
import { patchAndGet } from '../../transport';
import { leadDueTime } from '../../unconfirmed';
import { leadLinkFields, leadValue, ownerField, readLinkIds } from './fields';

/** Plain fields → JSON Patch (replace fields, add/remove links, custom fields) → PATCH → GET. */
export const update = defineOperation('update', {
	name: 'Update',
	action: 'Update a lead',
	description: 'Change fields, links and custom fields of a lead',
	fields: [
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
	],
	input: (item) => {
		const fields = item.collection('updateFields');
		const patch = new PatchBuilder('leads');
		if (fields.description) patch.set('description', String(fields.description));
		if (fields.value !== undefined && fields.value !== '')
			patch.set('manualValue', leadValue(item, fields.value));
		if (fields.dueTime) {
			const seconds = toUnixSeconds(item.node, fields.dueTime, 'Due Time', item.index);
			patch.set('dueTime', leadDueTime(seconds));
		}
		if (fields.owner) patch.setLink('owner', nutshellId(item, fields.owner, 'users', 'Owner').raw);
		for (const { relation, ids } of readLinkIds(item, fields, 'add')) patch.addLinks(relation, ids);
		for (const { relation, ids } of readLinkIds(item, fields, 'remove'))
			patch.removeLinks(relation, ids);
		const lead = readLead(item);
		const customFields = readCustomFieldEntries(item);
		patch.requireChanges(item, customFields);
		return { lead, patch, customFields };
	},
	run: async (item, { lead, patch, customFields }) => {
		const id = await leadId(item, lead);
		patch.customFields(await checkCustomFields(item, 'leads', customFields));
		return await patchAndGet(item, 'leads', id.path, patch.operations);
	},
});
