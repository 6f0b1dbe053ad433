import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

import { simplifyField } from '../../../shared/descriptions';
import { compact, defineOperation } from '../../../shared/kit';
import { isoDateSchema, parseWith, requiredText } from '../../../shared/validate';
import {
	customerIdentityFields,
	customerTarget,
	readCustomerIdentity,
} from '../../customerLocator';
import { fieldsCollection } from '../../fields';
import { outputItem } from '../../simplify';
import { createWithId, getRecord } from '../../transport';

const fields: INodeProperties[] = [
	...customerIdentityFields(),
	{
		displayName: 'Title',
		name: 'title',
		type: 'string',
		default: '',
		required: true,
		description: 'Headline of the activity (up to 100 characters)',
	},
	{
		displayName: 'Activity Type',
		name: 'activityType',
		type: 'options',
		default: 'ISSUE',
		options: [
			{ name: 'Email', value: 'EMAIL' },
			{ name: 'Issue', value: 'ISSUE' },
			{ name: 'SMS', value: 'SMS' },
			{ name: 'Survey', value: 'SURVEY' },
		],
	},
	fieldsCollection(
		[
			{
				displayName: 'Body',
				name: 'body',
				type: 'string',
				typeOptions: { rows: 4 },
				default: '',
				description: 'Details, as text or limited HTML',
			},
			{
				displayName: 'Expand by Default',
				name: 'expandByDefault',
				type: 'boolean',
				default: false,
				description: 'Whether the body shows expanded in the timeline',
			},
			{
				displayName: 'Link Text',
				name: 'linkText',
				type: 'string',
				default: '',
				description: 'Text of the link (up to 50 characters)',
			},
			{
				displayName: 'Link URL',
				name: 'linkUrl',
				type: 'string',
				default: '',
				placeholder: 'e.g. https://shop.example.com/orders/123',
			},
			{
				displayName: 'Occurred At',
				name: 'occurredAt',
				type: 'dateTime',
				default: '',
				description: 'When it happened (no more than a year ago); default now',
			},
			{
				displayName: 'Source Name',
				name: 'sourceName',
				type: 'string',
				default: '',
				description: 'Name of the system it came from (up to 50 characters)',
			},
		],
		'additionalFields',
	),
	simplifyField,
];

const contentSchema = z.object({
	title: z.string().max(100, 'must be at most 100 characters'),
	sourceName: z.string().max(50, 'must be at most 50 characters').optional(),
	linkText: z.string().max(50, 'must be at most 50 characters').optional(),
});

export const createActivity = defineOperation('createActivity', {
	name: 'Create Activity',
	action: 'Create a customer activity',
	description: 'Add a customer activity (e.g. an order event) to the customer timeline',
	fields,
	input: (item) => {
		const title = item.parse('title', 'title', requiredText);
		const extra = compact(item.collection('additionalFields'));
		const { sourceName, linkText } = extra;
		parseWith(
			item.node,
			contentSchema,
			{ title, sourceName, linkText },
			'Additional Fields',
			item.index,
		);
		if (extra.linkText && !extra.linkUrl)
			throw item.fail('Link URL', "is required when 'Link Text' is set");
		const occurredAt = extra.occurredAt
			? new Date(
					parseWith(item.node, isoDateSchema, String(extra.occurredAt), 'Occurred At', item.index),
				).toISOString()
			: undefined;
		const content = compact({
			type: 'CUSTOMER_ACTIVITY',
			title,
			body: extra.body,
			activityType: item.raw('activityType'),
			sourceName: extra.sourceName,
			link: extra.linkUrl ? compact({ url: extra.linkUrl, text: extra.linkText }) : undefined,
			expandByDefault: extra.expandByDefault,
			occurredAt,
		});
		return { content, target: readCustomerIdentity(item), simple: item.boolean('simple', true) };
	},
	run: async (item, { content, target, simple }) => {
		const { path, customer } = await customerTarget(
			item,
			target,
			'conversation-items',
			'/conversation-items',
		);
		const created = await createWithId<IDataObject>(
			item,
			path,
			customer ? { customer, content } : { content },
		);
		// 200 with the item; a repeat after a timeout (409 taken on our id) reads it back.
		const record = created.repeated
			? await getRecord(item, `/conversation-items/${created.id.path}`)
			: created.response.body;
		return outputItem(record, simple);
	},
});
