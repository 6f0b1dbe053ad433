import { simplifyField } from '../../../shared/descriptions';
import { defineOperation } from '../../../shared/kit';
import { outputItem } from '../../simplify';
import { getRecord } from '../../transport';
import { itemField } from './itemFields';

export const get = defineOperation('get', {
	name: 'Get',
	action: 'Get a conversation item',
	description: 'Retrieve a message, note or other timeline item',
	fields: [itemField, simplifyField],
	input: (item) => ({ id: item.id('itemId', 'itemId'), simple: item.boolean('simple', true) }),
	run: async (item, { id, simple }) =>
		outputItem(await getRecord(item, `/conversation-items/${id.path}`), simple),
});
