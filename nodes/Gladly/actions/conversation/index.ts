import { resourceModule } from '../common';
import { close } from './close';
import { addFreeformTopics, getFreeformTopic, removeFreeformTopics } from './freeform';
import { get } from './get';
import { getItems } from './items';
import { addNote, getNote } from './notes';
import { addTopics, removeTopic } from './topics';
import { update } from './update';

export const { operations, description } = resourceModule('conversation', { addFreeformTopics, addNote, addTopics, close, get, getFreeformTopic, getItems, getNote, removeFreeformTopics, removeTopic, update }, [
	{ name: 'Add Freeform Topics', value: 'addFreeformTopics', action: 'Add freeform topics to a conversation', description: 'Add key and value pairs (conversation custom attributes)' },
	{ name: 'Add Note', value: 'addNote', action: 'Add a note to a conversation', description: 'Add an internal note, visible to agents only' },
	{ name: 'Add Topics', value: 'addTopics', action: 'Add topics to a conversation', description: 'Tag a conversation with topics' },
	{ name: 'Close', value: 'close', action: 'Close a conversation', description: 'Add the given topics, then close the conversation' },
	{ name: 'Get', value: 'get', action: 'Get a conversation', description: 'Retrieve a conversation by ID' },
	{ name: 'Get Freeform Topic', value: 'getFreeformTopic', action: 'Get a freeform topic definition', description: 'Retrieve the key and label of a freeform topic' },
	{ name: 'Get Items', value: 'getItems', action: 'Get items of a conversation', description: 'Retrieve the timeline of a conversation (Gladly returns at most 1000 items)' },
	{ name: 'Get Note', value: 'getNote', action: 'Get a note of a conversation', description: 'Retrieve an internal note' },
	{ name: 'Remove Freeform Topics', value: 'removeFreeformTopics', action: 'Remove freeform topics from a conversation', description: 'Remove key and value pairs' },
	{ name: 'Remove Topic', value: 'removeTopic', action: 'Remove a topic from a conversation', description: 'Remove one topic from a conversation' },
	{ name: 'Update', value: 'update', action: 'Update a conversation', description: 'Assign to an inbox or agent, or open or close it' },
]);
