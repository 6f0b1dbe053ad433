import { NodeApiError } from 'n8n-workflow';
import type { IDataObject, INodeProperties, JsonObject } from 'n8n-workflow';

import { itemSuffix } from '../../../shared/errors';
import { RecordId } from '../../../shared/ids';
import type { Item } from '../../../shared/kit';
import { fieldsCollection } from '../../descriptions';
import { dataOf, kustomerGetMany, kustomerRequest } from '../../transport';
import { ENDPOINT_NOT_ACCEPTED, TAG_WRITES } from '../../unconfirmed';
import { compact } from '../common';
import type { JsonApiResource } from '../../transport';
import { tagIds } from './resolve';

const TAG_LABEL = 'Tag Name or ID';

/** The tag of Update and Delete: from the dropdown (GET /v1/tags), or a name or ID by expression. */
export const tagField: INodeProperties = {
	displayName: TAG_LABEL,
	name: 'tag',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getTags' },
	required: true,
	default: '',
	description:
		'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
	hint: 'An expression may give the tag name instead (any case): it is looked up in the tag list',
};

const colorField: INodeProperties = {
	displayName: 'Color',
	name: 'color',
	type: 'color',
	default: '',
	description: 'The tag color (Tag › Get Many shows the colors in use)',
};

/** Create's Additional Fields (Color) or Update's Update Fields (Color, Name). */
export function tagFields(name: 'additionalFields' | 'updateFields'): INodeProperties {
	return fieldsCollection(name, [
		colorField,
		...(name === 'updateFields'
			? ([{ displayName: 'Name', name: 'name', type: 'string', default: '' }] as INodeProperties[])
			: []),
	]);
}

/** A tag body: flat attributes, text trimmed, empty ones left out. */
export function tagBody(item: Item, name: 'additionalFields' | 'updateFields'): IDataObject {
	const fields: IDataObject = {};
	for (const [key, value] of Object.entries(item.collection(name)))
		fields[key] = typeof value === 'string' ? value.trim() : value;
	return compact(fields);
}

export interface TagRef {
	id: RecordId;
	/** Whether the user gave an ID (a name was looked up, so that tag exists). */
	byId: boolean;
}

/** The tag chosen: an ID as given, or a name looked up (case-insensitive) in GET /v1/tags. */
export async function readTag(item: Item): Promise<TagRef> {
	const value = item.string('tag', TAG_LABEL, { required: true });
	const [id] = await tagIds(item, [value], TAG_LABEL);
	return { id: RecordId.of(item.node, id, TAG_LABEL, item.index), byId: id === value };
}

const VERB: Record<keyof typeof TAG_WRITES, string> = {
	create: 'creating',
	update: 'changing',
	delete: 'deleting',
};

async function tagListed(item: Item, id: string): Promise<boolean> {
	try {
		const tags = await kustomerGetMany(item, '/v1/tags', { returnAll: true });
		return tags.some((tag) => tag.id === id);
	} catch {
		// Without the list, the endpoint's refusal below is the best that can be said.
		return true;
	}
}

/**
 * Sends one tag write (see unconfirmed.ts). A 404 or 405 is the org's API saying it has no such
 * endpoint (or, for a tag given by ID, that the tag does not exist: then the tag list says which):
 * the item fails with a message that says so plainly, so the user knows it is not their input.
 */
export async function sendTagWrite(
	item: Item,
	kind: keyof typeof TAG_WRITES,
	tag?: TagRef,
	body?: IDataObject,
): Promise<JsonApiResource> {
	const { method, path } = TAG_WRITES[kind];
	const target = path(tag?.id.path ?? '');
	const response = await kustomerRequest(item, method, target, {
		body,
		acceptStatuses: ENDPOINT_NOT_ACCEPTED,
	});
	const status = response.statusCode;
	if (!ENDPOINT_NOT_ACCEPTED.includes(status)) return dataOf(response.body);
	if (tag?.byId && status === 404 && !(await tagListed(item, tag.id.raw)))
		throw item.fail(
			TAG_LABEL,
			`"${tag.id.raw}" is not a tag of this organization`,
			'Tag › Get Many lists the tags with their IDs.',
		);
	const message =
		`Kustomer answered ${status} to ${method} ${path('{id}')}: ${VERB[kind]} tags is not ` +
		"documented by Kustomer, and this organization's API did not accept the endpoint" +
		itemSuffix(item.index);
	const description =
		'The values given are not the cause. Kustomer documents only the tag list (Tag › Get Many) ' +
		"and tagging conversations; create, rename or delete this tag in Kustomer's settings instead.";
	const httpCode = String(status);
	throw new NodeApiError(item.node, { message, httpCode } as JsonObject, {
		message,
		description,
		httpCode,
		itemIndex: item.index,
	});
}
