import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { flatten, kustomerRequest } from '../transport';
import type { JsonApiResource } from '../transport';

/** Customers for the locator: Kustomer's search by name/email when the user types, newest first otherwise. */
export async function searchCustomers(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const page = Number(paginationToken ?? 1);
	const response = filter
		? await kustomerRequest.call(this, 'POST', '/v1/customers/search', {
				qs: { page, pageSize: 50 },
				body: {
					queryContext: 'customer',
					or: [{ customer_name: { contains: filter } }, { customer_emails: { contains: filter } }],
					sort: [{ customer_updated_at: 'desc' }],
				},
				idempotent: true,
			})
		: await kustomerRequest.call(this, 'GET', '/v1/customers', { qs: { page, pageSize: 50 } });
	const body = response.body as { data?: JsonApiResource[]; links?: { next?: string | null } };
	const results = (body.data ?? []).map((record) => {
		const customer = flatten(record);
		const email = (customer.emails as Array<{ email?: string }> | undefined)?.[0]?.email;
		const name = String(customer.displayName ?? customer.name ?? record.id);
		return { name: email ? `${name} (${email})` : name, value: record.id };
	});
	return { results, paginationToken: body.links?.next ? String(page + 1) : undefined };
}
