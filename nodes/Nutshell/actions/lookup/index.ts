import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { describeOperation, returnAllOrLimit } from '../../../shared/descriptions';
import { inputError } from '../../../shared/errors';
import { idSegment } from '../../../shared/ids';
import type { OperationModule } from '../../../shared/router';
import { toItems } from '../../../shared/router';
import { optionalFields, resourceProperties, standardOperation } from '../../descriptions';
import { normaliseId } from '../../ids';
import type { NutshellType } from '../../ids';
import { getAllPages, getRecord, nutshellRequest, recordsOf, rpcRequest } from '../../transport';
import { RPC_METHODS } from '../../unconfirmed';
import type { ResourceModule } from '../resources';
import { createSource, createTag, tagTypeField } from './create';

/** A reference-data resource: its list endpoint, how it is keyed, and whether it has GET /{id}. */
interface LookupConfig {
	name: string;
	value: string;
	noun: string;
	nounPlural: string;
	path: string;
	key: string;
	type: NutshellType | 'teams';
	/** The list is paged with page[limit]/page[page]. */
	paged?: boolean;
	/** GET /{path}/{id} exists; otherwise Get picks the record from the list. */
	getById?: boolean;
	/** Extra filter fields of Get Many and how they map to the query. */
	filters?: INodeProperties[];
	query?: (filters: IDataObject) => IDataObject;
	create?: OperationModule;
}

const searchFilter: INodeProperties = {
	displayName: 'Search Text',
	name: 'q',
	type: 'string',
	default: '',
	description: 'Free-text search by name',
};
const byText = (filters: IDataObject): IDataObject => (filters.q ? { q: filters.q } : {});

/** Teams: REST has no /teams endpoint, so this uses JSON-RPC findTeams (UNCONFIRMED, see unconfirmed.ts). */
async function listTeams(context: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const teams: IDataObject[] = [];
	for (let page = 1; page <= 100; page++) {
		const batch = (await rpcRequest({ n8n: context, index: itemIndex }, RPC_METHODS.findTeams,
			{ limit: 100, page },
		)) as IDataObject[] | undefined;
		if (!Array.isArray(batch) || batch.length === 0) break;
		teams.push(...batch.map((team) => ({ ...team, id: `${String(team.id)}-teams` })));
		if (batch.length < 100) break;
	}
	return teams;
}

async function listAll(
	context: IExecuteFunctions,
	config: LookupConfig,
	qs: IDataObject,
	returnAll: boolean,
	limit: number,
	itemIndex: number,
): Promise<IDataObject[]> {
	if (config.type === 'teams')
		return (await listTeams(context, itemIndex)).slice(0, returnAll ? undefined : limit);
	if (config.paged)
		return await getAllPages({ n8n: context, index: itemIndex }, config.path, config.key, {
			qs,
			returnAll,
			limit,
		});
	const response = await nutshellRequest({ n8n: context, index: itemIndex }, 'GET', config.path, { qs, itemIndex });
	const records = recordsOf(response.body, config.key);
	return returnAll ? records : records.slice(0, limit);
}

function lookupResource(config: LookupConfig): ResourceModule {
	const idName = `${config.value}Id`;
	const idDisplay = `${config.name} ID`;
	const getMany: OperationModule = {
		description: describeOperation(config.value, 'getMany', [
			...returnAllOrLimit(),
			...(config.filters?.length
				? [optionalFields('Filters', 'filters', 'Add Filter', config.filters)]
				: []),
		]),
		async execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
			const returnAll = this.getNodeParameter('returnAll', itemIndex, false) as boolean;
			const limit = this.getNodeParameter('limit', itemIndex, 50) as number;
			const filters = config.filters?.length
				? (this.getNodeParameter('filters', itemIndex, {}) as IDataObject)
				: {};
			return toItems(
				await listAll(this, config, config.query?.(filters) ?? {}, returnAll, limit, itemIndex),
				itemIndex,
			);
		},
	};
	const get: OperationModule = {
		description: describeOperation(config.value, 'get', [
			{
				displayName: idDisplay,
				name: idName,
				type: 'string',
				required: true,
				default: '',
				placeholder: `e.g. 1-${config.type}`,
				description: `ID of the ${config.noun}`,
			},
		]),
		async execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
			const node = this.getNode();
			const raw = this.getNodeParameter(idName, itemIndex, '');
			const id =
				config.type === 'teams'
					? `${String(raw)
							.trim()
							.replace(/-teams$/, '')}-teams`
					: normaliseId(node, raw, config.type, idDisplay, itemIndex);
			if (config.getById)
				return toItems(
					await getRecord({ n8n: this, index: itemIndex }, config.path.slice(1),
						idSegment(node, id, idDisplay, itemIndex),
					),
					itemIndex,
				);
			const found = (await listAll(this, config, {}, true, 0, itemIndex)).find(
				(record) => String(record.id) === id,
			);
			if (!found)
				throw inputError(node, idDisplay, `matches no ${config.noun} ("${id}")`, itemIndex);
			return toItems(found, itemIndex);
		},
	};
	const operations: Record<string, OperationModule> = {
		get,
		getMany,
		...(config.create ? { create: config.create } : {}),
	};
	const { noun, nounPlural } = config;
	const options = [
		...(config.create
			? [standardOperation('create', noun, nounPlural, `Create a new ${noun}`)]
			: []),
		standardOperation('get', noun, nounPlural, `Retrieve a ${noun} by ID`),
		standardOperation('getMany', noun, nounPlural, `Retrieve a list of ${nounPlural}`),
	];
	return {
		name: config.name,
		value: config.value,
		description: `Nutshell ${config.nounPlural}`,
		operations,
		properties: resourceProperties(config.value, options, 'getMany', operations),
	};
}

export const lookupResources: ResourceModule[] = [
	{
		name: 'Account Type',
		value: 'accountType',
		noun: 'account type',
		nounPlural: 'account types',
		path: '/accounttypes',
		key: 'accountTypes',
		type: 'accountTypes',
	},
	{
		name: 'Competitor',
		value: 'competitor',
		noun: 'competitor',
		nounPlural: 'competitors',
		path: '/competitors',
		key: 'competitors',
		type: 'competitors',
		getById: true,
		filters: [searchFilter],
		query: byText,
	},
	{
		name: 'Industry',
		value: 'industry',
		noun: 'industry',
		nounPlural: 'industries',
		path: '/industries',
		key: 'industries',
		type: 'industries',
		getById: true,
	},
	{
		name: 'Market',
		value: 'market',
		noun: 'market',
		nounPlural: 'markets',
		path: '/markets',
		key: 'markets',
		type: 'markets',
		getById: true,
	},
	{
		name: 'Outcome',
		value: 'outcome',
		noun: 'outcome',
		nounPlural: 'outcomes',
		path: '/outcomes',
		key: 'outcomes',
		type: 'outcomes',
		getById: true,
	},
	{
		name: 'Pipeline',
		value: 'pipeline',
		noun: 'pipeline',
		nounPlural: 'pipelines',
		path: '/stagesets',
		key: 'stagesets',
		type: 'stagesets',
	},
	{
		name: 'Product',
		value: 'product',
		noun: 'product',
		nounPlural: 'products',
		path: '/products',
		key: 'products',
		type: 'products',
		getById: true,
		filters: [searchFilter],
		query: byText,
	},
	{
		name: 'Source',
		value: 'source',
		noun: 'source',
		nounPlural: 'sources',
		path: '/sources',
		key: 'sources',
		type: 'sources',
		filters: [searchFilter],
		query: byText,
		create: createSource,
	},
	{
		name: 'Stage',
		value: 'stage',
		noun: 'stage',
		nounPlural: 'stages',
		path: '/stages',
		key: 'stages',
		type: 'stages',
	},
	{
		name: 'Tag',
		value: 'tag',
		noun: 'tag',
		nounPlural: 'tags',
		path: '/tags',
		key: 'tags',
		type: 'tags',
		create: createTag,
		filters: [searchFilter, tagTypeField('Only tags for this kind of record')],
		query: (filters: IDataObject) => ({
			...byText(filters),
			...(filters.tagType ? { 'filter[tagType]': filters.tagType } : {}),
		}),
	},
	{
		name: 'Team',
		value: 'team',
		noun: 'team',
		nounPlural: 'teams',
		path: '',
		key: 'teams',
		type: 'teams',
	},
	{
		name: 'Territory',
		value: 'territory',
		noun: 'territory',
		nounPlural: 'territories',
		path: '/territories',
		key: 'territories',
		type: 'territories',
	},
	{
		name: 'User',
		value: 'user',
		noun: 'user',
		nounPlural: 'users',
		path: '/users',
		key: 'users',
		type: 'users',
		paged: true,
		getById: true,
	},
].map((config) => lookupResource(config as LookupConfig));
