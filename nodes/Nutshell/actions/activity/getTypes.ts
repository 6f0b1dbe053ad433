import { defineOperation } from '../../../shared/kit';
import { nutshellRequest, recordsOf } from '../../transport';

export const getTypes = defineOperation('getTypes', {
	name: 'Get Many Activity Types',
	action: 'Get many activity types',
	description: 'List the activity types (call, meeting…)',
	input: () => ({}),
	run: async (item) =>
		recordsOf((await nutshellRequest(item, 'GET', '/activitytypes')).body, 'activityTypes'),
});
