import { defineResource } from '../../../shared/kit';
import { createActivity } from './createActivity';
import { deleteActivity } from './deleteActivity';
import { downloadAttachment } from './downloadAttachment';
import { downloadRecording } from './downloadRecording';
import { get } from './get';
import { getTranscript } from './getTranscript';
import { redact } from './redact';
import { reply } from './reply';

export const conversationItem = defineResource('conversationItem', {
	name: 'Conversation Item',
	description: 'Messages and other timeline items: replies, activities, files',
	operations: [
		createActivity,
		deleteActivity,
		downloadAttachment,
		downloadRecording,
		get,
		getTranscript,
		redact,
		reply,
	],
});
