import { defineOperation } from '../../../shared/kit';
import { getRecord } from '../../transport';
import { hoursField } from './hours';

export const get = defineOperation('get', {
	name: 'Get',
	action: 'Get business hours',
	description: 'Retrieve a configuration by ID',
	fields: [hoursField],
	input: (item) => ({ id: item.id('businessHoursId', 'businessHoursId') }),
	run: async (item, { id }) => await getRecord(item, `/business-hours/${id.path}`),
});
