import type { IDataObject } from 'n8n-workflow';

import { toItems } from '../../../shared/router';
import { stringParameter } from '../../../shared/validate';
import { idField, idParam, operation } from '../../descriptions';
import { gladlyRequest, idFromLocation } from '../../transport';
import { conversationField } from './fields';

const bodyField = {
	displayName: 'Note',
	name: 'body',
	type: 'string' as const,
	typeOptions: { rows: 4 },
	default: '',
	required: true,
	description: 'Text of the internal note; limited HTML (links, lists, bold…) is allowed',
};

export const addNote = operation('conversation', 'addNote', [conversationField, bodyField], async function (itemIndex) {
	const id = idParam(this, 'conversationId', itemIndex);
	const body = stringParameter(this, 'body', itemIndex);
	// Sent as the spec's example shape {content:{body}}; its schema's top-level `body` contradicts its own `required`.
	// Notes take no client id, so this create is not retried after an ambiguous network failure.
	const created = await gladlyRequest.call(this, 'POST', `/conversations/${id}/notes`, { body: { content: { body } }, itemIndex });
	const noteId = idFromLocation(created.headers);
	if (!noteId) return toItems({ conversationId: decodeURIComponent(id), created: true }, itemIndex);
	const note = await gladlyRequest.call(this, 'GET', `/conversations/${id}/notes/${encodeURIComponent(noteId)}`, { itemIndex });
	return toItems(note.body as IDataObject, itemIndex);
});

export const getNote = operation('conversation', 'getNote', [conversationField, idField('noteId', 'Note ID', 'The ID of the note')], async function (itemIndex) {
	const id = idParam(this, 'conversationId', itemIndex);
	const noteId = idParam(this, 'noteId', itemIndex);
	const response = await gladlyRequest.call(this, 'GET', `/conversations/${id}/notes/${noteId}`, { itemIndex });
	return toItems(response.body as IDataObject, itemIndex);
});
