import { defineOperation } from '../../../shared/kit';
import { idField } from '../../fields';
import { getRecord } from '../../transport';

export const getFreeformTopic = defineOperation('getFreeformTopic', {
	name: 'Get Freeform Topic',
	action: 'Get a freeform topic definition',
	description: 'Retrieve the key and label of a freeform topic',
	fields: [
		idField(
			'customAttributeId',
			'Freeform Topic ID',
			"The ID of a freeform topic definition, as found in a conversation's customAttributes",
		),
	],
	input: (item) => ({ id: item.id('customAttributeId', 'customAttributeId') }),
	run: async (item, { id }) => await getRecord(item, `/custom-attributes/${id.path}`),
});
