import { defineResource } from '../../../shared/kit';
import { create } from './create';
import { remove } from './delete';
import { get } from './get';
import { getConversations } from './getConversations';
import { getCustomObjects } from './getCustomObjects';
import { getMany } from './getMany';
import { getMessages } from './getMessages';
import { getNotes } from './getNotes';
import { merge } from './merge';
import { search } from './search';
import { update } from './update';
import { upsert } from './upsert';

export const customer = defineResource('customer', {
	name: 'Customer',
	description: 'People who contact you',
	operations: [
		create,
		remove,
		get,
		getConversations,
		getCustomObjects,
		getMany,
		getMessages,
		getNotes,
		merge,
		search,
		update,
		upsert,
	],
});
