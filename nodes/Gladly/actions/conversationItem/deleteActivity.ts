import { defineOperation } from '../../../shared/kit';
import { gladlyRequest } from '../../transport';
import { itemField } from './itemFields';

export const deleteActivity = defineOperation('deleteActivity', {
	name: 'Delete Activity',
	action: 'Delete a customer activity',
	description: 'Delete a customer activity item',
	fields: [itemField],
	input: (item) => ({ id: item.id('itemId', 'itemId') }),
	run: async (item, { id }) => {
		await gladlyRequest(item, 'DELETE', `/conversation-items/${id.path}`);
		return { deleted: true, id: id.raw };
	},
});
