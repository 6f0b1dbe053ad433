import { defineOperation } from '../../../shared/kit';
import { nameField, outputOptions } from '../../descriptions';
import { shapeOf } from '../../output';
import { sendTagWrite, tagBody, tagFields } from './fields';

/**
 * Creates a tag: POST /v1/tags with `{ name, color }`. Kustomer does not document this endpoint (see
 * unconfirmed.ts); an org whose API refuses it fails the item with a message that says so.
 */
export const create = defineOperation('create', {
	name: 'Create',
	action: 'Create a tag',
	description:
		'Create a tag with a name and optional color (on an endpoint Kustomer does not document)',
	fields: [nameField('e.g. refund-requested'), tagFields('additionalFields'), outputOptions()],
	input: (item) => {
		const name = item.string('name', 'Name', { required: true });
		const body = { name, ...tagBody(item, 'additionalFields') };
		return { body, shape: shapeOf(item, 'record') };
	},
	run: async (item, { body, shape }) => shape(await sendTagWrite(item, 'create', undefined, body)),
});
