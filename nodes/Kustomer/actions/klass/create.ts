import { defineOperation } from '../../../shared/kit';
import { nameField, outputOptions } from '../../descriptions';
import { shapeOf } from '../../output';
import { sendRecord } from '../common';
import { KLASS_NAME, klassBody, klassFields } from './fields';

/** POST /v1/klasses: a new custom object type (name fixed for good, display name, icon, color). */
export const create = defineOperation('create', {
	name: 'Create',
	action: 'Create a klass',
	description:
		'Create a custom object type (Klass); its name cannot be changed later. Needs the org.permission.klass.create role.',
	fields: [
		nameField('e.g. ecomm-order', 'Unique name used in API paths: letters, digits, _ and -'),
		{
			displayName: 'Display Name',
			name: 'displayName',
			type: 'string',
			default: '',
			placeholder: 'e.g. Order',
		},
		klassFields('additionalFields'),
		outputOptions(),
	],
	input: (item) => {
		const name = item.string('name', 'Name', { required: true });
		if (!KLASS_NAME.test(name))
			throw item.fail('Name', `may hold only letters, digits, _ and -, not "${name}"`);
		const displayName = item.string('displayName', 'Display Name');
		const body = {
			name,
			...(displayName ? { displayName } : {}),
			...klassBody(item, 'additionalFields'),
		};
		return { body, shape: shapeOf(item, 'record') };
	},
	run: async (item, { body, shape }) => shape(await sendRecord(item, 'POST', '/v1/klasses', body)),
});
