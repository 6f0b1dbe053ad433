import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { describeOperation } from '../../../shared/descriptions';
import { inputError } from '../../../shared/errors';
import type { OperationModule } from '../../../shared/router';
import { toItems } from '../../../shared/router';
import { entityKindOptions } from '../../descriptions';
import { createRecord } from '../../transport';

const nameField = (noun: string) => ({
	displayName: 'Name',
	name: 'name',
	type: 'string' as const,
	required: true,
	default: '',
	description: `Name of the new ${noun}`,
});

function readName(context: IExecuteFunctions, itemIndex: number): string {
	const name = String(context.getNodeParameter('name', itemIndex, '')).trim();
	if (!name) throw inputError(context.getNode(), 'Name', 'is empty', itemIndex);
	return name;
}

const CHANNELS = [
	'No Channel',
	'Organic Search',
	'Paid Search',
	'Organic Social',
	'Paid Social',
	'Email',
	'Referrer',
	'Traditional',
	'Direct to Website',
];

export const createSource: OperationModule = {
	description: describeOperation('source', 'create', [
		nameField('source'),
		{
			displayName: 'Channel',
			name: 'channel',
			type: 'options',
			default: 0,
			options: CHANNELS.map((name, value) => ({ name, value })).sort((a, b) =>
				a.name.localeCompare(b.name),
			),
			description: 'Marketing channel of the source',
		},
	]),
	async execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
		const name = readName(this, itemIndex);
		const channel = Number(this.getNodeParameter('channel', itemIndex, 0));
		if (!Number.isInteger(channel) || channel < 0 || channel > 8)
			throw inputError(this.getNode(), 'Channel', 'must be a number from 0 to 8', itemIndex);
		return toItems(
			await createRecord({ n8n: this, index: itemIndex }, 'sources', { name, channel }),
			itemIndex,
		);
	},
};

const TAG_TYPES: Record<string, string> = { leads: '1', contacts: '2', accounts: '3' };

/** The kind of record a tag is for (the API's tagType names). */
export function tagTypeField(description: string): INodeProperties {
	return {
		displayName: 'Tag Type',
		name: 'tagType',
		type: 'options',
		default: 'leads',
		options: entityKindOptions({ company: 'accounts', lead: 'leads', person: 'contacts' }),
		description,
	};
}

export const createTag: OperationModule = {
	description: describeOperation('tag', 'create', [
		nameField('tag'),
		tagTypeField('Kind of record the tag is for'),
	]),
	async execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
		const name = readName(this, itemIndex);
		const kind = String(this.getNodeParameter('tagType', itemIndex, 'leads'));
		const tagType = TAG_TYPES[kind];
		if (!tagType)
			throw inputError(
				this.getNode(),
				'Tag Type',
				`"${kind}" is not accounts, contacts or leads`,
				itemIndex,
			);
		return toItems(await createRecord({ n8n: this, index: itemIndex }, 'tags', { name, tagType }), itemIndex);
	},
};
