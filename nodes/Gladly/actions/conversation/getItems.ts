import { returnAllOrLimit, simplifyField } from '../../../shared/descriptions';
import { defineOperation } from '../../../shared/kit';
import { outputItem } from '../../simplify';
import { fieldsCollection } from '../../fields';
import { cappedList } from '../../transport';
import { conversationField } from './conversationFields';

export const getItems = defineOperation('getItems', {
	name: 'Get Items',
	action: 'Get items of a conversation',
	description: 'Retrieve the timeline of a conversation (Gladly returns at most 1000 items)',
	fields: [
		conversationField,
		...returnAllOrLimit(1000),
		fieldsCollection(
			[
				{
					displayName: 'Session ID',
					name: 'sessionId',
					type: 'string',
					default: '',
					description: 'Only the items of this chat session',
				},
			],
			'filters',
		),
		simplifyField,
	],
	input: (item) => {
		const { sessionId } = item.collection('filters');
		return {
			id: item.id('conversationId', 'conversationId'),
			qs: sessionId ? { sessionId } : {},
			limit: item.limit(),
			simple: item.boolean('simple', true),
		};
	},
	run: async (item, { id, qs, limit, simple }) => {
		const path = `/conversations/${id.path}/items`;
		const records = await cappedList(item, path, { qs, limit, cap: 1000, what: 'items' });
		return records.map((record) => outputItem(record, simple));
	},
});
