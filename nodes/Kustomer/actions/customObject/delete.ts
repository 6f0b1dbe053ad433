import { defineOperation } from '../../../shared/kit';
import { klassField } from '../../descriptions';
import { kustomerRequest } from '../../transport';
import { klassPath, objectId } from './fields';

export const remove = defineOperation('delete', {
	name: 'Delete',
	action: 'Delete a custom object',
	description: 'Delete a custom object',
	fields: [klassField, objectId],
	input: (item) => ({ id: item.id('objectId', 'Custom Object ID'), klass: klassPath(item) }),
	run: async (item, { id, klass }) => {
		await kustomerRequest(item, 'DELETE', `${klass}/${id.path}`);
		return { id: id.raw, deleted: true };
	},
});
