import { resourceModule } from '../common';
import { createActivity, deleteActivity } from './activity';
import { downloadAttachment, downloadRecording } from './download';
import { get, getTranscript, redact } from './get';
import { reply } from './reply';

export const { operations, description } = resourceModule('conversationItem', { createActivity, deleteActivity, downloadAttachment, downloadRecording, get, getTranscript, redact, reply }, [
	{ name: 'Create Activity', value: 'createActivity', action: 'Create a customer activity', description: 'Add a customer activity (e.g. an order event) to the customer timeline' },
	{ name: 'Delete Activity', value: 'deleteActivity', action: 'Delete a customer activity', description: 'Delete a customer activity item' },
	{ name: 'Download Attachment', value: 'downloadAttachment', action: 'Download an attachment', description: 'Download a file attached to a message as binary data' },
	{ name: 'Download Recording', value: 'downloadRecording', action: 'Download a recording', description: 'Download the MP3 of a phone call or voicemail as binary data' },
	{ name: 'Get', value: 'get', action: 'Get a conversation item', description: 'Retrieve a message, note or other timeline item' },
	{ name: 'Get Voice Transcript', value: 'getTranscript', action: 'Get a voice transcript', description: 'Retrieve the transcript of a phone call' },
	{ name: 'Redact', value: 'redact', action: 'Redact a conversation item', description: 'Remove the content of a message for good' },
	{ name: 'Reply', value: 'reply', action: 'Reply to a message', description: 'Send a reply to a customer message on its channel (email, chat, SMS, WhatsApp…)' },
]);
