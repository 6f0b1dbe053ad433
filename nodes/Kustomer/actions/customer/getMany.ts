import { defineOperation } from '../../../shared/kit';
import { listFields, readList, runList } from '../common';

export const getMany = defineOperation('getMany', {
	name: 'Get Many',
	action: 'Get many customers',
	description: 'Retrieve many customers, optionally only those updated since a date',
	fields: listFields({ simplify: true, incremental: true }),
	input: (item) =>
		readList(item, { path: '/v1/customers', kind: 'customer', queryContext: 'customer' }),
	run: runList,
});
