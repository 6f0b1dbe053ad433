import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { describeOperation } from '../../../shared/descriptions';
import { outputOptions } from '../../descriptions';
import { emit } from '../../output';
import { param } from '../../params';
import { idParam, requireChanges, sendRecord } from '../common';
import { channelField, draftBody, draftFields, draftId } from './fields';

const properties: INodeProperties[] = [draftId, channelField('Channel of the draft (decides how To and From are sent)'), draftFields('updateFields'), outputOptions()];

export const description = describeOperation('draft', 'update', properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const id = idParam(this, 'draftId', 'Draft ID', itemIndex);
	const channel = param(this, 'channel', itemIndex, 'email');
	const body = { channel, ...requireChanges(this, draftBody(this, itemIndex, 'updateFields', channel), 'Update Fields', itemIndex) };
	return emit(this, itemIndex, 'record', await sendRecord(this, itemIndex, 'PUT', `/v1/drafts/${id}`, body));
}
