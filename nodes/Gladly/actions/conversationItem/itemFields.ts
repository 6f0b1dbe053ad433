/** Fields shared by the conversation item operations. */
import type { INodeProperties } from 'n8n-workflow';

import { idField } from '../../fields';

export const itemField: INodeProperties = idField(
	'itemId',
	'Item ID',
	'The ID of the conversation item (message, note, call…)',
);
