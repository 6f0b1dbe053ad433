import { defineOperation } from '../../../shared/kit';
import { customAttributesField } from '../../custom';
import { klassField, outputOptions } from '../../descriptions';
import { shapeOf } from '../../output';
import { requireChanges, sendRecord } from '../common';
import { klassPath, objectBody, objectFields, objectId } from './fields';

export const update = defineOperation('update', {
	name: 'Update',
	action: 'Update a custom object',
	description: "Update a custom object's attributes",
	fields: [
		klassField,
		objectId,
		objectFields('updateFields'),
		customAttributesField(),
		outputOptions(),
	],
	input: async (item) => {
		const path = `${klassPath(item)}/${item.id('objectId', 'Custom Object ID').path}`;
		const body = requireChanges(item, await objectBody(item, 'updateFields'), 'Update Fields');
		return { path, body, shape: shapeOf(item, 'record') };
	},
	run: async (item, { path, body, shape }) => shape(await sendRecord(item, 'PUT', path, body)),
});
