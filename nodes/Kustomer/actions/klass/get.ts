import { defineOperation } from '../../../shared/kit';
import { readDefinitions } from '../../custom';
import { klassField, outputOptions } from '../../descriptions';
import { shapeOf } from '../../output';
import { kustomerGetMany } from '../../transport';

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
		// GET /v1/klasses/{x} takes an ID while the dropdown gives the name: find it in the list.
		const qs = { status: 'existing_only' };
		const klasses = await kustomerGetMany(item, '/v1/klasses', { returnAll: true, qs });
		const klass = klasses.find((record) => record.attributes?.name === name || record.id === name);
		if (!klass) {
			throw item.fail('Custom Object Type', `"${name}" is not a Klass of this organization`);
		}
		const metadata = `kobject.${String(klass.attributes?.name ?? name)}`;
		return { ...shape(klass), attributeDefinitions: await readDefinitions(item, metadata) };
	},
});
