/**
 * Mark Won / Lost / Cancelled cannot contradict their name: the outcome (which an expression may give)
 * is read, and one of another kind fails the item, naming the parameter, before the lead is changed.
 */
import type { IDataObject } from 'n8n-workflow';

import { contractProblems } from '../../contract/nutshell/spec';
import { calls, contractRecorder, rl } from './context';
import type { Responder } from './context';

const { node: lead } = contractRecorder(contractProblems, 'lead');

const OUTCOMES: Record<string, IDataObject> = {
	'1-outcomes': { id: '1-outcomes', name: 'Won', status: 'won', type: 'won' },
	'2-outcomes': { id: '2-outcomes', name: 'Lost on price', status: 'lost', type: 'lost' },
	'3-outcomes': { id: '3-outcomes', name: 'Went dark', status: 'cancelled', type: 'cancelled' },
	'4-outcomes': { id: '4-outcomes', name: 'Odd', status: 'archived' },
	'5-outcomes': { id: '5-outcomes', name: 'Legacy won', status: 10 },
};

const outcomes: Responder = (request) => {
	const id = /^\/rest\/outcomes\/(.+)$/.exec(request.url)?.[1];
	if (id)
		return OUTCOMES[id]
			? { body: { outcomes: [OUTCOMES[id]] } }
			: { statusCode: 404, body: '<html><title>An Error Occurred: Not Found</title></html>' };
	return undefined;
};

const posts = <T extends { method: string }>(requests: T[]) =>
	requests.filter((r) => r.method === 'POST');

describe('Lead outcome operations', () => {
	it.each([
		[
			'markWon',
			'2',
			/Parameter 'Outcome' is "Lost on price" \(2-outcomes\), a lost outcome; this operation closes a lead as won only \[item 0\]/,
		],
		['markWon', '3', /a cancelled outcome; this operation closes a lead as won only/],
		[
			'markLost',
			'1',
			/Parameter 'Outcome' is "Won" \(1-outcomes\), a won outcome; this operation closes a lead as lost only/,
		],
		['markLost', '3', /a cancelled outcome; this operation closes a lead as lost only/],
		['markCancelled', '1', /a won outcome; this operation closes a lead as cancelled only/],
		['markCancelled', '2', /a lost outcome; this operation closes a lead as cancelled only/],
		['markWon', '4', /an outcome that is not marked won, lost or cancelled/],
	])('%s refuses outcome %s: nothing is changed', async (operation, outcome, message) => {
		const { error, requests } = await lead(
			{ operation, leadId: rl('9'), outcome },
			{ responder: outcomes },
		);
		expect(error?.message).toMatch(message);
		expect(calls(requests)).toEqual([`GET /rest/outcomes/${outcome}-outcomes`]);
	});

	it('says which operation fits the outcome given', async () => {
		const { error } = await lead(
			{ operation: 'markWon', leadId: rl('9'), outcome: '2' },
			{ responder: outcomes },
		);
		expect(error?.description).toMatch(/use Mark Lost for a lost one/);
	});

	it('refuses a lost outcome that an expression gives for one item, and closes the others, each paired', async () => {
		const { output, requests } = await lead(
			{ operation: 'markWon', leadId: rl('={{ $json.lead }}'), outcome: '={{ $json.outcome }}' },
			{
				items: [
					{ lead: '9', outcome: '1' },
					{ lead: '10', outcome: '2-outcomes' },
					{ lead: '11', outcome: '1-outcomes' },
				],
				continueOnFail: true,
				responder: outcomes,
			},
		);
		expect(output.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(String(output[1].json.error)).toMatch(
			/Parameter 'Outcome' .*a lost outcome.*\[item 1\]/,
		);
		expect(output[0].json.id).toBe('9-leads');
		expect(output[2].json.id).toBe('11-leads');
		// Each outcome is read once per run; only the won closings are sent.
		expect(calls(requests).filter((call) => call.startsWith('GET'))).toEqual([
			'GET /rest/outcomes/1-outcomes',
			'GET /rest/outcomes/2-outcomes',
		]);
		expect(calls(posts(requests))).toEqual([
			'POST /rest/leads/9-leads/status',
			'POST /rest/leads/11-leads/status',
		]);
	});

	it('accepts a won outcome given as a legacy status code', async () => {
		const { error, requests } = await lead(
			{ operation: 'markWon', leadId: rl('9'), outcome: '5' },
			{ responder: outcomes },
		);
		expect(error).toBeUndefined();
		expect(posts(requests)[0].body).toEqual({ outcomeId: '5-outcomes' });
	});

	it('an outcome that does not exist fails the item without changing the lead', async () => {
		const { error, requests } = await lead(
			{ operation: 'markWon', leadId: rl('9'), outcome: '77' },
			{ responder: outcomes },
		);
		expect(error?.message).toMatch(/Nutshell answered 404.*\[item 0\]/);
		expect(posts(requests)).toHaveLength(0);
	});
});
