import { defineOperation } from '../../../shared/kit';
import { listFields, readList, runList } from '../common';

/**
 * The org's satisfaction (CSAT) surveys: GET /v1/satisfaction (questions, scale, channel, criteria).
 * The responses are read from their conversations by Get Responses.
 */
export const getMany = defineOperation('getMany', {
	name: 'Get Many',
	action: 'Get many satisfaction surveys',
	description:
		"Retrieve the organization's CSAT satisfaction surveys (name, channel, scale, questions, criteria)",
	fields: listFields(),
	input: (item) => readList(item, { path: '/v1/satisfaction', kind: 'record' }),
	run: runList,
});
