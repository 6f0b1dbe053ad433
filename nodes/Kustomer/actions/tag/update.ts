import { defineOperation } from '../../../shared/kit';
import { outputOptions } from '../../descriptions';
import { shapeOf } from '../../output';
import { requireChanges } from '../common';
import { readTag, sendTagWrite, tagBody, tagField, tagFields } from './fields';

/**
 * Renames or recolors a tag: PUT /v1/tags/{id} with the attributes that change. Kustomer does not
 * document this endpoint (see unconfirmed.ts).
 */
export const update = defineOperation('update', {
	name: 'Update',
	action: 'Update a tag',
	description:
		"Change a tag's name or color, chosen by name or ID (on an endpoint Kustomer does not document)",
	fields: [tagField, tagFields('updateFields'), outputOptions()],
	input: async (item) => {
		const body = requireChanges(item, tagBody(item, 'updateFields'), 'Update Fields');
		return { tag: await readTag(item), body, shape: shapeOf(item, 'record') };
	},
	run: async (item, { tag, body, shape }) => shape(await sendTagWrite(item, 'update', tag, body)),
});
