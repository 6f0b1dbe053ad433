import type { INodeProperties } from 'n8n-workflow';

import { idField } from '../../descriptions';

export const conversationField: INodeProperties = idField('conversationId', 'Conversation ID', 'The ID of the Gladly conversation');
