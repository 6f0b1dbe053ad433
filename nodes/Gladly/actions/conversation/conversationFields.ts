/** Fields and reads shared by the conversation operations. */
import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { RecordId } from '../../../shared/ids';
import type { Item } from '../../../shared/kit';
import { idField } from '../../fields';
import { outputConversation } from '../../simplify';
import { getRecord } from '../../transport';

export const conversationField: INodeProperties = idField(
	'conversationId',
	'Conversation ID',
	'The ID of the Gladly conversation',
);

/** Reads the conversation back, simplified or not. */
export async function readConversation(
	item: Item,
	id: RecordId,
	simple: boolean,
): Promise<IDataObject> {
	return outputConversation(await getRecord(item, `/conversations/${id.path}`), simple);
}
