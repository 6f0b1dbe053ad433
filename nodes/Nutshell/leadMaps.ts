/**
 * Products and competitors on a lead. Nutshell keeps each as a "map" record (`/productmaps`,
 * `/competitormaps`) with Get, a list, an update by JSON Patch and a delete; a new one is added through
 * the lead (see unconfirmed.ts). What differs between the two is data, kept here.
 */
import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { returnAllOrLimit } from '../shared/descriptions';
import type { RecordId } from '../shared/ids';
import type { Item } from '../shared/kit';
import { idField, leadIdFilter, optionalFields } from './descriptions';
import { nutshellId, readId } from './ids';
import type { NutshellType } from './ids';
import { getRecord, nutshellRequest, patchRecord, recordsOf } from './transport';
import type { PatchOperation } from './transport';
import { PRODUCT_MAP_DELETE_PATH } from './unconfirmed';

export interface LeadMap {
	/** Records' key and id type. */
	key: 'productMaps' | 'competitorMaps';
	type: NutshellType;
	/** Path of the list, Get and PATCH. */
	path: string;
	/** Path of DELETE (the document spells product maps' with a capital M). */
	deletePath: string;
	parameter: string;
	label: string;
	noun: string;
}

export const PRODUCT_MAP: LeadMap = {
	key: 'productMaps',
	type: 'productMaps',
	path: '/productmaps',
	deletePath: PRODUCT_MAP_DELETE_PATH,
	parameter: 'productMapId',
	label: 'Lead Product ID',
	noun: 'product on a lead',
};

export const COMPETITOR_MAP: LeadMap = {
	key: 'competitorMaps',
	type: 'competitorMaps',
	path: '/competitormaps',
	deletePath: '/competitormaps',
	parameter: 'competitorMapId',
	label: 'Lead Competitor ID',
	noun: 'competitor on a lead',
};

export function mapIdField(map: LeadMap): INodeProperties {
	return idField(
		map.parameter,
		map.label,
		map.type,
		`ID of the ${map.noun} (a ${map.key} ID, e.g. 7-${map.type}, as listed in the lead's links.${map.key})`,
	);
}

export const readMapId = (item: Item, map: LeadMap): RecordId =>
	readId(item, map.parameter, map.type, map.label);

/** One map: Nutshell answers it under its camel-case key (`productMaps`), not the path's spelling. */
export async function getMap(item: Item, map: LeadMap, id: RecordId): Promise<IDataObject> {
	const response = await nutshellRequest(item, 'GET', `${map.path}/${id.path}`);
	return recordsOf(response.body, map.key)[0] ?? {};
}

/** Get Many's fields: Return All / Limit and an optional lead. */
export function listMapFields(map: LeadMap): INodeProperties[] {
	const what = map.key === 'productMaps' ? 'products' : 'competitors';
	return [
		...returnAllOrLimit(),
		optionalFields('Filters', 'filters', 'Add Filter', [
			leadIdFilter(`Only the ${what} of this lead (its ID, not its lead number)`),
		]),
	];
}

export interface MapList {
	limit: number | undefined;
	lead?: RecordId;
}

export function readMapList(item: Item): MapList {
	const { lead } = item.collection('filters');
	const empty = lead === undefined || lead === null || String(lead).trim() === '';
	return {
		limit: item.limit(),
		lead: empty ? undefined : nutshellId(item, lead, 'leads', 'Lead ID'),
	};
}

/**
 * The whole list (the document gives it no paging or filter parameters), or only the maps the lead
 * links to (its `links.productMaps` / `links.competitorMaps`), first `limit` of them.
 */
export async function listMaps(item: Item, map: LeadMap, input: MapList): Promise<IDataObject[]> {
	let wanted: Set<string> | undefined;
	if (input.lead) {
		const lead = await getRecord(item, 'leads', input.lead.path);
		const links = (lead.links ?? {}) as IDataObject;
		const ids = Array.isArray(links[map.key]) ? (links[map.key] as unknown[]) : [];
		wanted = new Set(ids.map(String));
		if (!wanted.size) return [];
	}
	const response = await nutshellRequest(item, 'GET', map.path);
	const records = recordsOf(response.body, map.key).filter(
		(record) => !wanted || wanted.has(String(record.id)),
	);
	return records.slice(0, input.limit);
}

/** Updates a map by JSON Patch (answers 204), then reads it back. */
export async function patchMap(
	item: Item,
	map: LeadMap,
	id: RecordId,
	operations: PatchOperation[],
): Promise<IDataObject> {
	await patchRecord(item, map.path.slice(1), id.path, operations);
	return await getMap(item, map, id);
}

export async function removeMap(item: Item, map: LeadMap, id: RecordId): Promise<IDataObject> {
	await nutshellRequest(item, 'DELETE', `${map.deletePath}/${id.path}`);
	return { deleted: true, id: id.raw };
}
