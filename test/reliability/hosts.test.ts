/**
 * Hostile host values through the action nodes (the credential tests cover the credential test
 * request): every hostile host value is refused before any request, the error says what is expected,
 * and neither the error nor the output carries the key. The sandbox log proves nothing was sent.
 */
import type { IDataObject } from 'n8n-workflow';

import { useApp } from './apps';
import type { AppName } from './apps';
import { expectNoSecrets } from './matrix';

const rl = (value: string) => ({ __rl: true, mode: 'id', value });

const HOSTILE = [
	'evil.com#',
	'acme.kustomerapp.com.evil.com',
	'acme.gladly.com.evil.com',
	'user@evil',
	'http://10.0.0.1',
	'https://acme.gladly.com@evil.com',
	'http://127.0.0.1:5678',
	'https://127.0.0.1',
	'https://[::1]',
	'https://localhost',
];

interface HostCase {
	parameters: IDataObject;
	/** Credential fields that carry each hostile value. */
	hostFields: (value: string, sandboxUrl: string) => IDataObject[];
	refusal: RegExp;
}

const CASES: Record<AppName, HostCase> = {
	kustomer: {
		parameters: { resource: 'customer', operation: 'get', by: 'id', customerId: rl('c1') },
		hostFields: (value, url) => [
			{ region: 'org', orgName: value },
			{ region: 'custom', baseUrl: value },
			{ region: 'custom', baseUrl: `${url}#@${value}` },
		],
		refusal: /Kustomer .*(Organization|Base URL|host)/i,
	},
	gladly: {
		parameters: { resource: 'customer', operation: 'get', customerId: rl('abc') },
		hostFields: (value, url) => [
			{ baseUrl: '', organization: value },
			{ baseUrl: value },
			{ baseUrl: `${url}?next=${value}` },
		],
		refusal: /Gladly .*(Organization|Base URL)/i,
	},
	nutshell: {
		parameters: { resource: 'person', operation: 'get', personId: rl('1-contacts') },
		hostFields: (value, url) => [
			{ baseUrl: value },
			{ baseUrl: url.replace('https://', `https://${encodeURIComponent(value)}@`) },
		],
		refusal: /Nutshell .*(Base URL|host|URL)/i,
	},
};

describe.each(Object.keys(CASES) as AppName[])(
	'%s: hostile hosts through the action node',
	(app) => {
		const current = useApp(app);

		it.each(HOSTILE)('refuses %p before any request, without leaking the key', async (value) => {
			for (const fields of CASES[app].hostFields(value, current().sandbox.url(app))) {
				current().sandbox.reset();
				for (const continueOnFail of [false, true]) {
					const outcome = await current().run(CASES[app].parameters, {
						credentials: fields,
						continueOnFail,
					});
					expectNoSecrets(current(), outcome);
					const message = continueOnFail
						? String(outcome.items[0]?.json.error)
						: String(outcome.error?.message);
					expect(message).toMatch(CASES[app].refusal);
					expect(current().sandbox.requests).toHaveLength(0);
				}
			}
		});
	},
);
