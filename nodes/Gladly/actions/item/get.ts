import type { IDataObject } from 'n8n-workflow';

import { simplifyField } from '../../../shared/descriptions';
import { toItems } from '../../../shared/router';
import { idParam, operation } from '../../descriptions';
import { outputItem } from '../../simplify';
import { gladlyRequest, idFromLocation } from '../../transport';
import { itemField } from './fields';

export const get = operation('conversationItem', 'get', [itemField, simplifyField], async function (itemIndex) {
	const id = idParam(this, 'itemId', itemIndex);
	const response = await gladlyRequest.call(this, 'GET', `/conversation-items/${id}`, { itemIndex });
	return toItems(outputItem(response.body as IDataObject, this.getNodeParameter('simple', itemIndex, true) as boolean), itemIndex);
});

export const getTranscript = operation('conversationItem', 'getTranscript', [itemField], async function (itemIndex) {
	const id = idParam(this, 'itemId', itemIndex);
	const response = await gladlyRequest.call(this, 'GET', `/conversation-items/${id}/voice-transcript`, { itemIndex });
	return toItems({ itemId: decodeURIComponent(id), ...(response.body as IDataObject) }, itemIndex);
});

export const redact = operation('conversationItem', 'redact', [itemField], async function (itemIndex) {
	const id = idParam(this, 'itemId', itemIndex);
	// No body at all: the spec says the request body must be empty. Redacting twice is harmless.
	const response = await gladlyRequest.call(this, 'POST', `/conversation-items/${id}/redact`, { itemIndex, idempotent: true });
	return toItems({ redacted: true, id: idFromLocation(response.headers) ?? decodeURIComponent(id) }, itemIndex);
});
