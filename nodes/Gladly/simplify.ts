import type { IDataObject } from 'n8n-workflow';

import { simplify } from '../shared/simplify';

const originals = (list: unknown): string[] | undefined =>
	Array.isArray(list)
		? list.map((entry) =>
				String((entry as IDataObject)?.original ?? (entry as IDataObject)?.normalized ?? entry),
			)
		: undefined;

/** Simplify on: the main profile fields, emails and phones as plain strings. */
export function outputCustomer(profile: IDataObject, simple: boolean): IDataObject {
	if (!simple) return profile;
	const out = simplify(profile, [
		'id',
		'name',
		'address',
		'externalCustomerId',
		'customAttributes',
		'createdAt',
		'updatedAt',
		'movedFrom',
	]);
	const emails = originals(profile.emails);
	const phones = originals(profile.phones);
	if (emails) out.emails = emails;
	if (phones) out.phones = phones;
	return out;
}

export function outputConversation(conversation: IDataObject, simple: boolean): IDataObject {
	if (!simple) return conversation;
	return simplify(conversation, [
		'id',
		'customerId',
		'status',
		'inboxId',
		'agentId',
		'topicIds',
		'customAttributes',
		'createdAt',
		'closedAt',
		'gladlyLimitedData',
	]);
}

/** Items: the common envelope plus the content's type and its text (body, content or subject). */
export function outputItem(item: IDataObject, simple: boolean): IDataObject {
	if (!simple) return item;
	const content = (item.content ?? {}) as IDataObject;
	const out = simplify(item, [
		'id',
		'customerId',
		'conversationId',
		'timestamp',
		'initiator.type:initiatorType',
		'content.type:type',
		'gladlyLimitedData',
	]);
	const text = content.body ?? content.content ?? content.bodyPlain;
	if (text !== undefined) out.text = text;
	if (content.subject !== undefined) out.subject = content.subject;
	return out;
}
