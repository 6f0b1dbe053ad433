import { defineOperation } from '../../../shared/kit';
import { gladlyRequest } from '../../transport';
import { hoursField } from './hours';

export const remove = defineOperation('delete', {
	name: 'Delete',
	action: 'Delete business hours',
	description: 'Delete a configuration (not the primary one)',
	fields: [hoursField],
	input: (item) => ({ id: item.id('businessHoursId', 'businessHoursId') }),
	run: async (item, { id }) => {
		await gladlyRequest(item, 'DELETE', `/business-hours/${id.path}`);
		return { deleted: true, id: id.raw };
	},
});
