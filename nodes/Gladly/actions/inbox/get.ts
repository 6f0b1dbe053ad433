import { defineOperation } from '../../../shared/kit';
import { pickedIdField } from '../../fields';
import { getRecord } from '../../transport';

export const get = defineOperation('get', {
	name: 'Get',
	action: 'Get an inbox',
	description: 'Retrieve an inbox by ID',
	fields: [pickedIdField('inboxId', 'Inbox', 'getInboxes', 'inbox')],
	input: (item) => ({ id: item.id('inboxId', 'inboxId') }),
	run: async (item, { id }) => await getRecord(item, `/inboxes/${id.path}`),
});
