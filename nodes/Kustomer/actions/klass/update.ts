import { defineOperation } from '../../../shared/kit';
import { klassField, outputOptions } from '../../descriptions';
import { shapeOf } from '../../output';
import { requireChanges, sendRecord } from '../common';
import { findKlass, klassBody, klassFields } from './fields';

/** PUT /v1/klasses/{id} (the Klass's ID, found from its name): display name, icon, color, status. */
export const update = defineOperation('update', {
	name: 'Update',
	action: 'Update a klass',
	description:
		"Update a custom object type's display name, icon, color or status (its name cannot change)",
	fields: [klassField, klassFields('updateFields'), outputOptions()],
	input: (item) => ({
		name: item.string('klass', 'Custom Object Type', { required: true }),
		body: requireChanges(item, klassBody(item, 'updateFields'), 'Update Fields'),
		shape: shapeOf(item, 'record'),
	}),
	run: async (item, { name, body, shape }) => {
		const klass = await findKlass(item, name);
		const path = `/v1/klasses/${encodeURIComponent(klass.id)}`;
		return shape(await sendRecord(item, 'PUT', path, body));
	},
});
