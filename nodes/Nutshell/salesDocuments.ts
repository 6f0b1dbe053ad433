/**
 * Quotes and invoices: Nutshell's sales documents on leads. Both have a Get, a Get Many filtered by lead
 * and creation day (`filter[lead]`, `filter[dateMin]` / `filter[dateMax]` as YYYY-MM-DD, paged like the
 * main lists) and a status change (`POST /<kind>/{id}/status`); what differs is data, kept here.
 */
import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { RecordId } from '../shared/ids';
import { returnAllOrLimit } from '../shared/descriptions';
import type { Item } from '../shared/kit';
import { idField, leadIdFilter, listOptions, optionalFields } from './descriptions';
import { filterDate } from './helpers';
import { nutshellId, readId } from './ids';
import {
	DEFAULT_CONCURRENCY,
	getAllPages,
	getRecord,
	nutshellRequest,
	recordOrFetch,
} from './transport';
import { INVOICE_ID_TYPE } from './unconfirmed';

export type SalesDocumentKind = 'quotes' | 'invoices';

const NOUN: Record<SalesDocumentKind, string> = { quotes: 'quote', invoices: 'invoice' };
const PARAMETER: Record<SalesDocumentKind, string> = { quotes: 'quoteId', invoices: 'invoiceId' };
const LABEL: Record<SalesDocumentKind, string> = { quotes: 'Quote ID', invoices: 'Invoice ID' };

/** The statuses Nutshell accepts on `POST /<kind>/{id}/status` (ACCEPTED marks an invoice paid). */
export const STATUSES = ['READY', 'SENT', 'REVOKED', 'ACCEPTED', 'ARCHIVED'] as const;
export type SalesDocumentStatus = (typeof STATUSES)[number];

export function documentIdField(kind: SalesDocumentKind): INodeProperties {
	return idField(
		PARAMETER[kind],
		LABEL[kind],
		'quotes',
		`ID of the ${NOUN[kind]}, e.g. 123-quotes (or 123)${kind === 'invoices' ? ': invoices have quote IDs' : ''}`,
	);
}

/** The document's id, checked; invoices take quote ids (see unconfirmed.ts), or `N-invoices` as given. */
export function readDocumentId(item: Item, kind: SalesDocumentKind): RecordId {
	const raw = item.raw<unknown>(PARAMETER[kind], '');
	if (kind === 'invoices' && typeof raw === 'string' && /^\s*\d+-invoices\s*$/.test(raw))
		return RecordId.of(item.node, raw.trim(), LABEL[kind], item.index);
	return readId(
		item,
		PARAMETER[kind],
		kind === 'invoices' ? INVOICE_ID_TYPE : 'quotes',
		LABEL[kind],
	);
}

export async function getDocument(item: Item, kind: SalesDocumentKind, id: RecordId) {
	return await getRecord(item, kind, id.path);
}

/** Get Many's fields: Return All / Limit, then Lead, Created After / Before; Options › Concurrency. */
export function listFields(kind: SalesDocumentKind): INodeProperties[] {
	return [
		...returnAllOrLimit(),
		optionalFields('Filters', 'filters', 'Add Filter', [
			{
				displayName: 'Created After',
				name: 'dateMin',
				type: 'dateTime',
				default: '',
				description: `Only ${kind} created on or after this day (UTC)`,
			},
			{
				displayName: 'Created Before',
				name: 'dateMax',
				type: 'dateTime',
				default: '',
				description: `Only ${kind} created on or before this day (UTC)`,
			},
			leadIdFilter(`Only the ${kind} of this lead (its ID, not its lead number)`),
		]),
		listOptions,
	];
}

export interface DocumentList {
	qs: IDataObject;
	limit: number | undefined;
	concurrency: number;
	lead?: RecordId;
}

export function readListInput(item: Item): DocumentList {
	const { node, index } = item;
	const filters = item.collection('filters');
	const qs: IDataObject = {};
	const from = filters.dateMin
		? filterDate(node, filters.dateMin, 'Created After', index, 'day')
		: undefined;
	const to = filters.dateMax
		? filterDate(node, filters.dateMax, 'Created Before', index, 'day')
		: undefined;
	if (from && to && from > to) throw item.fail('Created Before', 'is before Created After');
	if (from) qs['filter[dateMin]'] = from;
	if (to) qs['filter[dateMax]'] = to;
	const lead =
		filters.lead === undefined || String(filters.lead).trim() === ''
			? undefined
			: nutshellId(item, filters.lead, 'leads', 'Lead ID');
	return { qs, lead, limit: item.limit(), concurrency: item.concurrency(DEFAULT_CONCURRENCY) };
}

export async function listDocuments(item: Item, kind: SalesDocumentKind, input: DocumentList) {
	const qs = { ...input.qs };
	if (input.lead) qs['filter[lead]'] = input.lead.raw;
	return await getAllPages(item, `/${kind}`, kind, {
		qs,
		returnAll: input.limit === undefined,
		limit: input.limit,
		concurrency: input.concurrency,
	});
}

/** Status change fields: the status, then the optional details Nutshell records with it. */
export function statusFields(kind: SalesDocumentKind): INodeProperties[] {
	const details: INodeProperties[] = [
		{
			displayName: 'Accepted By Email',
			name: 'acceptedEmail',
			type: 'string',
			default: '',
			placeholder: 'e.g. name@email.com',
			description: `Email recorded as the one who accepted${kind === 'invoices' ? ' (paid)' : ''}`,
		},
		{
			displayName: 'Accepted By Name',
			name: 'acceptedName',
			type: 'string',
			default: '',
			description: `Name recorded as the one who accepted${kind === 'invoices' ? ' (paid)' : ''}`,
		},
	];
	if (kind === 'invoices')
		details.push({
			displayName: 'Comment',
			name: 'comment',
			type: 'string',
			default: '',
			placeholder: 'e.g. Paid via ACH',
			description: 'Payment or completion note (Accepted or Revoked only)',
		});
	return [
		documentIdField(kind),
		{
			displayName: 'Status',
			name: 'status',
			type: 'options',
			default: 'SENT',
			options: [
				{ name: kind === 'invoices' ? 'Accepted (Paid)' : 'Accepted', value: 'ACCEPTED' },
				{ name: 'Archived', value: 'ARCHIVED' },
				{ name: 'Ready', value: 'READY' },
				{ name: 'Revoked', value: 'REVOKED' },
				{ name: 'Sent', value: 'SENT' },
			],
			description: `The ${NOUN[kind]}'s new status`,
		},
		optionalFields('Additional Fields', 'additionalFields', 'Add Field', details),
	];
}

export interface StatusInput {
	id: RecordId;
	body: IDataObject;
}

export function readStatusInput(item: Item, kind: SalesDocumentKind): StatusInput {
	const id = readDocumentId(item, kind);
	const status = item.choice('status', 'Status', STATUSES);
	const fields = item.collection('additionalFields');
	const body: IDataObject = { status };
	for (const [name, label] of [
		['acceptedName', 'Accepted By Name'],
		['acceptedEmail', 'Accepted By Email'],
		['comment', 'Comment'],
	] as const) {
		const value = fields[name];
		if (value === undefined || value === '') continue;
		if (typeof value !== 'string') throw item.fail(label, 'must be text');
		body[name] = value.trim();
	}
	if (typeof body.acceptedEmail === 'string' && !/^[^@\s]+@[^@\s]+$/.test(body.acceptedEmail))
		throw item.fail('Accepted By Email', `"${body.acceptedEmail}" is not an email address`);
	if (body.comment !== undefined && !['ACCEPTED', 'REVOKED'].includes(status))
		throw item.fail('Comment', 'is recorded only when the status is Accepted (Paid) or Revoked');
	return { id, body };
}

/** Sets the status; the same status twice leaves the document as it is, so a retry is safe. */
export async function setDocumentStatus(item: Item, kind: SalesDocumentKind, input: StatusInput) {
	const response = await nutshellRequest(item, 'POST', `/${kind}/${input.id.path}/status`, {
		body: input.body,
		idempotent: true,
	});
	return await recordOrFetch(item, response.body, kind, input.id.path);
}
