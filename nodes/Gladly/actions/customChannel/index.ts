import { defineResource } from '../../../shared/kit';
import { sendMessage } from './sendMessage';
import { updateMessageStatus } from './updateMessageStatus';

export const customChannel = defineResource('customChannel', {
	name: 'Custom Channel',
	description: 'Messages of a custom messaging channel (a third-party chat or SMS service)',
	operations: [sendMessage, updateMessageStatus],
	defaultOperation: 'sendMessage',
});
