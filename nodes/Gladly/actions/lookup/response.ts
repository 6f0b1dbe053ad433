import type { IDataObject } from 'n8n-workflow';

/**
 * Gladly's Lookup Adaptor answer, `{ "results": [...] }`
 * (https://help.gladly.com/developer/docs/lookup-adapter-requests): each result needs
 * `externalCustomerId`; `emails` are `[{ original }]`, `phones` `[{ original, type }]`,
 * `customAttributes` a one-level map of strings, `transactions` cards of a known type.
 */

export const TRANSACTION_TYPES = ['ORDER', 'FLIGHT', 'STAY', 'SUBSCRIPTION', 'GENERIC'];
export const PHONE_TYPES = ['MOBILE', 'HOME', 'OFFICE', 'OTHER'];

export interface MappedInput {
	externalCustomerId: unknown;
	name?: unknown;
	emails?: unknown;
	phones?: unknown;
	address?: unknown;
	phoneType?: string;
	customAttributes?: IDataObject;
	transactions?: unknown;
	actions?: unknown;
}

/** Reports a mapping problem of one input item (the caller throws a NodeOperationError naming the item). */
export type Fail = (message: string) => never;

function present(value: unknown): boolean {
	return (
		value !== undefined && value !== null && !(typeof value === 'string' && value.trim() === '')
	);
}

function list(value: unknown, fail: Fail): unknown[] {
	if (!present(value)) return [];
	if (Array.isArray(value)) return value.filter(present);
	if (typeof value === 'string' && value.trim().startsWith('[')) {
		const parsed = jsonValue(value, 'a list', fail);
		return Array.isArray(parsed) ? parsed.filter(present) : [parsed];
	}
	return [value];
}

function jsonValue(text: string, what: string, fail: Fail): unknown {
	try {
		return JSON.parse(text);
	} catch {
		fail(`is not valid JSON (expected ${what})`);
	}
}

function textOf(value: unknown, field: string, fail: Fail): string {
	if (typeof value === 'string') return value.trim();
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	fail(`${field} must be text, not ${JSON.stringify(value)}`);
}

/** Emails from strings or objects such as `{ original }`, `{ value }` (Nutshell) or `{ email }` (Kustomer). */
export function mapEmails(value: unknown, fail: Fail): IDataObject[] {
	return list(value, fail).map((entry) => {
		if (entry && typeof entry === 'object') {
			const object = entry as IDataObject;
			const address = object.original ?? object.value ?? object.email ?? object.address;
			if (!present(address))
				fail(`Emails: ${JSON.stringify(entry)} has no address (original, value or email)`);
			return { original: textOf(address, 'Emails', fail) };
		}
		return { original: textOf(entry, 'Emails', fail) };
	});
}

/** Phones from strings or objects such as `{ original, type }` or `{ value, name }`; plain strings get `defaultType`. */
export function mapPhones(value: unknown, defaultType: string, fail: Fail): IDataObject[] {
	return list(value, fail).map((entry) => {
		if (entry && typeof entry === 'object') {
			const object = entry as IDataObject;
			const raw = object.original ?? object.number ?? object.value ?? object.phone;
			const number =
				raw && typeof raw === 'object'
					? ((raw as IDataObject).numberFormatted ?? (raw as IDataObject).number)
					: raw;
			if (!present(number))
				fail(`Phones: ${JSON.stringify(entry)} has no number (original, number or value)`);
			const type = String(object.type ?? defaultType).toUpperCase();
			return {
				original: textOf(number, 'Phones', fail),
				type: PHONE_TYPES.includes(type) ? type : defaultType,
			};
		}
		return { original: textOf(entry, 'Phones', fail), type: defaultType };
	});
}

/** One level of string values; null becomes "" (which clears the attribute in Gladly). */
export function mapCustomAttributes(value: unknown, fail: Fail): IDataObject {
	if (!present(value)) return {};
	const source = typeof value === 'string' ? jsonValue(value, 'an object', fail) : value;
	if (!source || typeof source !== 'object' || Array.isArray(source))
		fail('Custom Attributes must be an object of key and value pairs');
	const out: IDataObject = {};
	for (const [key, entry] of Object.entries(source as IDataObject)) {
		if (entry === null || entry === undefined) out[key] = '';
		else if (typeof entry === 'object')
			fail(
				`Custom Attributes: "${key}" holds ${Array.isArray(entry) ? 'a list' : 'an object'}; Gladly accepts one level of text values only`,
			);
		else out[key] = String(entry);
	}
	return out;
}

/** Numbers become strings (Gladly's cards show text; its sample adaptor converts them too), recursively. */
function stringifyNumbers(value: unknown): unknown {
	if (typeof value === 'number') return String(value);
	if (Array.isArray(value)) return value.map(stringifyNumbers);
	if (value && typeof value === 'object')
		return Object.fromEntries(
			Object.entries(value as IDataObject).map(([key, entry]) => [key, stringifyNumbers(entry)]),
		);
	return value;
}

export function mapTransactions(value: unknown, fail: Fail): IDataObject[] {
	return list(value, fail).map((entry, index) => {
		const object =
			typeof entry === 'string' ? jsonValue(entry, 'a transaction object', fail) : entry;
		if (!object || typeof object !== 'object' || Array.isArray(object))
			fail(`Transactions: entry ${index + 1} is not an object`);
		const type = String((object as IDataObject).type ?? '').toUpperCase();
		if (!TRANSACTION_TYPES.includes(type)) {
			fail(
				`Transactions: entry ${index + 1} has type ${JSON.stringify((object as IDataObject).type)}; Gladly knows ${TRANSACTION_TYPES.join(', ')}`,
			);
		}
		return { ...(stringifyNumbers(object) as IDataObject), type };
	});
}

export function mapActions(value: unknown, fail: Fail): IDataObject[] {
	return list(value, fail).map((entry, index) => {
		const object = (
			typeof entry === 'string' ? jsonValue(entry, 'an action object', fail) : entry
		) as IDataObject;
		if (!object || typeof object !== 'object' || !present(object.name) || !present(object.formUrl))
			fail(`Actions: entry ${index + 1} needs a name and a formUrl`);
		return { name: String(object.name), formUrl: String(object.formUrl) };
	});
}

/** One input item as a Gladly result; undefined when it has no External Customer ID (nothing found for it). */
export function mapResult(input: MappedInput, fail: Fail): IDataObject | undefined {
	if (!present(input.externalCustomerId)) return undefined;
	const result: IDataObject = {
		externalCustomerId: textOf(input.externalCustomerId, 'External Customer ID', fail),
	};
	if (present(input.name)) result.name = textOf(input.name, 'Name', fail);
	if (present(input.address)) result.address = textOf(input.address, 'Address', fail);
	const emails = mapEmails(input.emails, fail);
	if (emails.length) result.emails = emails;
	const phones = mapPhones(input.phones, input.phoneType ?? 'MOBILE', fail);
	if (phones.length) result.phones = phones;
	const customAttributes = mapCustomAttributes(input.customAttributes, fail);
	if (Object.keys(customAttributes).length) result.customAttributes = customAttributes;
	const transactions = mapTransactions(input.transactions, fail);
	if (transactions.length) result.transactions = transactions;
	const actions = mapActions(input.actions, fail);
	if (actions.length) result.actions = actions;
	return result;
}

function unionBy(a: unknown, b: unknown): IDataObject[] {
	const merged = [...((a as IDataObject[]) ?? []), ...((b as IDataObject[]) ?? [])];
	const seen = new Set<string>();
	return merged.filter((entry) => {
		const key = JSON.stringify(entry);
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

/**
 * Results with the same External Customer ID become one (e.g. one item per order of the same
 * customer): the first name and address win, emails, phones, transactions and actions are joined,
 * custom attributes merged. Order: first appearance.
 */
export function mergeResults(results: IDataObject[]): IDataObject[] {
	const byId = new Map<string, IDataObject>();
	for (const result of results) {
		const id = result.externalCustomerId as string;
		const existing = byId.get(id);
		if (!existing) {
			byId.set(id, { ...result });
			continue;
		}
		for (const key of ['name', 'address'])
			if (existing[key] === undefined && result[key] !== undefined) existing[key] = result[key];
		for (const key of ['emails', 'phones', 'transactions', 'actions']) {
			if (result[key] === undefined) continue;
			existing[key] =
				key === 'transactions'
					? [...((existing[key] as IDataObject[]) ?? []), ...(result[key] as IDataObject[])]
					: unionBy(existing[key], result[key]);
		}
		if (result.customAttributes)
			existing.customAttributes = {
				...((existing.customAttributes as IDataObject) ?? {}),
				...(result.customAttributes as IDataObject),
			};
	}
	return [...byId.values()];
}

/** Why `results` breaks the rule, or undefined. A Detailed Lookup needs exactly one result. */
export function ruleViolation(
	results: IDataObject[],
	uniqueMatchRequired: boolean,
): string | undefined {
	if (!uniqueMatchRequired || results.length === 1) return undefined;
	if (results.length === 0)
		return 'This lookup requires exactly one result (Detailed Lookup), and no input item had an External Customer ID';
	return `This lookup requires exactly one result (Detailed Lookup), and the input items hold ${results.length} customers (External Customer IDs ${results
		.slice(0, 5)
		.map((r) => JSON.stringify(r.externalCustomerId))
		.join(', ')}${results.length > 5 ? ', …' : ''})`;
}
