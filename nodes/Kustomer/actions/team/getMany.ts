import { defineOperation } from '../../../shared/kit';
import { listFields, readList, runList } from '../common';

/** Teams: GET /v1/teams, up to 500 per page. */
export const getMany = defineOperation('getMany', {
	name: 'Get Many',
	action: 'Get many teams',
	description: 'Retrieve many teams',
	fields: listFields(),
	input: (item) => readList(item, { path: '/v1/teams', kind: 'record', pageSize: 500 }),
	run: runList,
});
