import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { describeOperation } from '../../../shared/descriptions';
import { inputError } from '../../../shared/errors';
import { conversationLocator, outputOptions } from '../../descriptions';
import { emit } from '../../output';
import { param } from '../../params';
import { idParam, sendRecord } from '../common';
import { noteBody, noteFields, noteText } from './fields';

const properties: INodeProperties[] = [conversationLocator(), noteText, noteFields('additionalFields'), outputOptions()];

export const description = describeOperation('note', 'create', properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const id = idParam(this, 'conversationId', 'Conversation', itemIndex);
	const text = param(this, 'body', itemIndex, '');
	if (!text.trim()) throw inputError(this.getNode(), 'Text', 'is empty', itemIndex);
	const body = { body: text, ...noteBody(this, itemIndex, 'additionalFields') };
	return emit(this, itemIndex, 'record', await sendRecord(this, itemIndex, 'POST', `/v1/conversations/${id}/notes`, body));
}
