/** Fields and reads shared by the answer operations. */
import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { RecordId } from '../../../shared/ids';
import type { Item } from '../../../shared/kit';
import { audiencesField, fieldsCollection, idField } from '../../fields';
import { getRecord, returnedId } from '../../transport';

export const answerField = idField('answerId', 'Answer ID', 'The ID of the answer');

/** Name and Description of an answer, and its audiences. */
export const answerFields = (): INodeProperties[] => [
	{
		displayName: 'Description',
		name: 'description',
		type: 'string',
		default: '',
		description: 'Internal description (up to 10,000 characters)',
	},
	audiencesField(),
];

/** Language and Content Type: which content of an answer (Get, Set and Delete Content). */
export const contentFields: INodeProperties[] = [
	{
		displayName: 'Language',
		name: 'language',
		type: 'string',
		default: 'en-us',
		required: true,
		placeholder: 'e.g. en-us',
		description: 'ISO 639 language code configured for the organization',
	},
	{
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
	},
];

const CONTENT_TYPES = ['email', 'messaging', 'public', 'reference'] as const;

/** The answer, language and type of one content, as its path. */
export function readContent(item: Item): {
	answerId: RecordId;
	type: (typeof CONTENT_TYPES)[number];
	path: string;
} {
	const answerId = item.id('answerId', 'answerId');
	const language = item.id('language', 'language');
	const type = item.choice('contentType', 'Content Type', CONTENT_TYPES);
	return {
		answerId,
		type,
		path: `/answers/${answerId.path}/languages/${language.path}/type/${type}`,
	};
}

/** Organization ID (empty: the organization of the credentials) and the public-answers filters. */
export const publicFields: INodeProperties[] = [
	{
		displayName: 'Organization ID',
		name: 'orgId',
		type: 'string',
		default: '',
		placeholder: 'e.g. ihKsWxiZCDVtXg1iwVmT9Q',
		description: 'Leave empty to read it from the organization of the credentials',
	},
	fieldsCollection(
		[
			{
				displayName: 'Audience ID',
				name: 'audienceId',
				type: 'string',
				default: '',
				description: 'Only answers for this audience',
			},
			{
				displayName: 'Language',
				name: 'lng',
				type: 'string',
				default: '',
				placeholder: 'e.g. en-us',
				description: 'Language code (Gladly defaults to en-us)',
			},
		],
		'filters',
	),
];

/** The organization given, or undefined for the organization of the credentials. */
export function readOrg(item: Item): RecordId | undefined {
	return item.string('orgId', 'orgId') ? item.id('orgId', 'orgId') : undefined;
}

/** `/orgs/{id}`, reading the organization of the credentials when none is given. */
export async function orgPath(item: Item, org: RecordId | undefined): Promise<string> {
	if (org) return `/orgs/${org.path}`;
	const organization: IDataObject = await getRecord(item, '/organization');
	return `/orgs/${returnedId(item, String(organization.id)).path}`;
}
