import { defineOperation } from '../../../shared/kit';
import { listFields, readList, runList, scopeFields, scopedTarget } from '../common';

/**
 * Notes of a conversation, of a customer, or of the whole org; Updated Since / Created Since read
 * them through search (`note` context), oldest first.
 */
export const getMany = defineOperation('getMany', {
	name: 'Get Many',
	action: 'Get many notes',
	description:
		'Retrieve many notes of a conversation, a customer or the org, optionally only those updated or created since a date',
	fields: listFields({ fields: scopeFields('note'), incremental: true }),
	input: (item) => readList(item, scopedTarget(item, 'note')),
	run: runList,
});
