/**
 * Bad input, per app: every case must end in an error that names the parameter and the item, with
 * nothing sent (the sandbox log stays empty). Ids with `/`, `?`, `#` are not errors: they must reach
 * the provider percent-encoded as one path segment, so the path never changes.
 */
import type { IDataObject } from 'n8n-workflow';

import { useApp } from './apps';
import type { AppName } from './apps';
import { expectNoSecrets } from './matrix';

const rl = (value: unknown, mode = 'id') => ({ __rl: true, mode, value });

interface BadInput {
	name: string;
	parameters: IDataObject;
	/** The parameter the error must name, as the message quotes it: Parameter 'X' (display or internal name). */
	parameter: string;
	/** Its internal name, when the message may use that instead. */
	internal?: string;
	/** Checking it needs the provider's definitions (custom fields): reads are allowed, writes are not. */
	reads?: boolean;
}

interface EncodedId {
	name: string;
	parameters: IDataObject;
	/** The raw path the provider must receive. */
	path: string;
}

interface InputCases {
	bad: BadInput[];
	encoded: EncodedId[];
}

// Empty values typed into a required field are refused by n8n itself; these come from expressions.
const ids = ['={{ "" }}', '={{ " " }}', '.', '..'];

const CASES: Record<AppName, InputCases> = {
	kustomer: {
		bad: [
			...ids.map((id) => ({
				name: `customer get with id ${JSON.stringify(id)}`,
				parameters: { resource: 'customer', operation: 'get', by: 'id', customerId: rl(id) },
				parameter: 'Customer',
			})),
			{
				name: 'customer delete with id ".."',
				parameters: { resource: 'customer', operation: 'delete', customerId: rl('..') },
				parameter: 'Customer',
			},
			{
				name: 'customer get with an array id from an expression',
				parameters: {
					resource: 'customer',
					operation: 'get',
					by: 'id',
					customerId: rl('={{ ["a", "b"] }}'),
				},
				parameter: 'Customer',
			},
			{
				name: 'customer get by email with an empty value',
				parameters: { resource: 'customer', operation: 'get', by: 'email', value: '={{ "" }}' },
				parameter: 'Email',
			},
			{
				name: 'customer create with an invalid email',
				parameters: {
					resource: 'customer',
					operation: 'create',
					additionalFields: { emails: 'not-an-email' },
				},
				parameter: 'Emails',
			},
			{
				name: 'customer create with a birthday in the wrong format',
				parameters: {
					resource: 'customer',
					operation: 'create',
					additionalFields: { birthdayAt: '31/01/2020' },
				},
				parameter: 'Birthday',
			},
			{
				name: 'customer upsert with an invalid email',
				parameters: {
					resource: 'customer',
					operation: 'upsert',
					matchBy: 'email',
					matchValue: 'jane at example',
				},
				parameter: 'Value to Match',
			},
			{
				name: 'customer update with nothing to change',
				parameters: {
					resource: 'customer',
					operation: 'update',
					customerId: rl('c1'),
					updateFields: {},
				},
				parameter: 'Update Fields',
			},
			{
				name: 'customer getMany with Updated Since in the wrong format',
				parameters: {
					resource: 'customer',
					operation: 'getMany',
					returnAll: true,
					options: { updatedSince: 'last tuesday' },
				},
				parameter: 'Updated Since',
			},
			{
				name: 'customer create with an invalid phone number',
				parameters: {
					resource: 'customer',
					operation: 'create',
					additionalFields: { phones: 'call me maybe' },
				},
				parameter: 'Phones',
			},
			{
				name: 'customer create with a custom attribute that does not exist',
				parameters: {
					resource: 'customer',
					operation: 'create',
					additionalFields: { name: 'A' },
					customAttributes: { attribute: [{ name: 'noSuchAttribute', type: 'auto', value: 'x' }] },
				},
				parameter: 'Custom Attributes',
				reads: true,
			},
			{
				name: 'customer create with a text where a number attribute is due',
				parameters: {
					resource: 'customer',
					operation: 'create',
					additionalFields: { name: 'A' },
					customAttributes: { attribute: [{ name: 'score', type: 'Num', value: 'abc' }] },
				},
				parameter: 'Custom Attributes',
			},
			{
				name: 'customer getMany with a limit of 0',
				parameters: { resource: 'customer', operation: 'getMany', returnAll: false, limit: 0 },
				parameter: 'Limit',
			},
			{
				name: 'customer getMany with a negative limit',
				parameters: { resource: 'customer', operation: 'getMany', returnAll: false, limit: -5 },
				parameter: 'Limit',
			},
		],
		encoded: [
			{
				name: 'customer get with "a/b?c#d"',
				parameters: { resource: 'customer', operation: 'get', by: 'id', customerId: rl('a/b?c#d') },
				path: '/v1/customers/a%2Fb%3Fc%23d',
			},
			{
				name: 'customer get with "../x"',
				parameters: { resource: 'customer', operation: 'get', by: 'id', customerId: rl('../x') },
				path: '/v1/customers/..%2Fx',
			},
			{
				name: 'customer get with a number from an expression',
				parameters: {
					resource: 'customer',
					operation: 'get',
					by: 'id',
					customerId: rl('={{ 12345 }}'),
				},
				path: '/v1/customers/12345',
			},
			{
				name: 'customer get by email with "/" and "#"',
				parameters: {
					resource: 'customer',
					operation: 'get',
					by: 'email',
					value: 'a/b#c@example.com',
				},
				path: '/v1/customers/email=a%2Fb%23c%40example.com',
			},
		],
	},
	gladly: {
		bad: [
			...ids.map((id) => ({
				name: `customer get with id ${JSON.stringify(id)}`,
				parameters: { resource: 'customer', operation: 'get', customerId: rl(id) },
				parameter: 'Customer',
			})),
			{
				name: 'customer delete with id "."',
				parameters: { resource: 'customer', operation: 'delete', customerId: rl('.') },
				parameter: 'Customer',
			},
			{
				name: 'customer get with an array id from an expression',
				parameters: { resource: 'customer', operation: 'get', customerId: rl('={{ ["a", "b"] }}') },
				parameter: 'Customer',
			},
			{
				name: 'customer get by email with an invalid email',
				parameters: {
					resource: 'customer',
					operation: 'get',
					customerId: rl('={{ "not-an-email" }}', 'email'),
				},
				parameter: 'Customer',
			},
			{
				name: 'customer upsert with an invalid email',
				parameters: {
					resource: 'customer',
					operation: 'upsert',
					matchBy: 'email',
					email: 'jane at example',
				},
				parameter: 'Email',
				internal: 'email',
			},
			{
				name: 'customer upsert with a phone number not in E.164',
				parameters: {
					resource: 'customer',
					operation: 'upsert',
					matchBy: 'phoneNumber',
					phoneNumber: '555-0100',
				},
				parameter: 'Phone Number',
				internal: 'phoneNumber',
			},
			{
				name: 'customer find with an invalid phone number',
				parameters: {
					resource: 'customer',
					operation: 'find',
					searchBy: 'phoneNumber',
					value: 'call me',
				},
				parameter: 'value',
			},
			{
				name: 'customer create with malformed JSON in Custom Attributes',
				parameters: {
					resource: 'customer',
					operation: 'create',
					additionalFields: { customAttributes: '{"tier": ' },
				},
				parameter: 'Custom Attributes',
			},
			{
				name: 'customer create with a JSON array in Custom Attributes',
				parameters: {
					resource: 'customer',
					operation: 'create',
					additionalFields: { customAttributes: '[1, 2]' },
				},
				parameter: 'Custom Attributes',
			},
			{
				name: 'customer update with nothing to change',
				parameters: {
					resource: 'customer',
					operation: 'update',
					customerId: rl('abc'),
					updateFields: {},
				},
				parameter: 'Update Fields',
			},
			{
				name: 'customer create with an invalid email',
				parameters: {
					resource: 'customer',
					operation: 'create',
					additionalFields: { emails: { email: [{ original: 'not-an-email' }] } },
				},
				parameter: 'Emails',
			},
			{
				name: 'customer create with an invalid phone number',
				parameters: {
					resource: 'customer',
					operation: 'create',
					additionalFields: { phones: { phone: [{ original: 'call me maybe', type: 'MOBILE' }] } },
				},
				parameter: 'Phones',
			},
			{
				name: 'customer find with a limit of 0',
				parameters: {
					resource: 'customer',
					operation: 'find',
					searchBy: 'email',
					value: 'jane@example.com',
					returnAll: false,
					limit: 0,
				},
				parameter: 'Limit',
			},
			{
				name: 'customer find with a negative limit',
				parameters: {
					resource: 'customer',
					operation: 'find',
					searchBy: 'email',
					value: 'jane@example.com',
					returnAll: false,
					limit: -5,
				},
				parameter: 'Limit',
			},
		],
		encoded: [
			{
				name: 'customer get with "a/b?c#d"',
				parameters: { resource: 'customer', operation: 'get', customerId: rl('a/b?c#d') },
				path: '/api/v1/customer-profiles/a%2Fb%3Fc%23d',
			},
			{
				name: 'customer delete with "../x"',
				parameters: { resource: 'customer', operation: 'delete', customerId: rl('../x') },
				path: '/api/v1/customer-profiles/..%2Fx',
			},
		],
	},
	nutshell: {
		bad: [
			...ids.map((id) => ({
				name: `person get with id ${JSON.stringify(id)}`,
				parameters: { resource: 'person', operation: 'get', personId: rl(id) },
				parameter: 'Person',
			})),
			{
				name: 'person get with "a/b?c#d"',
				parameters: { resource: 'person', operation: 'get', personId: rl('a/b?c#d') },
				parameter: 'Person',
			},
			{
				name: 'person get with the id of another type',
				parameters: { resource: 'person', operation: 'get', personId: rl('7-leads') },
				parameter: 'Person',
			},
			{
				name: 'person delete with an array id from an expression',
				parameters: { resource: 'person', operation: 'delete', personId: rl('={{ [1, 2] }}') },
				parameter: 'Person',
			},
			{
				name: 'person upsert with an invalid email',
				parameters: {
					resource: 'person',
					operation: 'upsert',
					email: 'jane at example',
					name: 'Jane',
				},
				parameter: 'Email',
			},
			{
				name: 'person update with nothing to change',
				parameters: {
					resource: 'person',
					operation: 'update',
					personId: rl('1-contacts'),
					updateFields: {},
				},
				parameter: 'Update Fields',
			},
			{
				name: 'person create with an invalid email',
				parameters: {
					resource: 'person',
					operation: 'create',
					name: 'Ana',
					additionalFields: { emails: 'not-an-email' },
				},
				parameter: 'Emails',
			},
			{
				name: 'person create with an invalid phone number',
				parameters: {
					resource: 'person',
					operation: 'create',
					name: 'Ana',
					additionalFields: { phones: 'call me maybe' },
				},
				parameter: 'Phones',
			},
			{
				name: 'person create with a custom field that does not exist',
				parameters: {
					resource: 'person',
					operation: 'create',
					name: 'Ana',
					additionalFields: {},
					customFields: { field: [{ name: 'No Such Field', value: 'x' }] },
				},
				parameter: 'Custom Fields',
				reads: true,
			},
			{
				name: 'person getMany with a limit of 0',
				parameters: { resource: 'person', operation: 'getMany', returnAll: false, limit: 0 },
				parameter: 'Limit',
			},
			{
				name: 'person getMany with a negative limit',
				parameters: { resource: 'person', operation: 'getMany', returnAll: false, limit: -5 },
				parameter: 'Limit',
			},
		],
		encoded: [
			{
				name: 'person get with a number from an expression',
				parameters: { resource: 'person', operation: 'get', personId: rl('={{ 7 }}') },
				path: '/rest/contacts/7-contacts',
			},
		],
	},
};

/** Bad-input cells known to fail: `app/case name` → the defect (kept visible with it.failing). */
/** Known defects, kept visible as failing tests until fixed (none open). */
const DEFECTS: Record<string, string> = {};

describe.each(Object.keys(CASES) as AppName[])('%s: bad input', (app) => {
	const current = useApp(app);

	for (const entry of CASES[app].bad) {
		const defect = DEFECTS[`${app}/${entry.name}`];
		const test = defect ? it.failing : it;
		test(`${defect ? `DEFECT (${defect}): ` : ''}${entry.name}: names '${entry.parameter}' and the item, sends nothing`, async () => {
			for (const continueOnFail of [false, true]) {
				current().sandbox.reset();
				const outcome = await current().run(entry.parameters, {
					items: continueOnFail ? [{}, {}] : [{}],
					continueOnFail,
				});
				expectNoSecrets(current(), outcome);
				expect(
					current()
						.requests()
						.filter((request) => !entry.reads || request.method !== 'GET'),
				).toEqual([]);
				if (continueOnFail) {
					expect(outcome.items.map((item) => [item.pairedItem, typeof item.json.error])).toEqual([
						[{ item: 0 }, 'string'],
						[{ item: 1 }, 'string'],
					]);
					expect(String(outcome.items[1].json.error)).toMatch(/\[item 1\]/);
				} else {
					expect(outcome.error?.name).toBe('NodeOperationError');
					// `Parameter 'Emails'`, or a part of it such as `Parameter 'Emails › 1'`.
					const named = [entry.parameter, entry.internal]
						.filter(Boolean)
						.map((name) => `Parameter '${name}`);
					expect(named.some((name) => outcome.error?.message.includes(name))).toBe(true);
					expect(outcome.error?.message).toMatch(/\[item 0\]/);
				}
			}
		});
	}

	for (const entry of CASES[app].encoded) {
		it(`${entry.name}: sent as one percent-encoded path segment`, async () => {
			await current().run(entry.parameters, { continueOnFail: true });
			expect(
				current()
					.requests()
					.map((request) => request.path),
			).toContain(entry.path);
			const prefix = entry.path.slice(0, entry.path.lastIndexOf('/') + 1);
			for (const request of current().requests())
				expect(request.path.startsWith(prefix) || request.path === entry.path).toBe(true);
		});
	}
});
