/**
 * Reference data (account types, competitors, products, users…): read-only lists with a Get by
 * ID, each its own resource. What differs between them is data; the operations read it from here.
 */
import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { RecordId } from '../shared/ids';
import type { Item } from '../shared/kit';
import { entityKindOptions } from './descriptions';
import type { NutshellType } from './ids';
import { getAllPages, getRecord, nutshellRequest, recordsOf, rpcRequest } from './transport';
import { RPC_METHODS } from './unconfirmed';

/** A reference list: its endpoint, how it is keyed, and whether it has GET /{id}. */
export interface Reference {
	/** Label of the ID field, e.g. "Competitor ID". */
	label: string;
	noun: string;
	path: string;
	key: string;
	type: NutshellType;
	/** The list is paged with page[limit]/page[page]. */
	paged?: boolean;
	/** GET /{path}/{id} exists; otherwise Get picks the record from the list. */
	getById?: boolean;
}

/** The ID field of a reference record's Get. */
export function referenceIdField(name: string, label: string, type: string, noun: string) {
	const field: INodeProperties = {
		displayName: label,
		name,
		type: 'string',
		required: true,
		default: '',
		placeholder: `e.g. 1-${type}`,
		description: `ID of the ${noun}`,
	};
	return field;
}

/** Get Many's Search Text filter (`q`), for the lists that search by name. */
export const searchFilter: INodeProperties = {
	displayName: 'Search Text',
	name: 'q',
	type: 'string',
	default: '',
	description: 'Free-text search by name',
};

export const byText = (filters: IDataObject): IDataObject => (filters.q ? { q: filters.q } : {});

/** The whole list (Return All) or its first `limit` records. */
export async function listReference(
	item: Item,
	reference: Reference,
	qs: IDataObject,
	limit: number | undefined,
): Promise<IDataObject[]> {
	if (reference.paged)
		return await getAllPages(item, reference.path, reference.key, {
			qs,
			returnAll: limit === undefined,
			limit,
		});
	const response = await nutshellRequest(item, 'GET', reference.path, { qs });
	return recordsOf(response.body, reference.key).slice(0, limit);
}

/** One record: GET /{path}/{id} where it exists, else picked from the whole list. */
export async function getReference(
	item: Item,
	reference: Reference,
	id: RecordId,
): Promise<IDataObject> {
	if (reference.getById) return await getRecord(item, reference.path.slice(1), id.path);
	const found = (await listReference(item, reference, {}, undefined)).find(
		(record) => String(record.id) === id.raw,
	);
	if (!found) throw item.fail(reference.label, `matches no ${reference.noun} ("${id.raw}")`);
	return found;
}

/**
 * Teams: REST has no /teams endpoint, so this uses JSON-RPC findTeams (UNCONFIRMED, see
 * unconfirmed.ts).
 */
export async function listTeams(item: Item): Promise<IDataObject[]> {
	const teams: IDataObject[] = [];
	for (let page = 1; page <= 100; page++) {
		const params = { limit: 100, page };
		const batch = (await rpcRequest(item, RPC_METHODS.findTeams, params)) as
			IDataObject[] | undefined;
		if (!Array.isArray(batch) || batch.length === 0) break;
		teams.push(...batch.map((team) => ({ ...team, id: `${String(team.id)}-teams` })));
		if (batch.length < 100) break;
	}
	return teams;
}

/** The kind of record a tag is for (the API's tagType names). */
export function tagTypeField(description: string): INodeProperties {
	return {
		displayName: 'Tag Type',
		name: 'tagType',
		type: 'options',
		default: 'leads',
		options: entityKindOptions({ company: 'accounts', lead: 'leads', person: 'contacts' }),
		description,
	};
}

/** The Name of a new source or tag. */
export function nameField(noun: string): INodeProperties {
	return {
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		description: `Name of the new ${noun}`,
	};
}

/** Every reference list but teams (see listTeams), by resource. */
export const REFERENCES = {
	accountType: {
		label: 'Account Type ID',
		noun: 'account type',
		path: '/accounttypes',
		key: 'accountTypes',
		type: 'accountTypes',
	},
	competitor: {
		label: 'Competitor ID',
		noun: 'competitor',
		path: '/competitors',
		key: 'competitors',
		type: 'competitors',
		getById: true,
	},
	industry: {
		label: 'Industry ID',
		noun: 'industry',
		path: '/industries',
		key: 'industries',
		type: 'industries',
		getById: true,
	},
	market: {
		label: 'Market ID',
		noun: 'market',
		path: '/markets',
		key: 'markets',
		type: 'markets',
		getById: true,
	},
	outcome: {
		label: 'Outcome ID',
		noun: 'outcome',
		path: '/outcomes',
		key: 'outcomes',
		type: 'outcomes',
		getById: true,
	},
	pipeline: {
		label: 'Pipeline ID',
		noun: 'pipeline',
		path: '/stagesets',
		key: 'stagesets',
		type: 'stagesets',
	},
	product: {
		label: 'Product ID',
		noun: 'product',
		path: '/products',
		key: 'products',
		type: 'products',
		getById: true,
	},
	source: { label: 'Source ID', noun: 'source', path: '/sources', key: 'sources', type: 'sources' },
	stage: { label: 'Stage ID', noun: 'stage', path: '/stages', key: 'stages', type: 'stages' },
	tag: { label: 'Tag ID', noun: 'tag', path: '/tags', key: 'tags', type: 'tags' },
	territory: {
		label: 'Territory ID',
		noun: 'territory',
		path: '/territories',
		key: 'territories',
		type: 'territories',
	},
	user: {
		label: 'User ID',
		noun: 'user',
		path: '/users',
		key: 'users',
		type: 'users',
		paged: true,
		getById: true,
	},
} satisfies Record<string, Reference>;
