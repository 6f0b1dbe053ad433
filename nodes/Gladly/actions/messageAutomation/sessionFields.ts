/** Fields and paths shared by the Message Automation operations. */
import type { INodeProperties } from 'n8n-workflow';

import type { RecordId } from '../../../shared/ids';
import type { Item } from '../../../shared/kit';
import { idField } from '../../fields';

export const sessionField = idField(
	'sessionId',
	'Session ID',
	'The automation session: content.sessionId of an AUTOMATION/MESSAGE_RECEIVED event',
);

export const readSession = (item: Item): { session: RecordId } => ({
	session: item.id('sessionId', 'Session ID'),
});

/** Path of an automation session (below /api/v1). */
export const sessionPath = (session: RecordId) => `/message-automation/sessions/${session.path}`;

/** A reason Gladly shows with a hand-off or close: 1 to 240 characters. */
export function reasonField(description: string, placeholder: string): INodeProperties {
	return {
		displayName: 'Reason',
		name: 'description',
		type: 'string',
		default: '',
		required: true,
		placeholder,
		description: `${description} (up to 240 characters)`,
	};
}

export function readReason(item: Item): string {
	const text = item.string('description', 'Reason', { required: true });
	if (text.length > 240)
		throw item.fail('Reason', `must be at most 240 characters, not ${text.length}`);
	return text;
}
