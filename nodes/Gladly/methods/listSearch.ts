import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { gladlyRequest } from '../transport';

/**
 * Customers for the locator. Gladly only looks customers up by an exact email, phone (E.164) or
 * external id, so the user types one of those.
 */
export async function searchCustomers(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const value = (filter ?? '').trim();
	if (!value) return { results: [] };
	const qs = value.includes('@')
		? { email: value }
		: /^\+\d{8,15}$/.test(value)
			? { phoneNumber: value }
			: { externalCustomerId: value };
	const response = await gladlyRequest({ n8n: this }, 'GET', '/customer-profiles', { qs });
	const records = Array.isArray(response.body) ? (response.body as IDataObject[]) : [];
	return {
		results: records.map((record) => {
			const email = (record.emails as IDataObject[] | undefined)?.[0]?.original;
			const label = String(record.name || email || record.id);
			return {
				name: email && record.name ? `${label} (${String(email)})` : label,
				value: String(record.id),
			};
		}),
	};
}
