import { defineOperation } from '../../../shared/kit';
import { outputOptions } from '../../descriptions';
import { shapeOf } from '../../output';
import { kustomerRequest } from '../../transport';
import type { JsonApiResource } from '../../transport';
import { draftId } from './fields';

/** A draft's attachments: GET /v1/drafts/{id}/attachments (not paged). */
export const getAttachments = defineOperation('getAttachments', {
	name: 'Get Attachments',
	action: 'Get attachments of a draft',
	description: "List a draft's attachments (ID, name, content type, size)",
	fields: [draftId, outputOptions()],
	input: (item) => ({ id: item.id('draftId', 'Draft ID'), shape: shapeOf(item, 'record') }),
	run: async (item, { id, shape }) => {
		const response = await kustomerRequest(item, 'GET', `/v1/drafts/${id.path}/attachments`);
		const data = (response.body as { data?: JsonApiResource[] | JsonApiResource } | undefined)
			?.data;
		return (Array.isArray(data) ? data : data ? [data] : []).map(shape);
	},
});
