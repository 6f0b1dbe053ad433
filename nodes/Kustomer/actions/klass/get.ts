import { defineOperation } from '../../../shared/kit';
import { readDefinitions } from '../../custom';
import { klassField, outputOptions } from '../../descriptions';
import { shapeOf } from '../../output';
import { findKlass } from './fields';

/**
 * A Klass (custom object type) by name, with its attribute definitions (`GET
 * /v1/metadata/kobject.<name>`).
 */
export const get = defineOperation('get', {
	name: 'Get',
	action: 'Get a klass',
	description: 'Retrieve a custom object type with its attribute definitions',
	fields: [klassField, outputOptions()],
	input: (item) => ({
		name: item.string('klass', 'Custom Object Type', { required: true }),
		shape: shapeOf(item, 'record'),
	}),
	run: async (item, { name, shape }) => {
		const klass = await findKlass(item, name);
		const metadata = `kobject.${String(klass.attributes?.name ?? name)}`;
		return { ...shape(klass), attributeDefinitions: await readDefinitions(item, metadata) };
	},
});
