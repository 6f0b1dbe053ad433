import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { Item } from '../../../shared/kit';
import { dynamicOptions, idListField, leadLocator, optionalFields } from '../../descriptions';
import { leadId, normaliseIds, readId, readLead } from '../../ids';
import type { LeadRef } from '../../ids';
import { nutshellRequest, recordOrFetch } from '../../transport';
import { leadStatusRequest } from '../../unconfirmed';
import { productsField, readProducts } from './fields';

/** Fields of Mark Won / Lost / Cancelled: the outcome (filtered to the status) carries it. */
export function closeFields(status: string): INodeProperties[] {
	return [
		leadLocator(),
		dynamicOptions('Outcome', 'outcome', 'getOutcomes', {
			required: true,
			description:
				`The ${status} outcome (reason) to record. Choose from the list, or specify an ID ` +
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

export function readClose(item: Item): Close {
	const outcome = readId(item, 'outcome', 'outcomes', 'Outcome').raw;
	const fields = item.collection('additionalFields');
	const competitors = normaliseIds(
		item,
		fields.competitorMaps,
		'competitorMaps',
		'Competitor Map IDs',
	);
	const products = readProducts(item, 'additionalFields.products');
	return { outcome, competitors, products, lead: readLead(item) };
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
