import { returnAllOrLimit } from '../../../shared/descriptions';
import { defineOperation } from '../../../shared/kit';
import { listOptions } from '../../descriptions';
import { DEFAULT_CONCURRENCY, getAllPages } from '../../transport';

export const getMany = defineOperation('getMany', {
	name: 'Get Many',
	action: 'Get many notes',
	description:
		'Retrieve notes; Nutshell offers no filter on notes, and each note names the lead, person or company it is on in links.parent',
	fields: [...returnAllOrLimit(), listOptions],
	input: (item) => ({ limit: item.limit(), concurrency: item.concurrency(DEFAULT_CONCURRENCY) }),
	run: async (item, { limit, concurrency }) =>
		await getAllPages(item, '/notes', 'notes', {
			returnAll: limit === undefined,
			limit,
			concurrency,
		}),
});
