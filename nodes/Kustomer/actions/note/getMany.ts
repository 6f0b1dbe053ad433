import { defineOperation } from '../../../shared/kit';
import { listFields, readList, runList, scopeFields, scopedPath } from '../common';

/** Notes of a conversation, of a customer, or of the whole org. */
export const getMany = defineOperation('getMany', {
	name: 'Get Many',
	action: 'Get many notes',
	description: 'Retrieve many notes of a conversation, a customer or the org',
	fields: listFields({ fields: scopeFields('note') }),
	input: (item) => readList(item, { path: scopedPath(item, 'notes'), kind: 'record' }),
	run: runList,
});
