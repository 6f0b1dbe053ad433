/** Quotes and invoices: requests, outputs and the input checks that stop a request before it is sent. */
import { contractProblems } from '../../contract/nutshell/spec';
import { calls, contractRecorder, expectAuthenticated } from './context';
import type { Responder } from './context';

const { node } = contractRecorder(contractProblems);

const QUOTE = {
	id: '123-quotes',
	type: 'quotes',
	number: '1000-01',
	displayStatus: 'SENT',
	total: { amount: '5000.00', currency: 'USD', formatted: '$5,000.00' },
	links: { lead: '456-leads' },
};

describe('Quote', () => {
	it('gets one quote by id, with Basic auth, from its quotes array', async () => {
		const { output, requests, error } = await node(
			{ resource: 'quote', operation: 'get', quoteId: '123' },
			{ responder: () => ({ body: { meta: {}, quotes: [QUOTE] } }) },
		);
		expect(error).toBeUndefined();
		expect(calls(requests)).toEqual(['GET /rest/quotes/123-quotes']);
		expectAuthenticated(requests[0]);
		expect(requests[0].qs).toEqual({});
		expect(output.map((item) => item.json)).toEqual([QUOTE]);
		expect(output[0].pairedItem).toEqual({ item: 0 });
	});

	it('gets many of one lead created in a date range, in days, paging until an empty page', async () => {
		const pages: Responder = (request) => {
			const page = Number(request.qs['page[page]']);
			return {
				body: {
					meta: { total: 3 },
					quotes:
						page === 0
							? [QUOTE, { ...QUOTE, id: '124-quotes' }]
							: page === 1
								? [{ ...QUOTE, id: '125-quotes' }]
								: [],
				},
			};
		};
		const { output, requests, error } = await node(
			{
				resource: 'quote',
				operation: 'getMany',
				returnAll: true,
				filters: { lead: '456', dateMin: '2026-01-01T10:00:00Z', dateMax: '2026-01-31' },
				options: { concurrency: 1 },
			},
			{ responder: pages },
		);
		expect(error).toBeUndefined();
		expect(output.map((item) => item.json.id)).toEqual(['123-quotes', '124-quotes', '125-quotes']);
		expect(calls(requests).every((call) => call === 'GET /rest/quotes')).toBe(true);
		expect(requests[0].qs).toEqual({
			'filter[lead]': '456-leads',
			'filter[dateMin]': '2026-01-01',
			'filter[dateMax]': '2026-01-31',
			'page[limit]': 100,
			'page[page]': 0,
		});
		expect(requests.map((request) => request.qs['page[page]'])).toEqual([0, 1, 2]);
	});

	it.each([
		[{ lead: '7-contacts' }, /Parameter 'Lead ID' is a contacts ID/],
		[{ dateMin: 'yesterday' }, /Parameter 'Created After'/],
		[
			{ dateMin: '2026-02-01', dateMax: '2026-01-01' },
			/Parameter 'Created Before' is before Created After/,
		],
	])('refuses the filters %j before sending', async (filters, message) => {
		const { error, requests } = await node({
			resource: 'quote',
			operation: 'getMany',
			returnAll: true,
			filters,
		});
		expect(error?.message).toMatch(message);
		expect(error?.message).toMatch(/\[item 0\]/);
		expect(requests).toHaveLength(0);
	});

	it('updates the status with who accepted it, and returns the quote Nutshell answers', async () => {
		const accepted = { ...QUOTE, displayStatus: 'ACCEPTED', acceptedName: 'Jane' };
		const { output, requests } = await node(
			{
				resource: 'quote',
				operation: 'updateStatus',
				quoteId: '123-quotes',
				status: 'ACCEPTED',
				additionalFields: { acceptedName: ' Jane ', acceptedEmail: 'jane@example.com' },
			},
			{ responder: () => ({ body: { quotes: [accepted] } }) },
		);
		expect(calls(requests)).toEqual(['POST /rest/quotes/123-quotes/status']);
		expect(requests[0].headers['content-type']).toBe('application/json');
		expect(requests[0].body).toEqual({
			status: 'ACCEPTED',
			acceptedName: 'Jane',
			acceptedEmail: 'jane@example.com',
		});
		expect(output.map((item) => item.json)).toEqual([accepted]);
	});

	it.each([
		[
			{ status: 'PAID' },
			/Parameter 'Status' must be one of "READY", "SENT", "REVOKED", "ACCEPTED", "ARCHIVED", not "PAID"/,
		],
		[
			{ status: 'SENT', additionalFields: { acceptedEmail: 'jane' } },
			/Parameter 'Accepted By Email' "jane" is not an email address/,
		],
		[{ status: 'SENT', quoteId: '5-leads' }, /Parameter 'Quote ID' is a leads ID/],
	])('refuses %j before sending', async (parameters, message) => {
		const { error, requests } = await node({
			resource: 'quote',
			operation: 'updateStatus',
			quoteId: '123',
			...parameters,
		});
		expect(error?.message).toMatch(message);
		expect(error?.message).toMatch(/\[item 0\]/);
		expect(requests).toHaveLength(0);
	});

	it('creates an invoice from a quote with no body, once: a timeout is not retried', async () => {
		const invoice = { id: '789-quotes', type: 'invoices', displayStatus: 'DRAFT' };
		const { output, requests } = await node(
			{ resource: 'quote', operation: 'createInvoice', quoteId: '123' },
			{ responder: () => ({ statusCode: 201, body: { invoices: [invoice] } }) },
		);
		expect(calls(requests)).toEqual(['POST /rest/quotes/123-quotes/invoice']);
		expect(requests[0].rawBody).toBeUndefined();
		expect(output.map((item) => item.json)).toEqual([invoice]);

		const failed = await node(
			{ resource: 'quote', operation: 'createInvoice', quoteId: '123' },
			{ responder: () => ({ statusCode: 503, body: { code: 503, message: 'Unavailable' } }) },
		);
		expect(failed.requests).toHaveLength(1);
		expect(failed.error?.message).toMatch(/answered 503/);
	});
});

describe('Invoice', () => {
	it('gets an invoice by its quote id (a bare number is completed as quotes), or as -invoices', async () => {
		const first = await node({ resource: 'invoice', operation: 'get', invoiceId: '789' });
		expect(calls(first.requests)).toEqual(['GET /rest/invoices/789-quotes']);
		const second = await node({ resource: 'invoice', operation: 'get', invoiceId: '789-invoices' });
		expect(calls(second.requests)).toEqual(['GET /rest/invoices/789-invoices']);
		expect(second.output).toHaveLength(1);
	});

	it('marks an invoice paid with a comment', async () => {
		const { requests, error } = await node({
			resource: 'invoice',
			operation: 'updateStatus',
			invoiceId: '789',
			status: 'ACCEPTED',
			additionalFields: { comment: 'Paid via ACH' },
		});
		expect(error).toBeUndefined();
		expect(calls(requests)).toEqual(['POST /rest/invoices/789-quotes/status']);
		expect(requests[0].body).toEqual({ status: 'ACCEPTED', comment: 'Paid via ACH' });
	});

	it('refuses a comment on a status that does not record one, before sending', async () => {
		const { error, requests } = await node({
			resource: 'invoice',
			operation: 'updateStatus',
			invoiceId: '789',
			status: 'SENT',
			additionalFields: { comment: 'x' },
		});
		expect(error?.message).toMatch(
			/Parameter 'Comment' is recorded only when the status is Accepted \(Paid\) or Revoked \[item 0\]/,
		);
		expect(requests).toHaveLength(0);
	});

	it('gets many with a limit: one page of that size', async () => {
		const { requests } = await node({
			resource: 'invoice',
			operation: 'getMany',
			returnAll: false,
			limit: 7,
		});
		expect(calls(requests)).toEqual(['GET /rest/invoices']);
		expect(requests[0].qs).toEqual({ 'page[limit]': 7, 'page[page]': 0 });
	});
});
