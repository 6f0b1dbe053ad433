import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { metadataResource, readDefinitions } from '../custom';
import { flatten, kustomerGetMany } from '../transport';

/** Up to 1,000 records of a small list, as dropdown options sorted by name. */
async function options(
	context: ILoadOptionsFunctions,
	path: string,
	toOption: (record: IDataObject) => INodePropertyOptions,
): Promise<INodePropertyOptions[]> {
	const records = await kustomerGetMany({ n8n: context }, path, { returnAll: false, limit: 1000 });
	return records
		.map(flatten)
		.map(toOption)
		.sort((a, b) => a.name.localeCompare(b.name));
}

/** Klasses (custom object types): label the display name, value the Klass name used in paths. */
export async function getKlasses(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return await options(this, '/v1/klasses', (klass) => ({
		name: String(klass.displayName ?? klass.name),
		value: String(klass.name),
		description: String(klass.name),
	}));
}

export async function getTags(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return await options(this, '/v1/tags', (tag) => ({
		name: String(tag.name ?? tag.id),
		value: String(tag.id),
	}));
}

export async function getQueues(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return await options(this, '/v1/routing/queues', (queue) => ({
		name: String(queue.displayName ?? queue.name ?? queue.id),
		value: String(queue.id),
	}));
}

export async function getBrands(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return await options(this, '/v1/brands', (brand) => ({
		name: String(brand.name ?? brand.id),
		value: String(brand.id),
	}));
}

/** Custom attributes of the selected resource (or Klass), with their type suffix in the value. */
export async function getCustomAttributes(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	const resource = String(this.getCurrentNodeParameter('resource') ?? 'customer');
	const klass =
		resource === 'customObject' ? String(this.getCurrentNodeParameter('klass') ?? '') : undefined;
	if (resource === 'customObject' && !klass) return [];
	const definitions = await readDefinitions({ n8n: this }, metadataResource(resource, klass));
	return Object.entries(definitions)
		.map(([key, definition]) => ({ name: `${definition.displayName ?? key} (${key})`, value: key }))
		.sort((a, b) => a.name.localeCompare(b.name));
}
