import type { IDataObject } from 'n8n-workflow';

type Entry = { isPrimary?: boolean; value?: unknown };

function primary(list: unknown): string | undefined {
	if (!Array.isArray(list) || list.length === 0) return undefined;
	const entry = ((list as Entry[]).find((candidate) => candidate?.isPrimary) ?? list[0]) as
		Entry | string;
	if (typeof entry === 'string') return entry;
	const value = entry?.value as IDataObject | string | undefined;
	if (value && typeof value === 'object') {
		const phone = value.E164 ?? value.numberFormatted ?? value.number ?? value.countryCodeAndNumber;
		return phone === undefined ? undefined : String(phone);
	}
	return value === undefined || value === null ? undefined : String(value);
}

function timestamp(value: unknown): string | undefined {
	const seconds = value && typeof value === 'object' ? (value as IDataObject).timestamp : value;
	return typeof seconds === 'number' && seconds > 0
		? new Date(seconds * 1000).toISOString()
		: undefined;
}

/** The fields that are not undefined. */
function withoutUndefined(record: IDataObject): IDataObject {
	const out: IDataObject = {};
	for (const name in record) {
		const value = record[name];
		if (value !== undefined) out[name] = value;
	}
	return out;
}

const links = (record: IDataObject): IDataObject => (record.links ?? {}) as IDataObject;

/** At most 10 flattened fields per record (n8n's Simplify convention). */
export function simplifyLead(record: IDataObject): IDataObject {
	return withoutUndefined({
		id: record.id,
		name: record.name,
		number: record.number,
		status: record.status,
		value: (record.value as IDataObject | undefined)?.amount ?? record.value,
		stage: links(record).stage,
		pipeline: links(record).stageset,
		owner: links(record).owner,
		companies: links(record).accounts,
		people: links(record).contacts,
	});
}

export function simplifyPerson(record: IDataObject): IDataObject {
	return withoutUndefined({
		id: record.id,
		name: record.name,
		email: primary(record.emails),
		phone: primary(record.phones),
		jobTitle: record.jobTitle,
		owner: links(record).owner,
		companies: links(record).accounts,
		tags: links(record).tags,
		createdTime: timestamp(record.createdTime),
		htmlUrl: record.htmlUrl,
	});
}

export function simplifyCompany(record: IDataObject): IDataObject {
	return withoutUndefined({
		id: record.id,
		name: record.name,
		email: primary(record.emails),
		phone: primary(record.phones),
		url: primary(record.urls),
		owner: links(record).owner,
		people: links(record).contacts,
		tags: links(record).tags,
		createdTime: timestamp(record.createdTime),
		htmlUrl: record.htmlUrl,
	});
}
