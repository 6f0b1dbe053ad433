import { defineOperation } from '../../../shared/kit';
import { listFields, readList, runList, scopeFields, scopedPath } from '../common';

/** Messages of a conversation, of a customer, or of the whole org. */
export const getMany = defineOperation('getMany', {
	name: 'Get Many',
	action: 'Get many messages',
	description: 'Retrieve many messages of a conversation, a customer or the org',
	fields: listFields({ fields: scopeFields('message'), simplify: true }),
	input: (item) => readList(item, { path: scopedPath(item, 'messages'), kind: 'message' }),
	run: runList,
});
