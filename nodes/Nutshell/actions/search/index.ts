import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { describeOperation } from '../../../shared/descriptions';
import { inputError } from '../../../shared/errors';
import type { OperationModule } from '../../../shared/router';
import { toItems } from '../../../shared/router';
import { emailField, resourceProperties } from '../../descriptions';
import { emailSchema, parseWith } from '../../../shared/validate';
import { getAllPages, rpcRequest } from '../../transport';
import { RPC_METHODS } from '../../unconfirmed';

const KINDS = [
	{ plural: 'leads', entityType: 'lead' },
	{ plural: 'contacts', entityType: 'person' },
	{ plural: 'accounts', entityType: 'company' },
] as const;

const limitField: INodeProperties = {
	displayName: 'Limit per Type',
	name: 'limitPerType',
	type: 'number',
	typeOptions: { minValue: 1, maxValue: 1000 },
	default: 25,
	description: 'Max number of results to return for each kind of record',
};

/** Free text: REST `q` on leads, people and companies (one request each). */
const byText: OperationModule = {
	description: describeOperation('search', 'byText', [
		{
			displayName: 'Text',
			name: 'text',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. Acme',
			description: 'Text to look for in names and related information',
		},
		limitField,
	]),
	async execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
		const text = String(this.getNodeParameter('text', itemIndex, '')).trim();
		if (!text) throw inputError(this.getNode(), 'Text', 'is empty', itemIndex);
		const limit = this.getNodeParameter('limitPerType', itemIndex, 25) as number;
		const results: IDataObject[] = [];
		for (const kind of KINDS) {
			const records = await getAllPages({ n8n: this, index: itemIndex }, `/${kind.plural}`, kind.plural, {
				qs: { q: text },
				returnAll: false,
				limit,
			});
			results.push(...records.map((record) => ({ entityType: kind.entityType, ...record })));
		}
		return toItems(results, itemIndex);
	},
};

const RPC_KINDS: Array<{ key: string; type: string; entityType: string }> = [
	{ key: 'contacts', type: 'contacts', entityType: 'person' },
	{ key: 'accounts', type: 'accounts', entityType: 'company' },
	{ key: 'users', type: 'users', entityType: 'user' },
];

/**
 * By email across people, companies and users: JSON-RPC `searchByEmail`, since REST has no
 * cross-entity email search (UNCONFIRMED, see unconfirmed.ts). Ids come back as REST ids.
 */
const byEmail: OperationModule = {
	description: describeOperation('search', 'byEmail', [
		emailField('Exact email address to look for'),
	]),
	async execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
		const email = parseWith(
			this.getNode(),
			emailSchema,
			String(this.getNodeParameter('email', itemIndex, '')),
			'Email',
			itemIndex,
		);
		const result = ((await rpcRequest({ n8n: this, index: itemIndex }, RPC_METHODS.searchByEmail,
			{ emailAddressString: email },
		)) ?? {}) as IDataObject;
		const results: IDataObject[] = [];
		for (const kind of RPC_KINDS) {
			for (const stub of (result[kind.key] ?? []) as IDataObject[]) {
				results.push({
					entityType: kind.entityType,
					...stub,
					id: `${String(stub.id)}-${kind.type}`,
				});
			}
		}
		return toItems(results, itemIndex);
	},
};

export const operations: Record<string, OperationModule> = { byEmail, byText };

export const description: INodeProperties[] = resourceProperties(
	'search',
	[
		{
			name: 'Find by Email',
			value: 'byEmail',
			action: 'Find records by email',
			description: 'Find people, companies and users with an email address',
		},
		{
			name: 'Find by Text',
			value: 'byText',
			action: 'Find records by text',
			description: 'Find leads, people and companies matching a text',
		},
	],
	'byText',
	operations,
);
