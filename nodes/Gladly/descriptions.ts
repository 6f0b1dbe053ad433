import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { describeOperation } from '../shared/descriptions';
import { inputError } from '../shared/errors';
import { idSegment } from '../shared/ids';
import type { OperationModule } from '../shared/router';
import { e164Schema, emailSchema, parseWith, stringParameter } from '../shared/validate';
import { gladlyRequest } from './transport';

/** One operation: its fields (wrapped in displayOptions + Options › Timeout) and what it does per item. */
export function operation(
	resource: string,
	name: string,
	properties: INodeProperties[],
	execute: (this: IExecuteFunctions, itemIndex: number) => Promise<INodeExecutionData[]>,
): OperationModule {
	return { description: describeOperation(resource, name, properties), execute };
}

/** An optional-fields collection: 'Update Fields' (the default) or 'Additional Fields'. */
export function fieldsCollection(options: INodeProperties[], name = 'updateFields'): INodeProperties {
	const additional = name === 'additionalFields';
	return { displayName: additional ? 'Additional Fields' : 'Update Fields', name, type: 'collection', placeholder: 'Add Field', default: {}, options };
}

/** A required ID text field. */
export function idField(name: string, displayName: string, description: string, extra: Partial<INodeProperties> = {}): INodeProperties {
	return {
		displayName,
		name,
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. pOVVdzweSumI4bFxjlT8LA',
		description,
		...extra,
	};
}

/** Reads an ID parameter as one encoded path segment (refuses empty, `.` and `..`). */
export function idParam(context: IExecuteFunctions, name: string, itemIndex: number): string {
	const value = context.getNodeParameter(name, itemIndex, '', { extractValue: true });
	return idSegment(context.getNode(), value, name, itemIndex);
}

/** Customer: by ID, by email (looked up), or picked from a search by email or phone. */
export function customerLocator(overrides: Partial<INodeProperties> = {}): INodeProperties {
	return {
		displayName: 'Customer',
		name: 'customerId',
		type: 'resourceLocator',
		default: { mode: 'id', value: '' },
		required: true,
		description: 'The Gladly customer profile, by ID or by email address',
		modes: [
			{ displayName: 'ID', name: 'id', type: 'string', placeholder: 'e.g. pOVVdzweSumI4bFxjlT8LA' },
			{
				displayName: 'By Email',
				name: 'email',
				type: 'string',
				placeholder: 'e.g. jane@example.com',
				validation: [{ type: 'regex', properties: { regex: '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$', errorMessage: 'Not an email address' } }],
			},
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: 'searchCustomers', searchable: true, searchFilterRequired: true },
			},
		],
		...overrides,
	};
}

/** The customer id of a customer locator: an email is looked up (the newest profile with it wins). */
export async function customerIdParam(context: IExecuteFunctions, itemIndex: number, name = 'customerId'): Promise<string> {
	const locator = context.getNodeParameter(name, itemIndex, {}) as { mode?: string; value?: unknown };
	if (locator?.mode !== 'email') return idSegment(context.getNode(), locator?.value, 'Customer', itemIndex);
	const email = parseWith(context.getNode(), emailSchema, locator.value, 'Customer', itemIndex);
	const response = await gladlyRequest.call(context, 'GET', '/customer-profiles', { qs: { email }, itemIndex });
	const found = (response.body as IDataObject[] | undefined)?.[0];
	if (!found?.id) throw inputError(context.getNode(), 'Customer', `matches no Gladly customer with the email ${email}`, itemIndex, 'Create the customer first, or use Customer › Create or Update.');
	return idSegment(context.getNode(), found.id, 'Customer', itemIndex);
}

/** "Customer Identified By": a customer (by ID or email lookup), or an email / mobile phone Gladly finds or creates. */
export function customerIdentityFields(): INodeProperties[] {
	return [
		{
			displayName: 'Customer Identified By',
			name: 'identifyBy',
			type: 'options',
			default: 'id',
			description: 'How to find the customer; by email or phone, a missing customer is created',
			options: [
				{ name: 'Customer', value: 'id' },
				{ name: 'Email', value: 'emailAddress' },
				{ name: 'Mobile Phone', value: 'mobilePhone' },
			],
		},
		customerLocator({ displayOptions: { show: { identifyBy: ['id'] } } }),
		{ displayName: 'Email', name: 'emailAddress', type: 'string', default: '', required: true, placeholder: 'e.g. jane@example.com', displayOptions: { show: { identifyBy: ['emailAddress'] } } },
		{ displayName: 'Mobile Phone', name: 'mobilePhone', type: 'string', default: '', required: true, placeholder: 'e.g. +14155550100', displayOptions: { show: { identifyBy: ['mobilePhone'] } } },
	];
}

/** Where a create for a customer goes: `/customers/{id}/<suffix>` for a known customer, else `fallbackPath` with `customer: {emailAddress|mobilePhone}`. */
export async function customerTarget(
	context: IExecuteFunctions,
	itemIndex: number,
	suffix: string,
	fallbackPath: string,
): Promise<{ path: string; customer?: IDataObject }> {
	const identifyBy = context.getNodeParameter('identifyBy', itemIndex) as string;
	if (identifyBy === 'id') return { path: `/customers/${await customerIdParam(context, itemIndex)}/${suffix}` };
	const value = stringParameter(context, identifyBy, itemIndex, identifyBy === 'emailAddress' ? emailSchema : e164Schema);
	return { path: fallbackPath, customer: { [identifyBy]: value } };
}

function dynamicOptions(displayName: string, name: string, method: string, what: string, extra: Partial<INodeProperties> = {}): INodeProperties {
	return {
		displayName,
		name,
		type: 'options',
		typeOptions: { loadOptionsMethod: method },
		default: '',
		description: `The ${what}. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.`,
		...extra,
	};
}

export const inboxField = (extra: Partial<INodeProperties> = {}) =>
	dynamicOptions('Inbox Name or ID', 'inboxId', 'getInboxes', 'inbox', { required: true, ...extra });
export const agentField = (extra: Partial<INodeProperties> = {}) => dynamicOptions('Agent Name or ID', 'agentId', 'getAgents', 'agent', extra);

export function topicsField(extra: Partial<INodeProperties> = {}): INodeProperties {
	return {
		displayName: 'Topic Names or IDs',
		name: 'topicIds',
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: 'getTopics' },
		default: [],
		description: 'The topics. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		...extra,
	};
}

export function audiencesField(extra: Partial<INodeProperties> = {}): INodeProperties {
	return {
		displayName: 'Audience Names or IDs',
		name: 'audienceIds',
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: 'getAudiences' },
		default: [],
		description: 'Audiences that may see the answer. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		...extra,
	};
}

export const binaryPropertyField: INodeProperties = {
	displayName: 'Put Output File in Field',
	name: 'binaryPropertyName',
	type: 'string',
	default: 'data',
	required: true,
	hint: 'The name of the output binary field to put the file in',
};

/** A list of ids given as a multiOptions value, an array from an expression or a comma-separated text. */
export function idList(value: unknown): string[] {
	const raw = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : value === undefined || value === null ? [] : [value];
	return raw.map((entry) => String(entry).trim()).filter(Boolean);
}

/** Drops undefined and empty-string values (n8n leaves them for untouched fields). */
export function compact(record: IDataObject): IDataObject {
	const out: IDataObject = {};
	for (const [key, value] of Object.entries(record)) {
		if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue;
		out[key] = value;
	}
	return out;
}
