import { defineResource } from '../../../shared/kit';
import { createChatToken } from './createChatToken';

export const userIdentity = defineResource('userIdentity', {
	name: 'User Identity',
	description: 'Identity tokens for authenticated Gladly Chat',
	operations: [createChatToken],
});
