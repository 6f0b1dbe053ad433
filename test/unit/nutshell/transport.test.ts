import { parseNutshellError } from '../../../nodes/Nutshell/transport';
import { contractProblems } from '../../contract/nutshell/spec';
import { contractRecorder, rl, run } from './context';
import type { Responder } from './context';

const { node } = contractRecorder(contractProblems);
const getLead = async (responder: Responder) =>
	await node({ resource: 'lead', operation: 'get', leadId: rl('5') }, { responder });

describe('Nutshell errors', () => {
	it.each([
		[
			'JSON-API errors[] (status as a string, title + detail)',
			400,
			{
				errors: [
					{
						type: 'errors',
						status: '400',
						title: 'Invalid filter',
						detail: 'Invalid page number: -1',
						code: null,
						field: null,
					},
				],
			},
			'Nutshell answered 400: Invalid filter: Invalid page number: -1 [item 0]',
		],
		[
			'{code, message}',
			500,
			{ code: 500, message: 'Internal Server Error' },
			'Nutshell answered 500: Internal Server Error [item 0]',
		],
		[
			'a bare JSON string',
			400,
			'"application/json-patch+json is required, see http://jsonapi.org"',
			'Nutshell answered 400: application/json-patch+json is required, see http://jsonapi.org [item 0]',
		],
		[
			'an HTML 401 page',
			401,
			'<!DOCTYPE html><html><head><title>An Error Occurred: Unauthorized</title></head><body><h1>Oops</h1></body></html>',
			'Nutshell answered 401: authentication failed, check the email and API key [item 0]',
		],
		[
			'an HTML 404 page',
			404,
			'<html><head><title>An Error Occurred: Not Found</title></head></html>',
			'Nutshell answered 404: the record or path was not found [item 0]',
		],
	])('%s ends as a readable NodeApiError', async (_name, statusCode, body, message) => {
		const { error } = await getLead(() => ({ statusCode, body }));
		expect(error?.constructor.name).toBe('NodeApiError');
		expect(error?.message).toBe(message);
		expect(error?.message).not.toMatch(/<|DOCTYPE/);
	});

	it('a 401 tells how to fix it', () => {
		expect(parseNutshellError({ statusCode: 401, headers: {}, body: 'Unauthorized' }).hint).toMatch(
			/email and API key/,
		);
	});

	it('a 400 with a field names it', () => {
		expect(
			parseNutshellError({
				statusCode: 400,
				headers: {},
				body: { errors: [{ status: '400', title: 'Required', field: 'name' }] },
			}).message,
		).toBe('name: Required');
	});

	it('never sends the key anywhere but the credential host', async () => {
		const { error, requests } = await run(
			{ resource: 'lead', operation: 'get', leadId: rl('5') },
			{ credentials: { username: 'a@b.c', apiKey: 'k', baseUrl: 'https://evil.com' } },
		);
		expect(error?.message).toMatch(/not a Nutshell host/);
		expect(requests).toHaveLength(0);
	});
});
