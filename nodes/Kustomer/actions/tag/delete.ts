import { defineOperation } from '../../../shared/kit';
import { readTag, sendTagWrite, tagField } from './fields';

/**
 * Deletes a tag: DELETE /v1/tags/{id}. Kustomer does not document this endpoint (see
 * unconfirmed.ts).
 */
export const remove = defineOperation('delete', {
	name: 'Delete',
	action: 'Delete a tag',
	description: 'Delete a tag, chosen by name or ID (on an endpoint Kustomer does not document)',
	fields: [tagField],
	input: async (item) => ({ tag: await readTag(item) }),
	run: async (item, { tag }) => {
		await sendTagWrite(item, 'delete', tag);
		return { id: tag.id.raw, deleted: true };
	},
});
