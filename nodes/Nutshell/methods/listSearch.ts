import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { nutshellRequest, recordsOf } from '../transport';

const PAGE = 50;

/** One page of a main list with `q`, for the resource locators; the token is the next 0-based page. */
async function searchPage(
	context: ILoadOptionsFunctions,
	plural: string,
	filter: string | undefined,
	token: string | undefined,
	label: (record: IDataObject) => string,
): Promise<INodeListSearchResult> {
	const page = Number(token ?? 0);
	const qs: IDataObject = { 'page[limit]': PAGE, 'page[page]': page };
	if (filter) qs.q = filter;
	const response = await nutshellRequest({ n8n: context }, 'GET', `/${plural}`, { qs });
	const records = recordsOf(response.body, plural);
	return {
		results: records.map((record) => ({
			name: label(record),
			value: String(record.id),
			url: typeof record.htmlUrl === 'string' ? record.htmlUrl : undefined,
		})),
		paginationToken: records.length === PAGE ? String(page + 1) : undefined,
	};
}

function withEmail(record: IDataObject): string {
	const email = ((record.emails ?? []) as Array<{ value?: string }>)[0]?.value;
	const name = String(record.name ?? record.id);
	return email ? `${name} (${email})` : name;
}

export async function searchLeads(
	this: ILoadOptionsFunctions,
	filter?: string,
	token?: string,
): Promise<INodeListSearchResult> {
	return await searchPage(
		this,
		'leads',
		filter,
		token,
		(lead) =>
			`${String(lead.name ?? lead.id)}${lead.number ? ` (Lead-${String(lead.number)})` : ''}`,
	);
}

export async function searchPeople(
	this: ILoadOptionsFunctions,
	filter?: string,
	token?: string,
): Promise<INodeListSearchResult> {
	return await searchPage(this, 'contacts', filter, token, withEmail);
}

export async function searchCompanies(
	this: ILoadOptionsFunctions,
	filter?: string,
	token?: string,
): Promise<INodeListSearchResult> {
	return await searchPage(this, 'accounts', filter, token, withEmail);
}
