import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { splitList } from '../../../shared/kit';
import type { Item } from '../../../shared/kit';
import { fieldsCollection, idField } from '../../descriptions';
import { compact } from '../common';

/**
 * Where a note with mentions is created. Kustomer documents `userMentions` on POST /v1/notes
 * (https://developer.kustomer.com/api), not on a conversation's
 * notes; that endpoint's documented body does not name the conversation, so sending the
 * conversation as `conversation` is an assumption, kept here to change in one place.
 */
export const MENTION_NOTES = { path: '/v1/notes', conversationField: 'conversation' } as const;

export const noteId = idField('noteId', 'Note ID', 'ID of the note');
export const notePath = (item: Item) => `/v1/notes/${item.id('noteId', 'Note ID').path}`;

export const noteText: INodeProperties = {
	displayName: 'Text',
	name: 'body',
	type: 'string',
	typeOptions: { rows: 4 },
	required: true,
	default: '',
	description: 'Text of the note (internal: customers never see notes)',
};

export function noteFields(name: 'additionalFields' | 'updateFields'): INodeProperties {
	return fieldsCollection(name, [
		{ displayName: 'External ID', name: 'externalId', type: 'string', default: '' },
		{
			displayName: 'Mention Team IDs',
			name: 'mentionTeams',
			type: 'string',
			default: '',
			description: 'Teams to notify, comma-separated IDs',
		},
		{
			displayName: 'Mention User IDs',
			name: 'mentionUsers',
			type: 'string',
			default: '',
			description: 'Users to notify, comma-separated IDs',
		},
		...(name === 'updateFields' ? [{ ...noteText, required: false }] : []),
	]);
}

/** Note body: text, external id and mentions as `userMentions: [{ user } | { team }]`. */
export function noteBody(item: Item, name: 'additionalFields' | 'updateFields'): IDataObject {
	const fields = { ...item.collection(name) };
	const mentions = [
		...splitList(fields.mentionUsers).map((user) => ({ user })),
		...splitList(fields.mentionTeams).map((team) => ({ team })),
	];
	delete fields.mentionUsers;
	delete fields.mentionTeams;
	const body = compact(fields);
	if (mentions.length) body.userMentions = mentions;
	return body;
}
