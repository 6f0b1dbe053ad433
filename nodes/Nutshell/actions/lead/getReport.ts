import type { IDataObject } from 'n8n-workflow';

import { defineOperation } from '../../../shared/kit';
import { optionalFields } from '../../descriptions';
import { binaryPropertyField, fileItem, readBinaryProperty } from '../../files';
import { nutshellRequest, recordsOf } from '../../transport';

const REPORT_TYPES = [
	{ name: 'Attribution', value: 'attribution', description: 'Where leads come from' },
	{ name: 'Custom', value: 'custom' },
	{ name: 'Forecast', value: 'forecast', description: 'Open leads by expected close' },
	{ name: 'Losses', value: 'losses', description: 'Leads lost, by close date' },
	{ name: 'New Leads', value: 'newleads', description: 'Leads created, by creation date' },
	{ name: 'Sales', value: 'sales', description: 'Leads won, by close date' },
];
const PERIODS = [
	{ name: 'Day', value: 'd' },
	{ name: 'Month', value: 'm' },
	{ name: 'Quarter', value: 'q' },
	{ name: 'Week', value: 'w' },
	{ name: 'Year', value: 'y' },
];
const FORMATS = [
	{ name: 'CSV File', value: 'csv' },
	{ name: 'HTML File', value: 'html' },
	{ name: 'Items (JSON)', value: 'json' },
	{ name: 'PDF File', value: 'pdf' },
	{ name: 'PNG Image', value: 'png' },
];
/** Ways to break a report down (the document's segmentByField values), labelled from their names. */
const SEGMENTS = [
	'assignees',
	'channels',
	'competitors',
	'outcomes',
	'productCategories',
	'products',
	'sources',
	'tags',
	'territories',
].map((value) => ({
	name: value
		.replace(/^./, (first) => first.toUpperCase())
		.replace(/([A-Z])/g, ' $1')
		.trim(),
	value,
}));
const valuesOf = (options: Array<{ value: string }>) => options.map((option) => option.value);
const MIME: Record<string, string> = {
	csv: 'text/csv',
	pdf: 'application/pdf',
	png: 'image/png',
	html: 'text/html',
};

export const getReport = defineOperation('getReport', {
	name: 'Get Report',
	action: 'Get a lead report',
	description:
		'Run a lead report (sales, losses, new leads, forecast, attribution) by period, optionally segmented; one item per report, or a CSV, PDF, PNG or HTML file',
	fields: [
		{
			displayName: 'Report Type',
			name: 'reportType',
			type: 'options',
			default: 'sales',
			options: REPORT_TYPES,
			description: 'Which report to run',
		},
		{
			displayName: 'Period',
			name: 'gap',
			type: 'options',
			default: 'm',
			options: PERIODS,
			description: 'Size of each bucket of the report',
		},
		{
			displayName: 'Format',
			name: 'format',
			type: 'options',
			default: 'json',
			options: FORMATS,
			description: 'Report data as items, or a file as binary data',
		},
		{ ...binaryPropertyField, displayOptions: { hide: { format: ['json'] } } },
		optionalFields('Options', 'options', 'Add Option', [
			{
				displayName: 'Group By Field',
				name: 'groupByField',
				type: 'string',
				default: '',
				placeholder: 'e.g. closedTime',
				description:
					'Field the leads are grouped by: closedTime for sales and losses, createdTime for new leads and custom',
			},
			{
				displayName: 'Lead Name',
				name: 'name',
				type: 'string',
				default: '',
				description: 'Only leads whose name matches',
			},
			{
				displayName: 'Search Text',
				name: 'q',
				type: 'string',
				default: '',
				description: 'Only leads matching this free-text search',
			},
			{
				displayName: 'Segment By',
				name: 'segmentByField',
				type: 'options',
				default: 'assignees',
				options: SEGMENTS,
				description:
					'Break the report down by this, e.g. who sold the most or which sources bring leads',
			},
			{
				displayName: 'Weight by Confidence',
				name: 'useConfidence',
				type: 'boolean',
				default: false,
				description: "Whether lead values are weighted by each lead's confidence",
			},
		]),
	],
	input: (item) => {
		const format = item.choice('format', 'Format', valuesOf(FORMATS), 'json');
		const options = item.collection('options');
		const qs: IDataObject = {
			reportType: item.choice('reportType', 'Report Type', valuesOf(REPORT_TYPES), 'sales'),
			gap: item.choice('gap', 'Period', valuesOf(PERIODS), 'm'),
			format,
		};
		if (options.segmentByField !== undefined)
			qs.segmentByField = item.choice('options.segmentByField', 'Segment By', valuesOf(SEGMENTS));
		for (const [key, label] of [
			['groupByField', 'Group By Field'],
			['q', 'Search Text'],
		] as const) {
			const value = item.string(`options.${key}`, label);
			if (value) qs[key] = value;
		}
		const name = item.string('options.name', 'Lead Name');
		if (name) qs['filter[name]'] = name;
		if (options.useConfidence !== undefined)
			qs.useConfidence = item.boolean('options.useConfidence', false);
		return { qs, format, property: format === 'json' ? undefined : readBinaryProperty(item) };
	},
	run: async (item, { qs, format, property }) => {
		if (property === undefined) {
			const response = await nutshellRequest(item, 'GET', '/leads/report', { qs });
			// {reports: [{report: {...}}]}: one item per report.
			return recordsOf(response.body, 'reports').map((entry) =>
				entry.report && typeof entry.report === 'object' ? (entry.report as IDataObject) : entry,
			);
		}
		const response = await nutshellRequest(item, 'GET', '/leads/report', {
			qs,
			binary: true,
			// A rendered report always has content, and is an HTML page only when HTML was asked for.
			file: { html: format === 'html' },
		});
		return await fileItem(item, response, {
			property,
			fallbackName: `nutshell-${String(qs.reportType)}-report.${format}`,
			mimeType: MIME[format],
			json: { ...qs },
		});
	},
});
