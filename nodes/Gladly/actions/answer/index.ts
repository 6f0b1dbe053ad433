import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { returnAllOrLimit } from '../../../shared/descriptions';
import { inputError } from '../../../shared/errors';
import { toItems } from '../../../shared/router';
import { stringParameter } from '../../../shared/validate';
import { audiencesField, compact, fieldsCollection, idField, idList, idParam, operation } from '../../descriptions';
import { createWithId, gladlyRequest } from '../../transport';
import { resourceModule } from '../common';

const answerField = idField('answerId', 'Answer ID', 'The ID of the answer');
const languageField: INodeProperties = { displayName: 'Language', name: 'language', type: 'string', default: 'en-us', required: true, placeholder: 'e.g. en-us', description: 'ISO 639 language code configured for the organization' };
const typeField: INodeProperties = {
	displayName: 'Content Type',
	name: 'contentType',
	type: 'options',
	default: 'public',
	options: [
		{ name: 'Email', value: 'email', description: 'Used in email replies (has a subject)' },
		{ name: 'Messaging', value: 'messaging', description: 'Used in chat and messaging replies' },
		{ name: 'Public', value: 'public', description: 'Shown in the help center (has a title)' },
		{ name: 'Reference', value: 'reference', description: 'Internal reference for agents' },
	],
};

const contentPath = (context: IExecuteFunctions, itemIndex: number) => {
	const id = idParam(context, 'answerId', itemIndex);
	const language = idParam(context, 'language', itemIndex);
	const type = context.getNodeParameter('contentType', itemIndex) as string;
	return `/answers/${id}/languages/${language}/type/${type}`;
};

const answerFields = (): INodeProperties[] => [{ displayName: 'Description', name: 'description', type: 'string', default: '', description: 'Internal description (up to 10,000 characters)' }, audiencesField()];

const create = operation(
	'answer',
	'create',
	[
		{ displayName: 'Name', name: 'name', type: 'string', default: '', required: true, description: 'Unique name of the answer (up to 500 characters)' },
		{ displayName: 'Additional Fields', name: 'additionalFields', type: 'collection', placeholder: 'Add Field', default: {}, options: answerFields() },
	],
	async function (itemIndex) {
		const extra = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
		const name = stringParameter(this, 'name', itemIndex);
		if (name.length > 500) throw inputError(this.getNode(), 'Name', 'must be at most 500 characters', itemIndex);
		const body = compact({ name, description: extra.description, audienceIds: idList(extra.audienceIds) });
		const created = await createWithId.call(this, '/answers', body, itemIndex);
		const answer = created.repeated ? (await gladlyRequest.call(this, 'GET', `/answers/${encodeURIComponent(created.id)}`, { itemIndex })).body : created.response.body;
		return toItems(answer as IDataObject, itemIndex);
	},
);

const get = operation('answer', 'get', [answerField], async function (itemIndex) {
	const id = idParam(this, 'answerId', itemIndex);
	return toItems((await gladlyRequest.call(this, 'GET', `/answers/${id}`, { itemIndex })).body as IDataObject, itemIndex);
});

const update = operation(
	'answer',
	'update',
	[
		answerField,
		fieldsCollection([...answerFields().map((field) => (field.name === 'audienceIds' ? { ...field, description: `${String(field.description)} Replaces the whole set.` } : field)), { displayName: 'Name', name: 'name', type: 'string', default: '' }]),
	],
	async function (itemIndex) {
		const id = idParam(this, 'answerId', itemIndex);
		const fields = this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject;
		const body: IDataObject = compact({ name: fields.name, description: fields.description });
		if (fields.audienceIds !== undefined) body.audienceIds = idList(fields.audienceIds);
		if (!Object.keys(body).length) throw inputError(this.getNode(), 'Update Fields', 'is empty: add at least one field to change', itemIndex);
		await gladlyRequest.call(this, 'PATCH', `/answers/${id}`, { body, itemIndex, idempotent: true });
		return toItems((await gladlyRequest.call(this, 'GET', `/answers/${id}`, { itemIndex })).body as IDataObject, itemIndex);
	},
);

const remove = operation('answer', 'delete', [answerField], async function (itemIndex) {
	const id = idParam(this, 'answerId', itemIndex);
	await gladlyRequest.call(this, 'DELETE', `/answers/${id}`, { itemIndex });
	return toItems({ deleted: true, id: decodeURIComponent(id) }, itemIndex);
});

const getContent = operation('answer', 'getContent', [answerField, languageField, typeField], async function (itemIndex) {
	return toItems((await gladlyRequest.call(this, 'GET', contentPath(this, itemIndex), { itemIndex })).body as IDataObject, itemIndex);
});

const setContent = operation(
	'answer',
	'setContent',
	[
		answerField,
		languageField,
		typeField,
		{ displayName: 'Body (HTML)', name: 'bodyHtml', type: 'string', typeOptions: { rows: 5 }, default: '', required: true },
		{ displayName: 'Title', name: 'title', type: 'string', default: '', required: true, displayOptions: { show: { contentType: ['public'] } } },
		{ displayName: 'Subject', name: 'subject', type: 'string', default: '', required: true, displayOptions: { show: { contentType: ['email'] } } },
		{ displayName: 'Internal', name: 'internal', type: 'boolean', default: true, description: 'Whether the reference content is for agents only', displayOptions: { show: { contentType: ['reference'] } } },
	],
	async function (itemIndex) {
		const type = this.getNodeParameter('contentType', itemIndex) as string;
		const body: IDataObject = { bodyHtml: stringParameter(this, 'bodyHtml', itemIndex) };
		if (type === 'public') body.title = stringParameter(this, 'title', itemIndex);
		if (type === 'email') body.subject = stringParameter(this, 'subject', itemIndex);
		if (type === 'reference') body.internal = this.getNodeParameter('internal', itemIndex, true);
		return toItems((await gladlyRequest.call(this, 'PUT', contentPath(this, itemIndex), { body, itemIndex })).body as IDataObject, itemIndex);
	},
);

const deleteContent = operation('answer', 'deleteContent', [answerField, languageField, typeField], async function (itemIndex) {
	await gladlyRequest.call(this, 'DELETE', contentPath(this, itemIndex), { itemIndex });
	return toItems({ deleted: true, answerId: this.getNodeParameter('answerId', itemIndex) as string }, itemIndex);
});

const orgField: INodeProperties = { displayName: 'Organization ID', name: 'orgId', type: 'string', default: '', placeholder: 'e.g. ihKsWxiZCDVtXg1iwVmT9Q', description: 'Leave empty to read it from the organization of the credentials' };
const publicFilters: INodeProperties = {
	displayName: 'Filters',
	name: 'filters',
	type: 'collection',
	placeholder: 'Add Filter',
	default: {},
	options: [
		{ displayName: 'Audience ID', name: 'audienceId', type: 'string', default: '', description: 'Only answers for this audience' },
		{ displayName: 'Language', name: 'lng', type: 'string', default: '', placeholder: 'e.g. en-us', description: 'Language code (Gladly defaults to en-us)' },
	],
};

async function orgPath(context: IExecuteFunctions, itemIndex: number): Promise<string> {
	const given = String(context.getNodeParameter('orgId', itemIndex, '') ?? '').trim();
	if (given) return idParam(context, 'orgId', itemIndex);
	const organization = (await gladlyRequest.call(context, 'GET', '/organization', { itemIndex })).body as IDataObject;
	return encodeURIComponent(String(organization.id));
}

const search = operation(
	'answer',
	'search',
	[{ displayName: 'Query', name: 'q', type: 'string', default: '', required: true, description: 'Words to search for in public answers' }, orgField, publicFilters, ...returnAllOrLimit()],
	async function (itemIndex) {
		const q = stringParameter(this, 'q', itemIndex);
		const org = await orgPath(this, itemIndex);
		const filters = compact(this.getNodeParameter('filters', itemIndex, {}) as IDataObject);
		const response = await gladlyRequest.call(this, 'GET', `/orgs/${org}/answers-search`, { qs: { q, ...filters }, itemIndex });
		const records = (Array.isArray(response.body) ? response.body : []) as IDataObject[];
		const returnAll = this.getNodeParameter('returnAll', itemIndex, false) as boolean;
		return toItems(returnAll ? records : records.slice(0, this.getNodeParameter('limit', itemIndex, 50) as number), itemIndex);
	},
);

const getManyPublic = operation('answer', 'getManyPublic', [orgField, publicFilters, ...returnAllOrLimit(1000)], async function (itemIndex) {
	const org = await orgPath(this, itemIndex);
	const filters = compact(this.getNodeParameter('filters', itemIndex, {}) as IDataObject);
	const response = await gladlyRequest.call(this, 'GET', `/orgs/${org}/answers`, { qs: filters, itemIndex });
	const records = (Array.isArray(response.body) ? response.body : []) as IDataObject[];
	const returnAll = this.getNodeParameter('returnAll', itemIndex, false) as boolean;
	return toItems(returnAll ? records : records.slice(0, this.getNodeParameter('limit', itemIndex, 50) as number), itemIndex);
});

export const answer = resourceModule('answer', { create, delete: remove, deleteContent, get, getContent, getManyPublic, search, setContent, update }, [
	{ name: 'Create', value: 'create', action: 'Create an answer', description: 'Create a knowledge-base answer (then set its content)' },
	{ name: 'Delete', value: 'delete', action: 'Delete an answer', description: 'Delete an answer and all its content' },
	{ name: 'Delete Content', value: 'deleteContent', action: 'Delete content of an answer', description: 'Delete the content of one language and type' },
	{ name: 'Get', value: 'get', action: 'Get an answer', description: 'Retrieve an answer by ID' },
	{ name: 'Get Content', value: 'getContent', action: 'Get content of an answer', description: 'Retrieve the content of one language and type' },
	{ name: 'Get Many Public', value: 'getManyPublic', action: 'Get many public answers', description: 'Retrieve public answers, alphabetically (Gladly returns at most 1000)' },
	{ name: 'Search Public', value: 'search', action: 'Search public answers', description: 'Search the public answers by words' },
	{ name: 'Set Content', value: 'setContent', action: 'Set content of an answer', description: 'Create or replace the content of one language and type' },
	{ name: 'Update', value: 'update', action: 'Update an answer', description: 'Change the name, description or audiences of an answer' },
]);
