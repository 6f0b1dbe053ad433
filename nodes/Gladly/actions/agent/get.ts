import { defineOperation } from '../../../shared/kit';
import { pickedIdField } from '../../fields';
import { getRecord } from '../../transport';

export const get = defineOperation('get', {
	name: 'Get',
	action: 'Get an agent',
	description: 'Retrieve an agent by ID',
	fields: [pickedIdField('agentId', 'Agent', 'getAgents', 'agent')],
	input: (item) => ({ id: item.id('agentId', 'agentId') }),
	run: async (item, { id }) => await getRecord(item, `/agents/${id.path}`),
});
