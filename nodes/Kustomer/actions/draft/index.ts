import { defineResource } from '../../../shared/kit';
import { addAttachment } from './addAttachment';
import { create } from './create';
import { remove } from './delete';
import { deleteAttachment } from './deleteAttachment';
import { getAttachments } from './getAttachments';
import { getMany } from './getMany';
import { update } from './update';

export const draft = defineResource('draft', {
	name: 'Draft',
	description: 'Replies that Kustomer sends to a customer through a channel',
	operations: [addAttachment, create, remove, deleteAttachment, getAttachments, getMany, update],
	defaultOperation: 'create',
});
