import type { INodeProperties } from 'n8n-workflow';

import { simplifyField } from '../../../shared/descriptions';
import { splitList } from '../../../shared/kit';
import type { Item } from '../../../shared/kit';
import { RecordId } from '../../../shared/ids';
import { conversationLocator, outputOptions, tagsField } from '../../descriptions';
import { shapeOf } from '../../output';
import type { Shape } from '../../output';
import { dataOf, kustomerRequest } from '../../transport';
import { tagIds } from '../tag/resolve';

/** The fields of Add Tags and Remove Tags. */
export const tagFields: INodeProperties[] = [
	conversationLocator(),
	tagsField({
		required: true,
		hint: 'An expression may give tag names as well as IDs: names are looked up in the tag list',
	}),
	simplifyField,
	outputOptions(),
];

export interface TagsInput {
	id: RecordId;
	tags: string[];
	shape: Shape;
}

/**
 * The conversation and the tags (at least one) of Add Tags / Remove Tags; tag names are turned into
 * ids (one read of the tag list) before anything is written.
 */
export async function readTags(item: Item): Promise<TagsInput> {
	const id = item.id('conversationId', 'Conversation');
	const label = 'Tag Names or IDs';
	const tags = splitList(item.raw('tags', []));
	if (tags.length === 0) throw item.fail(label, 'is empty: choose at least one tag');
	return { id, tags: await tagIds(item, tags, label), shape: shapeOf(item, 'conversation') };
}

/**
 * POST (add) or DELETE (remove) on /v1/conversations/{id}/tags; the body is the array of tag ids.
 */
export async function sendTags(
	item: Item,
	method: 'POST' | 'DELETE',
	{ id, tags, shape }: TagsInput,
) {
	const path = `/v1/conversations/${id.path}/tags`;
	return shape(dataOf((await kustomerRequest(item, method, path, { body: tags })).body));
}
