import { defineResource } from '../../../shared/kit';
import { create } from './create';
import { remove } from './delete';
import { deleteContent } from './deleteContent';
import { get } from './get';
import { getContent } from './getContent';
import { getManyPublic } from './getManyPublic';
import { search } from './search';
import { setContent } from './setContent';
import { update } from './update';

export const answer = defineResource('answer', {
	name: 'Answer',
	description: 'Knowledge-base answers and their content',
	operations: [
		create,
		remove,
		deleteContent,
		get,
		getContent,
		getManyPublic,
		search,
		setContent,
		update,
	],
});
