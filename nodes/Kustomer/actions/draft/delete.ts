import { defineOperation } from '../../../shared/kit';
import { kustomerRequest } from '../../transport';
import { draftId } from './fields';

export const remove = defineOperation('delete', {
	name: 'Delete',
	action: 'Delete a draft',
	description: 'Delete a draft that was not sent',
	fields: [draftId],
	input: (item) => ({ id: item.id('draftId', 'Draft ID') }),
	run: async (item, { id }) => {
		await kustomerRequest(item, 'DELETE', `/v1/drafts/${id.path}`);
		return { id: id.raw, deleted: true };
	},
});
