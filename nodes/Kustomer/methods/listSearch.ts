import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchItems,
	INodeListSearchResult,
} from 'n8n-workflow';

import { flatten, kustomerRequest } from '../transport';
import type { JsonApiResource } from '../transport';

interface ListBody {
	data?: JsonApiResource[];
	links?: { next?: string | null };
}

const PAGE_SIZE = 50;

async function page(
	context: ILoadOptionsFunctions,
	request: { path: string; qs?: IDataObject; search?: IDataObject },
	paginationToken: string | undefined,
	toResult: (record: IDataObject) => INodeListSearchItems,
	keep: (record: IDataObject) => boolean = () => true,
): Promise<INodeListSearchResult> {
	const pageNumber = Number(paginationToken ?? 1);
	const qs = { ...(request.search ? {} : request.qs), page: pageNumber, pageSize: PAGE_SIZE };
	const scope = { n8n: context };
	const response = request.search
		? await kustomerRequest(scope, 'POST', '/v1/customers/search', {
				qs,
				body: request.search,
				idempotent: true,
			})
		: await kustomerRequest(scope, 'GET', request.path, { qs });
	const body = (response.body ?? {}) as ListBody;
	const results = (body.data ?? []).map(flatten).filter(keep).map(toResult);
	return { results, paginationToken: body.links?.next ? String(pageNumber + 1) : undefined };
}

const contains = (filter: string | undefined, ...values: unknown[]) =>
	!filter ||
	values.some((value) =>
		String(value ?? '')
			.toLowerCase()
			.includes(filter.toLowerCase()),
	);

/** Customers: Kustomer's search by name/email when the user types, newest first otherwise. */
export async function searchCustomers(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const search = filter
		? {
				queryContext: 'customer',
				or: [{ customer_name: { contains: filter } }, { customer_emails: { contains: filter } }],
				sort: [{ customer_updated_at: 'desc' }],
			}
		: undefined;
	return await page(this, { path: '/v1/customers', search }, paginationToken, (customer) => {
		const email = (customer.emails as Array<{ email?: string }> | undefined)?.[0]?.email;
		const name = String(customer.displayName ?? customer.name ?? customer.id);
		return { name: email ? `${name} (${email})` : name, value: customer.id as string };
	});
}

/** Conversations: search by name when the user types, newest first otherwise. */
export async function searchConversations(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const search = filter
		? {
				queryContext: 'conversation',
				and: [{ conversation_name: { contains: filter } }],
				sort: [{ conversation_updated_at: 'desc' }],
			}
		: undefined;
	return await page(
		this,
		{ path: '/v1/conversations', qs: { sort: 'desc' }, search },
		paginationToken,
		(conversation) => ({
			name: `${String(conversation.name ?? '(no subject)')} [${String(conversation.status ?? '')}]`,
			value: conversation.id as string,
		}),
	);
}

export async function searchUsers(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await page(
		this,
		{ path: '/v1/users' },
		paginationToken,
		(user) => ({
			name: user.email
				? `${String(user.displayName ?? user.name)} (${String(user.email)})`
				: String(user.displayName ?? user.name ?? user.id),
			value: user.id as string,
		}),
		(user) => contains(filter, user.name, user.displayName, user.email),
	);
}

export async function searchTeams(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await page(
		this,
		{ path: '/v1/teams' },
		paginationToken,
		(team) => ({
			name: String(team.displayName ?? team.name ?? team.id),
			value: team.id as string,
		}),
		(team) => contains(filter, team.name, team.displayName),
	);
}

/** Companies: Kustomer filters the list by name (`filter`). */
export async function searchCompanies(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await page(
		this,
		{ path: '/v1/companies', qs: filter ? { filter } : {} },
		paginationToken,
		(company) => ({
			name: String(company.name ?? company.id),
			value: company.id as string,
		}),
	);
}
