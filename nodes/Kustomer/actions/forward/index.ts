import { defineResource } from '../../../shared/kit';
import { addAttachment } from './addAttachment';
import { create } from './create';
import { deleteAttachment } from './deleteAttachment';
import { get } from './get';
import { getAttachments } from './getAttachments';
import { getMany } from './getMany';
import { update } from './update';

export const forward = defineResource('forward', {
	name: 'Forward',
	description: 'Conversations forwarded by email',
	operations: [addAttachment, create, deleteAttachment, get, getAttachments, getMany, update],
	defaultOperation: 'create',
});
