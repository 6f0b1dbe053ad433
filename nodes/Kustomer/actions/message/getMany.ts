import { defineOperation } from '../../../shared/kit';
import { listFields, readList, runList, scopeFields, scopedTarget } from '../common';

/**
 * Messages of a conversation, of a customer, or of the whole org; Updated Since / Created Since
 * read them through search (`message` context), oldest first.
 */
export const getMany = defineOperation('getMany', {
	name: 'Get Many',
	action: 'Get many messages',
	description:
		'Retrieve many messages of a conversation, a customer or the org, optionally only those updated or created since a date',
	fields: listFields({ fields: scopeFields('message'), simplify: true, incremental: true }),
	input: (item) => readList(item, scopedTarget(item, 'message')),
	run: runList,
});
