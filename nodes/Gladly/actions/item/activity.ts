import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

import { simplifyField } from '../../../shared/descriptions';
import { inputError } from '../../../shared/errors';
import { toItems } from '../../../shared/router';
import { isoDateSchema, parseWith, stringParameter } from '../../../shared/validate';
import { compact, customerIdentityFields, customerTarget, fieldsCollection, idParam, operation } from '../../descriptions';
import { outputItem } from '../../simplify';
import { createWithId, gladlyRequest } from '../../transport';
import { itemField } from './fields';

const properties: INodeProperties[] = [
	...customerIdentityFields(),
	{ displayName: 'Title', name: 'title', type: 'string', default: '', required: true, description: 'Headline of the activity (up to 100 characters)' },
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
	fieldsCollection([
			{ displayName: 'Body', name: 'body', type: 'string', typeOptions: { rows: 4 }, default: '', description: 'Details, as text or limited HTML' },
			{ displayName: 'Expand by Default', name: 'expandByDefault', type: 'boolean', default: false, description: 'Whether the body shows expanded in the timeline' },
			{ displayName: 'Link Text', name: 'linkText', type: 'string', default: '', description: 'Text of the link (up to 50 characters)' },
			{ displayName: 'Link URL', name: 'linkUrl', type: 'string', default: '', placeholder: 'e.g. https://shop.example.com/orders/123' },
			{ displayName: 'Occurred At', name: 'occurredAt', type: 'dateTime', default: '', description: 'When it happened (no more than a year ago); default now' },
			{ displayName: 'Source Name', name: 'sourceName', type: 'string', default: '', description: 'Name of the system it came from (up to 50 characters)' },
		], 'additionalFields'),
	simplifyField,
];

const contentSchema = z.object({
	title: z.string().max(100, 'must be at most 100 characters'),
	sourceName: z.string().max(50, 'must be at most 50 characters').optional(),
	linkText: z.string().max(50, 'must be at most 50 characters').optional(),
});

export const createActivity = operation('conversationItem', 'createActivity', properties, async function (itemIndex) {
	const node = this.getNode();
	const title = stringParameter(this, 'title', itemIndex);
	const extra = compact(this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject);
	parseWith(node, contentSchema, { title, sourceName: extra.sourceName, linkText: extra.linkText }, 'Additional Fields', itemIndex);
	if (extra.linkText && !extra.linkUrl) throw inputError(node, 'Link URL', "is required when 'Link Text' is set", itemIndex);
	const occurredAt = extra.occurredAt ? new Date(parseWith(node, isoDateSchema, String(extra.occurredAt), 'Occurred At', itemIndex)).toISOString() : undefined;
	const content = compact({
		type: 'CUSTOMER_ACTIVITY',
		title,
		body: extra.body,
		activityType: this.getNodeParameter('activityType', itemIndex),
		sourceName: extra.sourceName,
		link: extra.linkUrl ? compact({ url: extra.linkUrl, text: extra.linkText }) : undefined,
		expandByDefault: extra.expandByDefault,
		occurredAt,
	});
	const target = await customerTarget(this, itemIndex, 'conversation-items', '/conversation-items');
	const created = await createWithId.call(this, target.path, target.customer ? { customer: target.customer, content } : { content }, itemIndex);
	// 200 with the item; a repeat after a timeout (409 taken on our id) reads it back.
	const item = created.repeated
		? ((await gladlyRequest.call(this, 'GET', `/conversation-items/${encodeURIComponent(created.id)}`, { itemIndex })).body as IDataObject)
		: (created.response.body as IDataObject);
	return toItems(outputItem(item, this.getNodeParameter('simple', itemIndex, true) as boolean), itemIndex);
});

export const deleteActivity = operation('conversationItem', 'deleteActivity', [itemField], async function (itemIndex) {
	const id = idParam(this, 'itemId', itemIndex);
	await gladlyRequest.call(this, 'DELETE', `/conversation-items/${id}`, { itemIndex });
	return toItems({ deleted: true, id: decodeURIComponent(id) }, itemIndex);
});
