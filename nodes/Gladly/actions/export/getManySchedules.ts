import { returnAllOrLimit } from '../../../shared/descriptions';
import { defineOperation } from '../../../shared/kit';
import { getList } from '../../transport';

export const getManySchedules = defineOperation('getManySchedules', {
	name: 'Get Many Schedules',
	action: 'Get many export schedules',
	description: 'Retrieve the export schedule of the organization',
	fields: returnAllOrLimit(),
	input: (item) => ({ limit: item.limit() }),
	run: async (item, { limit }) => (await getList(item, '/export/schedules')).slice(0, limit),
});
