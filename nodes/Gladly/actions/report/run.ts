import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { binaryItem, compact, defineOperation, splitList } from '../../../shared/kit';
import type { Item } from '../../../shared/kit';
import { getHeader } from '../../../shared/retry';
import { binaryPropertyField } from '../../fields';
import { csvRecords } from '../../parsers';
import { reportRequest } from '../../transport';
import { METRIC_SETS } from './metricSets';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MINUTE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}Z$/;
const TIME_WINDOW_SETS = ['AgentSummary', 'AgentSummaryV2', 'ContactExportReportV3'];

const outputField: INodeProperties = {
	displayName: 'Output',
	name: 'output',
	type: 'options',
	default: 'rows',
	options: [
		{
			name: 'Rows as Items',
			value: 'rows',
			description: 'One item per CSV row, keyed by the column names',
		},
		{ name: 'CSV File', value: 'binary', description: 'The CSV as binary data, in one item' },
	],
};

const fields: INodeProperties[] = [
	{
		displayName: 'Report',
		name: 'metricSet',
		type: 'options',
		default: 'ContactSummaryReport',
		description: 'The metric set; the same reports as in Gladly Insights',
		options: [...METRIC_SETS]
			.sort()
			.map((value) => ({ name: value.replace(/([a-z])([A-Z])/g, '$1 $2'), value })),
	},
	{
		displayName: 'Window',
		name: 'window',
		type: 'options',
		default: 'days',
		options: [
			{ name: 'Dates', value: 'days', description: 'Whole days in a timezone' },
			{
				name: 'Exact Times (UTC)',
				value: 'times',
				description: 'Only for Agent Summary and Contact Export V3 reports',
			},
		],
	},
	{
		displayName: 'Start Date',
		name: 'startAt',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. 2026-01-01',
		description: 'First day (YYYY-MM-DD)',
		displayOptions: { show: { window: ['days'] } },
	},
	{
		displayName: 'End Date',
		name: 'endAt',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. 2026-01-07',
		description: 'Last day, included (YYYY-MM-DD)',
		displayOptions: { show: { window: ['days'] } },
	},
	{
		displayName: 'Start Time',
		name: 'startAtTime',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. 2026-01-01T09:00Z',
		displayOptions: { show: { window: ['times'] } },
	},
	{
		displayName: 'End Time',
		name: 'endAtTime',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. 2026-01-01T17:00Z',
		displayOptions: { show: { window: ['times'] } },
	},
	outputField,
	{ ...binaryPropertyField, displayOptions: { show: { output: ['binary'] } } },
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Aggregation Level',
				name: 'aggregationLevel',
				type: 'options',
				default: 'daily',
				options: [
					{ name: 'Daily', value: 'daily' },
					{ name: 'Half Hourly', value: 'halfHourly' },
					{ name: 'Monthly', value: 'monthly' },
					{ name: 'Quarterly', value: 'quarterly' },
					{ name: 'Weekly', value: 'weekly' },
				],
			},
			{
				displayName: 'Channel',
				name: 'channel',
				type: 'options',
				default: 'allChannels',
				options: [
					'allChannels',
					'chat',
					'email',
					'fbMessenger',
					'instagramDirect',
					'sms',
					'twitter',
					'voice',
					'whatsapp',
				].map((value) => ({ name: value, value })),
			},
			{
				displayName: 'Inbox Names or IDs',
				name: 'inboxes',
				type: 'multiOptions',
				typeOptions: { loadOptionsMethod: 'getInboxes' },
				default: [],
				description:
					'Only these inboxes. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			},
			{
				displayName: 'Phone Number',
				name: 'phoneNumber',
				type: 'string',
				default: '',
				placeholder: 'e.g. +14155550100',
				description: 'E.164 number; required by the IVR reports',
			},
			{
				displayName: 'Team Names or IDs',
				name: 'teams',
				type: 'multiOptions',
				typeOptions: { loadOptionsMethod: 'getTeams' },
				default: [],
				description:
					'Only these teams. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			},
			{
				displayName: 'Timezone',
				name: 'timezone',
				type: 'string',
				default: '',
				placeholder: 'e.g. America/Los_Angeles',
				description: "IANA timezone of the dates; default the organization's",
			},
		],
	},
];

/**
 * The report body: metric set, window (dates in a timezone, or exact UTC times), level and filters.
 */
function reportBody(item: Item): IDataObject {
	const metricSet = item.string('metricSet', 'Report');
	const window = item.string('window', 'Window');
	const options = item.collection('options');
	const body: IDataObject = { metricSet };
	if (window === 'times') {
		if (!TIME_WINDOW_SETS.includes(metricSet)) {
			throw item.fail('Window', `"Exact Times" works only for ${TIME_WINDOW_SETS.join(', ')}`);
		}
		for (const [name, label] of [
			['startAtTime', 'Start Time'],
			['endAtTime', 'End Time'],
		]) {
			const value = String(item.raw(name, '')).trim();
			if (!MINUTE.test(value)) throw item.fail(label, 'must look like 2026-01-01T09:00Z');
			body[name] = value;
		}
		if (options.timezone)
			throw item.fail('Timezone', 'cannot be combined with exact times (they are UTC)');
	} else {
		for (const [name, label] of [
			['startAt', 'Start Date'],
			['endAt', 'End Date'],
		]) {
			const value = String(item.raw(name, '')).trim().slice(0, 10);
			if (!DAY.test(value) || Number.isNaN(Date.parse(value)))
				throw item.fail(label, 'must be a date such as 2026-01-31');
			body[name] = value;
		}
		if (String(body.endAt) < String(body.startAt))
			throw item.fail('End Date', 'is before the start date');
		if (options.timezone) body.timezone = options.timezone;
	}
	if (options.aggregationLevel) body.aggregationLevel = options.aggregationLevel;
	const { channel, phoneNumber } = options;
	const filters = compact({
		channel,
		inboxes: splitList(options.inboxes),
		teams: splitList(options.teams),
		phoneNumber,
	});
	if (Object.keys(filters).length) body.filters = filters;
	return body;
}

export const run = defineOperation('run', {
	name: 'Run',
	action: 'Run a report',
	description:
		'Run a report for a date window and return its rows (Gladly allows 10 reports a minute)',
	fields,
	input: (item) => ({
		body: reportBody(item),
		property: item.raw('output') === 'binary' ? item.raw('binaryPropertyName', 'data') : undefined,
	}),
	run: async (item, { body, property }) => {
		const response = await reportRequest(item, '/reports', body);
		const metricSet = String(body.metricSet);
		if (property !== undefined) {
			const disposition = getHeader(response.headers, 'content-disposition') ?? '';
			const name = /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? `${metricSet}.csv`;
			const data = await item.n8n.helpers.prepareBinaryData(response.body, name, 'text/csv');
			return binaryItem({ metricSet, ...body, fileName: data.fileName }, { [property]: data });
		}
		const text = response.body.toString('utf8');
		if (/^\s*[[{]/.test(text)) {
			const message = `Gladly returned JSON instead of a CSV report [item ${item.index}]`;
			throw new NodeOperationError(item.node, message, { itemIndex: item.index });
		}
		return csvRecords(text);
	},
});
