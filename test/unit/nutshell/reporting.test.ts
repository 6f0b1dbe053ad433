/**
 * Reporting (lead report, a lead's stage history, pipeline export as a file), emails and custom fields
 * (create a field, read a record's values): requests, outputs, and bad input refused before sending.
 */
import { contractProblems } from '../../contract/nutshell/spec';
import { calls, contractRecorder, expectAuthenticated, rl } from './context';

const { node } = contractRecorder(contractProblems);

const decoded = (data: unknown) => Buffer.from(String(data), 'base64').toString('utf8');

describe('Lead report', () => {
	it('runs a report with its options as query parameters, one item per report', async () => {
		const report = { id: 'sales-report', key: 'sales', data: [], summary: { bucket: 'all' } };
		const { output, requests, error } = await node(
			{
				resource: 'lead',
				operation: 'getReport',
				reportType: 'losses',
				gap: 'q',
				format: 'json',
				options: {
					segmentByField: 'competitors',
					groupByField: 'closedTime',
					useConfidence: true,
					name: 'Acme',
					q: 'renewal',
				},
			},
			{
				responder: () => ({ body: { reports: [{ report }, { report: { ...report, id: 'r2' } }] } }),
			},
		);
		expect(error).toBeUndefined();
		expect(calls(requests)).toEqual(['GET /rest/leads/report']);
		expectAuthenticated(requests[0]);
		expect(requests[0].qs).toEqual({
			reportType: 'losses',
			gap: 'q',
			format: 'json',
			segmentByField: 'competitors',
			groupByField: 'closedTime',
			q: 'renewal',
			'filter[name]': 'Acme',
			useConfidence: true,
		});
		expect(output.map((item) => item.json.id)).toEqual(['sales-report', 'r2']);
		expect(output.every((item) => (item.pairedItem as { item: number }).item === 0)).toBe(true);
	});

	it('returns a CSV report as a file in the chosen binary field, named as Nutshell names it', async () => {
		const { output, requests, error } = await node(
			{
				resource: 'lead',
				operation: 'getReport',
				reportType: 'sales',
				gap: 'm',
				format: 'csv',
				binaryPropertyName: 'report',
			},
			{
				responder: () => ({
					body: 'Bucket,Count\nall,2\n',
					headers: {
						'content-type': 'text/csv',
						'content-disposition': 'attachment; filename="sales.csv"',
					},
				}),
			},
		);
		expect(error).toBeUndefined();
		expect(requests[0].qs.format).toBe('csv');
		expect(output).toHaveLength(1);
		const file = output[0].binary?.report;
		expect(file?.fileName).toBe('sales.csv');
		expect(file?.mimeType).toBe('text/csv');
		expect(decoded(file?.data)).toBe('Bucket,Count\nall,2\n');
		expect(output[0].json).toMatchObject({
			reportType: 'sales',
			format: 'csv',
			fileName: 'sales.csv',
			fileSize: 19,
		});
	});

	it.each([
		[{ reportType: 'profits' }, /Parameter 'Report Type' must be one of/],
		[{ gap: 'hour' }, /Parameter 'Period' must be one of/],
		[{ format: 'xlsx' }, /Parameter 'Format' must be one of/],
		[{ options: { segmentByField: 'moods' } }, /Parameter 'Segment By' must be one of/],
		[
			{ format: 'pdf', binaryPropertyName: 'my file' },
			/Parameter 'Put Output File in Field' "my file" is not a field name/,
		],
	])('refuses %j before sending', async (parameters, message) => {
		const { error, requests } = await node({
			resource: 'lead',
			operation: 'getReport',
			reportType: 'sales',
			gap: 'm',
			format: 'json',
			...parameters,
		});
		expect(error?.message).toMatch(message);
		expect(error?.message).toMatch(/\[item 0\]/);
		expect(requests).toHaveLength(0);
	});
});

describe('Lead report as a file', () => {
	const report = (format: string) => ({
		resource: 'lead',
		operation: 'getReport',
		reportType: 'sales',
		gap: 'm',
		format,
		binaryPropertyName: 'data',
	});
	const html = {
		body: '<html><title>Sign in</title></html>',
		headers: { 'content-type': 'text/html' },
	};
	const pdf = { body: '%PDF-1.4 report', headers: { 'content-type': 'application/pdf' } };

	it.each([
		['an HTML page', html],
		['an empty body', { body: '', headers: { 'content-type': 'application/pdf' } }],
	])('asks again rather than hand on %s as a PDF report', async (_what, wrong) => {
		let answered = 0;
		const { output, requests, error } = await node(report('pdf'), {
			responder: () => (answered++ === 0 ? wrong : pdf),
		});
		expect(error).toBeUndefined();
		expect(requests).toHaveLength(2);
		expect(decoded(output[0].binary?.data.data)).toBe('%PDF-1.4 report');
	});

	it('takes the HTML page when the HTML file was asked for', async () => {
		const { output, requests, error } = await node(report('html'), { responder: () => html });
		expect(error).toBeUndefined();
		expect(requests).toHaveLength(1);
		expect(decoded(output[0].binary?.data.data)).toBe(html.body);
	});
});

describe('Lead stage history', () => {
	it("returns the lead's stages with the time spent and the pipeline as one item", async () => {
		const stages = [
			{ id: '101-stages', name: 'Qualify' },
			{ id: '102-stages', name: 'Propose' },
		];
		const timeSpent = [
			{ value: 3, unit: 'days' },
			{ value: 1, unit: 'days' },
		];
		const stageset = { id: '1-stagesets', name: 'Sales' };
		const { output, requests } = await node(
			{ resource: 'lead', operation: 'getStageHistory', leadId: rl('9') },
			{ responder: () => ({ body: { meta: { timeSpent, stageset }, stages } }) },
		);
		expect(calls(requests)).toEqual(['GET /rest/leads/9-leads/stages']);
		expect(output.map((item) => item.json)).toEqual([
			{ lead: '9-leads', stageset, stages, timeSpent },
		]);
	});
});

describe('Pipeline export', () => {
	it('downloads the CSV of lead movements as binary, asking for CSV', async () => {
		const csv = 'Lead ID,Lead,Stage\n9-leads,Acme,Qualify\n';
		const { output, requests, error } = await node(
			{ resource: 'pipeline', operation: 'export', pipelineId: '2', binaryPropertyName: 'data' },
			{ responder: () => ({ body: csv, headers: { 'content-type': 'text/csv; charset=UTF-8' } }) },
		);
		expect(error).toBeUndefined();
		expect(calls(requests)).toEqual(['GET /rest/stagesets/2-stagesets/export']);
		expectAuthenticated(requests[0], 'text/csv');
		expect(output[0].json).toEqual({
			pipeline: '2-stagesets',
			fileName: 'pipeline-2-stagesets-lead-movements.csv',
			fileSize: csv.length,
		});
		expect(output[0].binary?.data.mimeType).toBe('text/csv');
		expect(decoded(output[0].binary?.data.data)).toBe(csv);
	});

	it.each([
		['<html><title>Login</title></html>', 'an HTML page'],
		['', 'an empty file'],
		['{"errors":[{"title":"Nope"}]}', 'an error'],
	])('fails, naming the item, when Nutshell answers %j instead of a CSV', async (body, what) => {
		const { error, output } = await node(
			{ resource: 'pipeline', operation: 'export', pipelineId: '2', binaryPropertyName: 'data' },
			{ responder: () => ({ body, headers: { 'content-type': 'text/csv' } }) },
		);
		expect(error?.message).toBe(`Nutshell answered ${what} instead of a CSV file [item 0]`);
		expect(output).toHaveLength(0);
	});

	it('refuses an id of another kind before sending', async () => {
		const { error, requests } = await node({
			resource: 'pipeline',
			operation: 'export',
			pipelineId: '2-stages',
			binaryPropertyName: 'data',
		});
		expect(error?.message).toMatch(/Parameter 'Pipeline ID' is a stages ID .*\[item 0\]/);
		expect(requests).toHaveLength(0);
	});
});

describe('Email', () => {
	it('gets an email by id', async () => {
		const email = { id: '3-emails', subject: 'Proposal', links: { from: '1-users' } };
		const { output, requests } = await node(
			{ resource: 'email', operation: 'get', emailId: '3' },
			{ responder: () => ({ body: { emails: [email] } }) },
		);
		expect(calls(requests)).toEqual(['GET /rest/emails/3-emails']);
		expect(output.map((item) => item.json)).toEqual([email]);
	});
});

describe('Custom field', () => {
	it('creates a dropdown field on leads with its choices', async () => {
		const { output, requests, error } = await node(
			{
				resource: 'customField',
				operation: 'create',
				entity: 'lead',
				name: 'Size',
				fieldType: 'Enum',
				choices: 'Small, Medium,, Large',
				isMultiple: true,
			},
			{ responder: () => ({ body: { customFields: [{ id: '9-customfields', name: 'Size' }] } }) },
		);
		expect(error).toBeUndefined();
		expect(calls(requests)).toEqual(['POST /rest/leads/customfield']);
		expect(requests[0].body).toEqual({
			name: 'Size',
			type: 'Enum',
			choices: ['Small', 'Medium', 'Large'],
			isMultiple: true,
		});
		expect(output.map((item) => item.json)).toEqual([{ id: '9-customfields', name: 'Size' }]);
	});

	it('creates a text field on companies without enum settings, and answers a bodiless 200 with what was sent', async () => {
		const { output, requests } = await node(
			{
				resource: 'customField',
				operation: 'create',
				entity: 'company',
				name: 'Tier',
				fieldType: 'Text',
				choices: 'ignored',
			},
			{
				responder: () => ({ statusCode: 200, body: '', headers: { 'content-type': 'text/plain' } }),
			},
		);
		expect(calls(requests)).toEqual(['POST /rest/accounts/customfield']);
		expect(requests[0].body).toEqual({ name: 'Tier', type: 'Text' });
		expect(output.map((item) => item.json)).toEqual([{ name: 'Tier', type: 'Text' }]);
	});

	it.each([
		[
			{ entity: 'person', fieldType: 'Phone' },
			/Parameter 'Type' "Phone" fields exist only on leads/,
		],
		[{ entity: 'lead', fieldType: 'Enum', choices: ' , ' }, /Parameter 'Choices' is empty/],
		[{ entity: 'lead', fieldType: 'Colour' }, /Parameter 'Type' must be one of/],
		[{ entity: 'deal' }, /Parameter 'Entity' "deal" is not company, lead or person/],
		[{ name: '' }, /Parameter 'Name' is empty/],
	])('refuses %j before sending', async (parameters, message) => {
		const { error, requests } = await node({
			resource: 'customField',
			operation: 'create',
			entity: 'lead',
			name: 'Size',
			fieldType: 'Text',
			...parameters,
		});
		expect(error?.message).toMatch(message);
		expect(error?.message).toMatch(/\[item 0\]/);
		expect(requests).toHaveLength(0);
	});

	it("reads a record's values: a bare array for leads and people, customFields for companies", async () => {
		const values = [{ id: '1-customfields', name: 'Favorite Number', value: '7' }];
		const lead = await node(
			{ resource: 'customField', operation: 'getValues', entity: 'lead', recordId: '9' },
			{ responder: () => ({ body: values }) },
		);
		expect(calls(lead.requests)).toEqual(['GET /rest/leads/9-leads/customfields']);
		expect(lead.output.map((item) => item.json)).toEqual([{ ...values[0], record: '9-leads' }]);
		const company = await node(
			{ resource: 'customField', operation: 'getValues', entity: 'company', recordId: '3' },
			{ responder: () => ({ body: { customFields: values } }) },
		);
		expect(calls(company.requests)).toEqual(['GET /rest/accounts/3-accounts/customfields']);
		expect(company.output.map((item) => item.json.record)).toEqual(['3-accounts']);
		const wrong = await node({
			resource: 'customField',
			operation: 'getValues',
			entity: 'person',
			recordId: '9-leads',
		});
		expect(wrong.error?.message).toMatch(/Parameter 'Record ID' is a leads ID/);
		expect(wrong.requests).toHaveLength(0);
	});
});
