import { defineResource } from '../../../shared/kit';
import { addTags } from './addTags';
import { create } from './create';
import { remove } from './delete';
import { downloadAttachments } from './downloadAttachments';
import { get } from './get';
import { getAttachments } from './getAttachments';
import { getEvents } from './getEvents';
import { getMany } from './getMany';
import { getMessages } from './getMessages';
import { getNotes } from './getNotes';
import { getTimes } from './getTimes';
import { removeTags } from './removeTags';
import { update } from './update';

export const conversation = defineResource('conversation', {
	name: 'Conversation',
	description: 'Threads of messages with a customer',
	operations: [
		addTags,
		create,
		remove,
		downloadAttachments,
		get,
		getAttachments,
		getEvents,
		getMany,
		getMessages,
		getNotes,
		getTimes,
		removeTags,
		update,
	],
});
