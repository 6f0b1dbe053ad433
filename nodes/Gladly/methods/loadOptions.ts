import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { gladlyRequest } from '../transport';

async function options(
	context: ILoadOptionsFunctions,
	path: string,
	label: (record: IDataObject) => string,
): Promise<INodePropertyOptions[]> {
	const response = await gladlyRequest({ n8n: context }, 'GET', path);
	const records = Array.isArray(response.body) ? (response.body as IDataObject[]) : [];
	return records
		.map((record) => ({ name: label(record), value: String(record.id) }))
		.sort((a, b) => a.name.localeCompare(b.name));
}

const disabled = (record: IDataObject) => (record.disabled ? ' (disabled)' : '');

export async function getInboxes(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return await options(this, '/inboxes', (record) => `${String(record.name)}${disabled(record)}`);
}

export async function getAgents(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return await options(this, '/agents', (record) =>
		record.emailAddress
			? `${String(record.name)} (${String(record.emailAddress)})`
			: String(record.name),
	);
}

export async function getTeams(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return await options(this, '/teams', (record) => String(record.name));
}

/** Topics with their parent's name ("Billing › Refund"), since names repeat across branches. */
export async function getTopics(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const response = await gladlyRequest({ n8n: this }, 'GET', '/topics');
	const records = Array.isArray(response.body) ? (response.body as IDataObject[]) : [];
	const byId = new Map(records.map((record) => [String(record.id), record]));
	return records
		.map((record) => {
			const parent = record.parentId ? byId.get(String(record.parentId)) : undefined;
			const name = parent ? `${String(parent.name)} › ${String(record.name)}` : String(record.name);
			return { name: `${name}${disabled(record)}`, value: String(record.id) };
		})
		.sort((a, b) => a.name.localeCompare(b.name));
}

export async function getAudiences(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return await options(this, '/audiences', (record) => String(record.name));
}
