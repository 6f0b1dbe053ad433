import type { IDataObject } from 'n8n-workflow';

import { simplifyField } from '../../../shared/descriptions';
import { toItems } from '../../../shared/router';
import { idParam, operation } from '../../descriptions';
import { outputConversation } from '../../simplify';
import { gladlyRequest } from '../../transport';
import { conversationField } from './fields';

export const get = operation('conversation', 'get', [conversationField, simplifyField], async function (itemIndex) {
	const id = idParam(this, 'conversationId', itemIndex);
	const response = await gladlyRequest.call(this, 'GET', `/conversations/${id}`, { itemIndex });
	return toItems(outputConversation(response.body as IDataObject, this.getNodeParameter('simple', itemIndex, true) as boolean), itemIndex);
});
