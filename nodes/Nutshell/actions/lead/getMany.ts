import { returnAllOrLimit, simplifyField } from '../../../shared/descriptions';
import { defineOperation } from '../../../shared/kit';
import { dynamicOptions, listOptions } from '../../descriptions';
import { getList, listFilterFields, readList, sortField } from '../../lists';
import { simplifyLead } from '../../simplify';

export const getMany = defineOperation('getMany', {
	name: 'Get Many',
	action: 'Get many leads',
	description: 'Retrieve a list of leads, with search, filters and sorting',
	fields: [
		...returnAllOrLimit(),
		...listFilterFields('getLeadFilterFields', [
			{
				displayName: 'Lead Number',
				name: 'number',
				type: 'string',
				default: '',
				placeholder: 'e.g. 1000',
				description: 'The number shown in the app (Lead-1000); prefix with > or < for a range',
			},
			dynamicOptions('Pipeline', 'pipeline', 'getPipelines'),
		]),
		sortField([
			'age',
			'closedTime',
			'confidence',
			'milestone',
			'name',
			'owner',
			'sources',
			'value',
		]),
		simplifyField,
		listOptions,
	],
	input: readList,
	run: async (item, input) => await getList(item, 'leads', input, simplifyLead),
});
