import { defineResource } from '../../../shared/kit';
import { addFreeformTopics } from './addFreeformTopics';
import { addNote } from './addNote';
import { addTopics } from './addTopics';
import { close } from './close';
import { get } from './get';
import { getFreeformTopic } from './getFreeformTopic';
import { getItems } from './getItems';
import { getNote } from './getNote';
import { removeFreeformTopics } from './removeFreeformTopics';
import { removeTopic } from './removeTopic';
import { update } from './update';

export const conversation = defineResource('conversation', {
	name: 'Conversation',
	description: 'Conversations, their topics, notes and timeline',
	operations: [
		addFreeformTopics,
		addNote,
		addTopics,
		close,
		get,
		getFreeformTopic,
		getItems,
		getNote,
		removeFreeformTopics,
		removeTopic,
		update,
	],
});
