/**
 * Dropdowns and the customer locator search, called as n8n calls them, with a small load-options
 * context whose requests go through the real credential (authenticate) to the fake Gladly.
 */
import type {
	ICredentialDataDecryptedObject,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
} from 'n8n-workflow';

import { GladlyApi } from '../../../credentials/GladlyApi.credentials';
import { searchCustomers } from '../../../nodes/Gladly/methods/listSearch';
import {
	getAgents,
	getAudiences,
	getInboxes,
	getTeams,
	getTopics,
} from '../../../nodes/Gladly/methods/loadOptions';
import { sandboxFetch } from '../../sandbox';
import { BASIC, useGladly } from './setup';

const g = useGladly();

function loadOptionsContext(): ILoadOptionsFunctions {
	const credential = new GladlyApi();
	const data = g.credentials.gladlyApi as unknown as ICredentialDataDecryptedObject;
	const send = async (_type: string, options: IHttpRequestOptions) => {
		const signed = await credential.authenticate(data, options);
		const url = new URL(signed.url, signed.baseURL);
		for (const [key, value] of Object.entries(signed.qs ?? {}))
			url.searchParams.append(key, String(value));
		const headers: Record<string, string> = { ...(signed.headers as Record<string, string>) };
		if (signed.auth)
			headers.authorization = `Basic ${Buffer.from(`${signed.auth.username}:${signed.auth.password}`).toString('base64')}`;
		const response = await sandboxFetch(url, { method: signed.method ?? 'GET', headers });
		return {
			statusCode: response.status,
			headers: Object.fromEntries(response.headers),
			body: await response.text(),
		};
	};
	return {
		getNode: () => ({
			id: 'n',
			name: 'Gladly',
			type: 'gladly',
			typeVersion: 1,
			position: [0, 0],
			parameters: {},
		}),
		getCredentials: async () => data,
		helpers: { httpRequestWithAuthentication: send },
	} as unknown as ILoadOptionsFunctions;
}

describe('Gladly › dropdowns and locator search', () => {
	it('lists inboxes, agents, teams, topics (with parent) and audiences, sorted by name', async () => {
		const context = loadOptionsContext();
		expect(await getInboxes.call(context)).toEqual([
			{ name: 'Billing', value: 'inbox-billing' },
			{ name: 'Old Inbox (disabled)', value: 'inbox-old' },
			{ name: 'Support', value: 'inbox-support' },
		]);
		expect((await getAgents.call(context))[0]).toEqual({
			name: 'Ada Lovelace (ada@acme.example)',
			value: 'agent-ada',
		});
		expect((await getTeams.call(context)).map((option) => option.value)).toEqual([
			'team-tier1',
			'team-tier2',
		]);
		expect(await getTopics.call(context)).toEqual([
			{ name: 'Billing', value: 'topic-billing' },
			{ name: 'Billing › Refund', value: 'topic-refund' },
			{ name: 'Shipping', value: 'topic-shipping' },
		]);
		expect((await getAudiences.call(context)).map((option) => option.name)).toEqual([
			'Everyone',
			'VIP',
		]);
		expect(g.calls()).toEqual([
			'GET /api/v1/inboxes',
			'GET /api/v1/agents',
			'GET /api/v1/teams',
			'GET /api/v1/topics',
			'GET /api/v1/audiences',
		]);
		expect(g.requests().every((request) => request.headers.authorization === BASIC)).toBe(true);
	});

	it('searches customers by email or E.164 phone; an empty filter sends nothing', async () => {
		g.gladly.addCustomer({
			id: 'c1',
			name: 'Jane',
			emails: [{ original: 'jane@example.com' }],
			phones: [{ original: '+14155550100' }],
		});
		const context = loadOptionsContext();
		expect(await searchCustomers.call(context, '')).toEqual({ results: [] });
		expect(g.requests()).toHaveLength(0);
		expect(await searchCustomers.call(context, 'jane@example.com')).toEqual({
			results: [{ name: 'Jane (jane@example.com)', value: 'c1' }],
		});
		expect(
			(await searchCustomers.call(context, '+14155550100')).results.map((result) => result.value),
		).toEqual(['c1']);
		expect(g.requests().map((request) => request.query)).toEqual([
			{ email: 'jane@example.com' },
			{ phoneNumber: '+14155550100' },
		]);
	});
});
