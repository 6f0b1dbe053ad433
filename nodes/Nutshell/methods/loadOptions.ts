import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { getAllPages, nutshellRequest, recordsOf } from '../transport';
import { outcomeKind } from '../unconfirmed';

const byName = (a: INodePropertyOptions, b: INodePropertyOptions) => a.name.localeCompare(b.name);

function toOptions(
	records: IDataObject[],
	describe?: (record: IDataObject) => string | undefined,
): INodePropertyOptions[] {
	return records
		.filter((record) => record.id !== undefined)
		.map((record) => ({
			name: String(record.name ?? record.title ?? record.id),
			value: String(record.id),
			description: describe?.(record),
		}))
		.sort(byName);
}

/** Reference lists that are not paged (some answer a bare array, some an envelope). */
async function list(
	context: ILoadOptionsFunctions,
	path: string,
	key: string,
	qs?: IDataObject,
): Promise<IDataObject[]> {
	const response = await nutshellRequest({ n8n: context }, 'GET', path, { qs });
	return recordsOf(response.body, key);
}

export async function getUsers(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const users = await getAllPages({ n8n: this }, '/users', 'users', { returnAll: true });
	return toOptions(
		users.filter((user) => user.isEnabled !== false),
		(user) => ((user.emails ?? []) as string[])[0],
	);
}

export async function getTags(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return toOptions(await list(this, '/tags', 'tags'), (tag) =>
		tag.tagType ? `Tag for ${String(tag.tagType)}` : undefined,
	);
}

export async function getSources(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return toOptions(await list(this, '/sources', 'sources'));
}

export async function getTerritories(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return toOptions(await list(this, '/territories', 'territories'));
}

export async function getPipelines(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return toOptions(await list(this, '/stagesets', 'stagesets'));
}

/** Stages with their pipeline's name, so stages of different pipelines can be told apart. */
export async function getStages(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const [stages, pipelines] = await Promise.all([
		list(this, '/stages', 'stages'),
		list(this, '/stagesets', 'stagesets'),
	]);
	const pipelineName = new Map(
		pipelines.map((pipeline) => [String(pipeline.id), String(pipeline.name)]),
	);
	return stages
		.map((stage) => {
			const links = stage.links as IDataObject | IDataObject[] | undefined;
			const setId = String((Array.isArray(links) ? links[0]?.stageset : links?.stageset) ?? '');
			return {
				name: `${pipelineName.get(setId) ?? 'Pipeline'} › ${String(stage.name)}`,
				value: String(stage.id),
			};
		})
		.sort(byName);
}

export async function getActivityTypes(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	return toOptions(await list(this, '/activitytypes', 'activityTypes'));
}

/** Outcomes whose status matches the operation (won / lost / cancelled). */
export async function getOutcomes(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const operation = String(this.getCurrentNodeParameter('operation') ?? '');
	const wanted = { markWon: 'won', markLost: 'lost', markCancelled: 'cancelled' }[operation];
	const outcomes = await list(this, '/outcomes', 'outcomes');
	return toOptions(
		wanted ? outcomes.filter((outcome) => outcomeKind(outcome) === wanted) : outcomes,
	);
}

async function customFields(
	context: ILoadOptionsFunctions,
	entity: string,
): Promise<INodePropertyOptions[]> {
	const fields = await list(context, `/${entity}/customfields/attributes`, 'customFields');
	return fields
		.map((field) => ({
			name: String(field.name ?? field.title),
			value: String(field.name ?? field.title),
			description: field.type ? String(field.type) : undefined,
		}))
		.sort(byName);
}

export async function getLeadCustomFields(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	return await customFields(this, 'leads');
}

export async function getPersonCustomFields(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	return await customFields(this, 'contacts');
}

export async function getCompanyCustomFields(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	return await customFields(this, 'accounts');
}

/** Filter keys from `/<entity>/list/fields` (those marked filterable). */
async function filterFields(
	context: ILoadOptionsFunctions,
	entity: string,
): Promise<INodePropertyOptions[]> {
	const response = await nutshellRequest({ n8n: context }, 'GET', `/${entity}/list/fields`);
	const fields = recordsOf(response.body, 'fields');
	return fields
		.filter((field) => field.isFilterable !== false)
		.map((field) => ({
			name: String(field.displayName ?? field.label ?? field.name),
			value: String(field.name ?? field.id),
		}))
		.sort(byName);
}

export async function getLeadFilterFields(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	return await filterFields(this, 'leads');
}

export async function getPersonFilterFields(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	return await filterFields(this, 'contacts');
}

export async function getCompanyFilterFields(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	return await filterFields(this, 'accounts');
}

export async function getProducts(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return toOptions(await list(this, '/products', 'products'), (product) =>
		product.sku ? `SKU ${String(product.sku)}` : undefined,
	);
}

export async function getCompetitors(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return toOptions(await list(this, '/competitors', 'competitors'));
}
