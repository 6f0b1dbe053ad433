import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { defineOperation } from '../../../shared/kit';
import type { Item } from '../../../shared/kit';
import type { RecordId } from '../../../shared/ids';
import { emailSchema, isoDateSchema, phoneSchema, requiredText } from '../../../shared/validate';
import { fieldsCollection, idField } from '../../fields';
import { gladlyRequest } from '../../transport';

const fields: INodeProperties[] = [
	{
		displayName:
			'Every input item is one recipient: all items of a run go into one new recipient collection of the campaign',
		name: 'notice',
		type: 'notice',
		default: '',
	},
	idField(
		'campaignId',
		'Campaign ID',
		"The proactive campaign to add recipients to: the ID in the campaign's URL in Gladly",
	),
	{
		displayName: 'Collection Name',
		name: 'name',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. Delivery reminders, 2026-05-13',
		description: 'Name of the new recipient collection, shown in Gladly',
	},
	{
		displayName: 'Start After',
		name: 'startAfter',
		type: 'dateTime',
		default: '',
		required: true,
		description: 'When Gladly may start contacting the recipients (campaign settings apply)',
	},
	{
		displayName: 'Recipient Type',
		name: 'recipientType',
		type: 'options',
		default: 'email',
		options: [
			{ name: 'Email', value: 'email', description: 'For email campaigns' },
			{ name: 'Phone Number', value: 'phone', description: 'For SMS and voice campaigns' },
		],
		description: 'How recipients are reached; it must match the campaign type',
	},
	{
		displayName: 'Customer Name',
		name: 'customerName',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. Jane Smith',
		description: "This item's recipient name, usually mapped from the item",
	},
	{
		displayName: 'Email',
		name: 'emailAddress',
		type: 'string',
		placeholder: 'name@email.com',
		default: '',
		required: true,
		description: "This item's recipient email address",
		displayOptions: { show: { recipientType: ['email'] } },
	},
	{
		displayName: 'Phone Number',
		name: 'phoneNumber',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. +14155551234',
		description: "This item's recipient phone number",
		displayOptions: { show: { recipientType: ['phone'] } },
	},
	{
		displayName: 'Timezone',
		name: 'timezone',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. America/Los_Angeles',
		description:
			"The recipient's IANA time zone; Gladly contacts each recipient at a suitable local time",
	},
	fieldsCollection(
		[
			{
				displayName: 'End Before',
				name: 'endBefore',
				type: 'dateTime',
				default: '',
				description: 'When Gladly stops working through the collection',
			},
		],
		'additionalFields',
	),
];

interface Input {
	campaignId: RecordId;
	name: string;
	startAfter: string;
	endBefore?: string;
	recipient: IDataObject;
}

/** A date parameter (text or a date from an expression) as RFC 3339. */
function isoDate(item: Item, value: unknown, label: string): string {
	const text = value instanceof Date ? value.toISOString() : String(value ?? '').trim();
	if (!isoDateSchema.safeParse(text).success)
		throw item.fail(label, `must be a date and time, such as 2026-05-13T16:32:00Z, not "${text}"`);
	return new Date(text).toISOString();
}

function timezone(item: Item): string {
	const zone = item.string('timezone', 'Timezone', { required: true });
	try {
		new Intl.DateTimeFormat('en-US', { timeZone: zone });
	} catch {
		throw item.fail(
			'Timezone',
			`must be an IANA time zone such as America/Los_Angeles, not "${zone}"`,
		);
	}
	return zone;
}

/** The settings every item must share, since one request creates one collection. */
const SHARED: Array<[keyof Input, string]> = [
	['name', 'Collection Name'],
	['startAfter', 'Start After'],
	['endBefore', 'End Before'],
];

export const addRecipients = defineOperation<Input>('addRecipients', {
	name: 'Add Recipients',
	action: 'Add recipients to a proactive campaign',
	description:
		'Create a recipient collection of a proactive campaign, one recipient per input item; Gladly then contacts them by the campaign settings',
	fields,
	input: (item) => {
		const recipientType = item.choice(
			'recipientType',
			'Recipient Type',
			['email', 'phone'],
			'email',
		);
		const recipient: IDataObject = {
			customerName: item.parse('customerName', 'Customer Name', requiredText),
		};
		if (recipientType === 'email')
			recipient.emailAddress = item.parse('emailAddress', 'Email', emailSchema);
		else recipient.phoneNumber = item.parse('phoneNumber', 'Phone Number', phoneSchema);
		recipient.timezone = timezone(item);
		const startAfter = isoDate(item, item.raw('startAfter', ''), 'Start After');
		const extra = item.collection('additionalFields');
		const endBefore = extra.endBefore ? isoDate(item, extra.endBefore, 'End Before') : undefined;
		if (endBefore && Date.parse(endBefore) <= Date.parse(startAfter))
			throw item.fail('End Before', "must be later than 'Start After'");
		return {
			campaignId: item.id('campaignId', 'Campaign ID'),
			name: item.parse('name', 'Collection Name', requiredText),
			startAfter,
			endBefore,
			recipient,
		};
	},
	run: async () => undefined,
	runAll: async (items) => {
		if (items.length === 0) return undefined;
		const first = items[0].input;
		const same = 'must be the same for every input item (one collection per run)';
		for (const { item, input } of items.slice(1)) {
			if (input.campaignId.raw !== first.campaignId.raw) throw item.fail('Campaign ID', same);
			for (const [key, label] of SHARED)
				if (input[key] !== first[key]) throw item.fail(label, same);
		}
		const body: IDataObject = {
			name: first.name,
			startAfter: first.startAfter,
			...(first.endBefore ? { endBefore: first.endBefore } : {}),
			recipients: items.map(({ input }) => input.recipient),
		};
		// Not repeated after a broken connection: a second collection would contact everyone twice.
		const response = await gladlyRequest<IDataObject>(
			items[0].item,
			'POST',
			`/campaigns/${first.campaignId.path}/recipient-collections`,
			{ body },
		);
		return { ...response.body, recipientCount: items.length };
	},
});
