import { defineResource } from '../../../shared/kit';
import { addRecipients } from './addRecipients';

export const campaign = defineResource('campaign', {
	name: 'Campaign',
	description: 'Proactive campaigns (status updates to customers by email, SMS or voice)',
	operations: [addRecipients],
});
