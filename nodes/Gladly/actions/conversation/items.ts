import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { returnAllOrLimit, simplifyField } from '../../../shared/descriptions';
import { toItems } from '../../../shared/router';
import { idParam, operation } from '../../descriptions';
import { outputItem } from '../../simplify';
import { cappedList } from '../../transport';
import { conversationField } from './fields';

const properties: INodeProperties[] = [
	conversationField,
	...returnAllOrLimit(1000),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [{ displayName: 'Session ID', name: 'sessionId', type: 'string', default: '', description: 'Only the items of this chat session' }],
	},
	simplifyField,
];

export const getItems = operation('conversation', 'getItems', properties, async function (itemIndex) {
	const id = idParam(this, 'conversationId', itemIndex);
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const qs: IDataObject = filters.sessionId ? { sessionId: filters.sessionId } : {};
	const records = await cappedList.call(this, `/conversations/${id}/items`, { qs, itemIndex, cap: 1000, what: 'items' });
	const simple = this.getNodeParameter('simple', itemIndex, true) as boolean;
	return toItems(records.map((record) => outputItem(record, simple)), itemIndex);
});
