import { defineOperation } from '../../../shared/kit';
import { klassField } from '../../descriptions';
import { kustomerRequest } from '../../transport';
import { findKlass } from './fields';

/** DELETE /v1/klasses/{id}; Kustomer refuses while objects of the Klass exist. */
export const remove = defineOperation('delete', {
	name: 'Delete',
	action: 'Delete a klass',
	description:
		'Delete a custom object type; Kustomer refuses while custom objects of that type exist',
	fields: [klassField],
	input: (item) => ({ name: item.string('klass', 'Custom Object Type', { required: true }) }),
	run: async (item, { name }) => {
		const klass = await findKlass(item, name);
		await kustomerRequest(item, 'DELETE', `/v1/klasses/${encodeURIComponent(klass.id)}`);
		return { id: klass.id, name: klass.attributes?.name ?? name, deleted: true };
	},
});
