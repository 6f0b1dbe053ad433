/**
 * Secrets on the failure paths the fault matrix does not reach: a rejected key (401) and a key the
 * sandbox echoes back in its error page. Neither the key nor its Basic-auth form may appear in the
 * output, the error message, its description or the serialised error and run data.
 */
import type { IDataObject } from 'n8n-workflow';

import { APPS, useApp } from './apps';
import type { AppName } from './apps';
import { secretForms } from './providers';

const rl = (value: string) => ({ __rl: true, mode: 'id', value });
const WRONG = 'wrong-secret-4f1c9a7d2e';

const CASES: Record<AppName, { parameters: IDataObject; credentials: IDataObject; user?: string }> =
	{
		kustomer: {
			parameters: {
				resource: 'customer',
				operation: 'get',
				by: 'id',
				customerId: rl('c10000000000000000000001'),
			},
			credentials: { apiKey: WRONG },
		},
		gladly: {
			parameters: { resource: 'customer', operation: 'get', customerId: rl('abc') },
			credentials: { apiToken: WRONG },
			user: 'api-user@acme.example',
		},
		nutshell: {
			parameters: { resource: 'person', operation: 'get', personId: rl('1-contacts') },
			credentials: { apiKey: WRONG },
			user: 'sandbox@nutshell.test',
		},
	};

describe.each(Object.keys(CASES) as AppName[])('%s: secrets on failure paths', (app) => {
	const current = useApp(app);

	it('a rejected key (401) appears nowhere in output or error', async () => {
		for (const continueOnFail of [false, true]) {
			const outcome = await current().run(CASES[app].parameters, {
				credentials: CASES[app].credentials,
				continueOnFail,
			});
			const message = continueOnFail
				? String(outcome.items[0]?.json.error)
				: String(outcome.error?.message);
			expect(message).toMatch(/answered 401/);
			expect(message).toMatch(/\[item 0\]/);
			for (const secret of secretForms(CASES[app].user, WRONG))
				expect(outcome.stored.includes(secret) ? secret : 'absent').toBe('absent');
		}
	});

	it('an error that echoes the Authorization header does not carry the key into output or error', async () => {
		for (const continueOnFail of [false, true]) {
			current().sandbox.inject({ provider: app, fault: 'echoAuth', passToHandler: true, times: 1 });
			const outcome = await current().run(CASES[app].parameters, { continueOnFail });
			const message = continueOnFail
				? String(outcome.items[0]?.json.error)
				: String(outcome.error?.message);
			expect(message).toMatch(/answered 400/);
			for (const secret of current().secrets)
				expect(outcome.stored.includes(secret) ? secret : 'absent').toBe('absent');
		}
	});

	it('a download whose error echoes the Authorization header does not carry the key anywhere', async () => {
		// The matrix's download family: the file request answers with the echo (a binary request's
		// error body arrives as bytes, not text).
		const family = APPS[app].families.find((candidate) => candidate.name === 'download')!;
		for (const continueOnFail of [false, true]) {
			const seed = family.seed(current(), 1);
			current().sandbox.inject({
				provider: app,
				fault: 'echoAuth',
				passToHandler: true,
				method: family.target.method,
				path: family.target.path,
				times: 1,
			});
			const outcome = await current().run(family.parameters(seed), {
				items: family.items(seed, 1),
				continueOnFail,
			});
			const message = continueOnFail
				? String(outcome.items[0]?.json.error)
				: String(outcome.error?.message);
			expect(message).toMatch(
				/answered 400: .*rejected Authorization header: (Basic |Bearer )?\[redacted\]/,
			);
			expect(message).toMatch(/\[item 0\]/);
			for (const secret of current().secrets)
				expect(outcome.stored.includes(secret) ? secret : 'absent').toBe('absent');
		}
	});
});
