import { defineOperation } from '../../../shared/kit';
import { outputOptions } from '../../descriptions';
import { shapeOf } from '../../output';
import { requireChanges, sendRecord } from '../common';
import { channelField, draftBody, draftFields, draftId } from './fields';

export const update = defineOperation('update', {
	name: 'Update',
	action: 'Update a draft',
	description: 'Change a draft, or schedule it with Send At',
	fields: [
		draftId,
		channelField('Channel of the draft (decides how To and From are sent)'),
		draftFields('updateFields'),
		outputOptions(),
	],
	input: (item) => {
		const id = item.id('draftId', 'Draft ID');
		const channel = item.string('channel', 'Channel', { fallback: 'email' });
		const fields = draftBody(item, 'updateFields', channel);
		const body = { channel, ...requireChanges(item, fields, 'Update Fields') };
		return { id, body, shape: shapeOf(item, 'record') };
	},
	run: async (item, { id, body, shape }) =>
		shape(await sendRecord(item, 'PUT', `/v1/drafts/${id.path}`, body)),
});
