import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { RecordId } from '../../../shared/ids';
import type { Item } from '../../../shared/kit';
import { dynamicOptions, idListField, leadLocator, optionalFields } from '../../descriptions';
import { leadId, normaliseIds, readId, readLead } from '../../ids';
import type { LeadRef } from '../../ids';
import { getRecord, nutshellRequest, recordOrFetch } from '../../transport';
import { leadStatusRequest, outcomeKind } from '../../unconfirmed';
import type { LeadOutcomeKind } from '../../unconfirmed';
import { productsField, readProducts } from './fields';

/** Fields of Mark Won / Lost / Cancelled: the outcome (filtered to the status) carries it. */
export function closeFields(status: LeadOutcomeKind): INodeProperties[] {
	return [
		leadLocator(),
		dynamicOptions('Outcome', 'outcome', 'getOutcomes', {
			required: true,
			description:
				`The ${status} outcome (reason) to record; an outcome of another kind is refused before anything is changed. Choose from the list, or specify an ID ` +
				'using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		}),
		optionalFields('Additional Fields', 'additionalFields', 'Add Field', [
			idListField(
				'Competitor Map IDs',
				'competitorMaps',
				'competitorMaps',
				'Competitors on the lead, by competitor map ID, separated by commas',
			),
			productsField('Products sold or lost with the lead'),
		]),
	];
}

export interface Close {
	outcome: string;
	competitors: string[];
	products: IDataObject[];
	lead: LeadRef;
}

/** Outcomes read in this node run, by id: many items closing with the same outcome read it once. */
const outcomesRead = new WeakMap<object, Map<string, Promise<IDataObject>>>();

async function readOutcome(item: Item, id: RecordId): Promise<IDataObject> {
	const perRun = outcomesRead.get(item.n8n) ?? new Map<string, Promise<IDataObject>>();
	outcomesRead.set(item.n8n, perRun);
	let outcome = perRun.get(id.raw);
	if (!outcome) {
		outcome = getRecord(item, 'outcomes', id.path);
		perRun.set(id.raw, outcome);
		// A failed read is not kept: the next item asks again.
		outcome.catch(() => perRun.delete(id.raw));
	}
	return await outcome;
}

/**
 * Reads Mark Won / Lost / Cancelled's parameters, and refuses an outcome of another kind (an expression
 * can give any outcome ID): the outcome is read, and only one that closes the lead as `kind` is sent.
 */
export function readClose(kind: LeadOutcomeKind) {
	return async (item: Item): Promise<Close> => {
		const outcomeId = readId(item, 'outcome', 'outcomes', 'Outcome');
		const fields = item.collection('additionalFields');
		const competitors = normaliseIds(
			item,
			fields.competitorMaps,
			'competitorMaps',
			'Competitor Map IDs',
		);
		const products = readProducts(item, 'additionalFields.products');
		const lead = readLead(item);
		const outcome = await readOutcome(item, outcomeId);
		const actual = outcomeKind(outcome);
		if (actual !== kind) {
			const name = outcome.name ? `"${String(outcome.name)}" (${outcomeId.raw})` : outcomeId.raw;
			const what = actual
				? `a ${actual} outcome`
				: 'an outcome that is not marked won, lost or cancelled';
			throw item.fail(
				'Outcome',
				`is ${name}, ${what}; this operation closes a lead as ${kind} only`,
				actual
					? `Choose a ${kind} outcome, or use Mark ${actual[0].toUpperCase()}${actual.slice(1)} for a ${actual} one.`
					: `Choose a ${kind} outcome (Outcome › Get Many lists them with their status).`,
			);
		}
		return { outcome: outcomeId.raw, competitors, products, lead };
	};
}

/** Closes the lead with the outcome (see unconfirmed.ts), then the lead as it now is. */
export async function closeLead(item: Item, input: Close): Promise<IDataObject> {
	const id = await leadId(item, input.lead);
	const request = leadStatusRequest(id.path, input.outcome, input.competitors, input.products);
	// Setting the same outcome twice leaves the lead as it is, so a retry is safe.
	const response = await nutshellRequest(item, 'POST', request.path, {
		body: request.body,
		idempotent: true,
	});
	return await recordOrFetch(item, response.body, 'leads', id.path);
}
