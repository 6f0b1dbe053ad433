import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { inputError } from '../../../shared/errors';
import { getHeader } from '../../../shared/retry';
import { toItems } from '../../../shared/router';
import { binaryPropertyField, compact, idList, operation } from '../../descriptions';
import { csvRecords } from '../../parsers';
import { reportRequest } from '../../transport';
import { resourceModule } from '../common';
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
		{ name: 'Rows as Items', value: 'rows', description: 'One item per CSV row, keyed by the column names' },
		{ name: 'CSV File', value: 'binary', description: 'The CSV as binary data, in one item' },
	],
};

const properties: INodeProperties[] = [
	{
		displayName: 'Report',
		name: 'metricSet',
		type: 'options',
		default: 'ContactSummaryReport',
		description: 'The metric set; the same reports as in Gladly Insights',
		options: [...METRIC_SETS].sort().map((value) => ({ name: value.replace(/([a-z])([A-Z])/g, '$1 $2'), value })),
	},
	{
		displayName: 'Window',
		name: 'window',
		type: 'options',
		default: 'days',
		options: [
			{ name: 'Dates', value: 'days', description: 'Whole days in a timezone' },
			{ name: 'Exact Times (UTC)', value: 'times', description: 'Only for Agent Summary and Contact Export V3 reports' },
		],
	},
	{ displayName: 'Start Date', name: 'startAt', type: 'string', default: '', required: true, placeholder: 'e.g. 2026-01-01', description: 'First day (YYYY-MM-DD)', displayOptions: { show: { window: ['days'] } } },
	{ displayName: 'End Date', name: 'endAt', type: 'string', default: '', required: true, placeholder: 'e.g. 2026-01-07', description: 'Last day, included (YYYY-MM-DD)', displayOptions: { show: { window: ['days'] } } },
	{ displayName: 'Start Time', name: 'startAtTime', type: 'string', default: '', required: true, placeholder: 'e.g. 2026-01-01T09:00Z', displayOptions: { show: { window: ['times'] } } },
	{ displayName: 'End Time', name: 'endAtTime', type: 'string', default: '', required: true, placeholder: 'e.g. 2026-01-01T17:00Z', displayOptions: { show: { window: ['times'] } } },
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
				options: ['allChannels', 'chat', 'email', 'fbMessenger', 'instagramDirect', 'sms', 'twitter', 'voice', 'whatsapp'].map((value) => ({ name: value, value })),
			},
			{ displayName: 'Inbox Names or IDs', name: 'inboxes', type: 'multiOptions', typeOptions: { loadOptionsMethod: 'getInboxes' }, default: [], description: 'Only these inboxes. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.' },
			{ displayName: 'Phone Number', name: 'phoneNumber', type: 'string', default: '', placeholder: 'e.g. +14155550100', description: 'E.164 number; required by the IVR reports' },
			{ displayName: 'Team Names or IDs', name: 'teams', type: 'multiOptions', typeOptions: { loadOptionsMethod: 'getTeams' }, default: [], description: 'Only these teams. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.' },
			{ displayName: 'Timezone', name: 'timezone', type: 'string', default: '', placeholder: 'e.g. America/Los_Angeles', description: "IANA timezone of the dates; default the organization's" },
		],
	},
];

export const run = operation('report', 'run', properties, async function (itemIndex) {
	const node = this.getNode();
	const metricSet = this.getNodeParameter('metricSet', itemIndex) as string;
	const window = this.getNodeParameter('window', itemIndex) as string;
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const body: IDataObject = { metricSet };
	if (window === 'times') {
		if (!TIME_WINDOW_SETS.includes(metricSet)) throw inputError(node, 'Window', `"Exact Times" works only for ${TIME_WINDOW_SETS.join(', ')}`, itemIndex);
		for (const name of ['startAtTime', 'endAtTime']) {
			const value = String(this.getNodeParameter(name, itemIndex, '')).trim();
			if (!MINUTE.test(value)) throw inputError(node, name === 'startAtTime' ? 'Start Time' : 'End Time', 'must look like 2026-01-01T09:00Z', itemIndex);
			body[name] = value;
		}
		if (options.timezone) throw inputError(node, 'Timezone', 'cannot be combined with exact times (they are UTC)', itemIndex);
	} else {
		for (const [name, label] of [['startAt', 'Start Date'], ['endAt', 'End Date']]) {
			const value = String(this.getNodeParameter(name, itemIndex, '')).trim().slice(0, 10);
			if (!DAY.test(value) || Number.isNaN(Date.parse(value))) throw inputError(node, label, 'must be a date such as 2026-01-31', itemIndex);
			body[name] = value;
		}
		if (String(body.endAt) < String(body.startAt)) throw inputError(node, 'End Date', 'is before the start date', itemIndex);
		if (options.timezone) body.timezone = options.timezone;
	}
	if (options.aggregationLevel) body.aggregationLevel = options.aggregationLevel;
	const filters = compact({ channel: options.channel, inboxes: idList(options.inboxes), teams: idList(options.teams), phoneNumber: options.phoneNumber });
	if (Object.keys(filters).length) body.filters = filters;

	const response = await reportRequest.call(this, '/reports', body, itemIndex);
	const buffer = response.body;
	if (this.getNodeParameter('output', itemIndex) === 'binary') {
		const property = this.getNodeParameter('binaryPropertyName', itemIndex, 'data') as string;
		const name = /filename="?([^";]+)"?/.exec(getHeader(response.headers, 'content-disposition') ?? '')?.[1] ?? `${metricSet}.csv`;
		const data = await this.helpers.prepareBinaryData(buffer, name, 'text/csv');
		return [{ json: { metricSet, ...body, fileName: data.fileName }, binary: { [property]: data }, pairedItem: { item: itemIndex } }];
	}
	const text = buffer.toString('utf8');
	if (/^\s*[[{]/.test(text)) throw new NodeOperationError(node, `Gladly returned JSON instead of a CSV report [item ${itemIndex}]`, { itemIndex });
	return toItems(csvRecords(text), itemIndex);
});

export const report = resourceModule('report', { run }, [
	{ name: 'Run', value: 'run', action: 'Run a report', description: 'Run a report for a date window and return its rows (Gladly allows 10 reports a minute)' },
]);
