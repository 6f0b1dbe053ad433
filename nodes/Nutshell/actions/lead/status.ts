import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { describeOperation } from '../../../shared/descriptions';
import type { OperationModule } from '../../../shared/router';
import { toItems } from '../../../shared/router';
import { dynamicOptions, idListField, leadLocator, optionalFields } from '../../descriptions';
import { normaliseId, normaliseIds } from '../../ids';
import { nutshellRequest, recordOrFetch } from '../../transport';
import { leadStatusRequest } from '../../unconfirmed';
import { productsField, readProducts, resolveLeadId } from './fields';

/** Won / lost / cancelled: the outcome (filtered to the status) carries the status; see unconfirmed.ts. */
function closeLead(
	operation: 'markWon' | 'markLost' | 'markCancelled',
	status: string,
): OperationModule {
	return {
		description: describeOperation('lead', operation, [
			leadLocator(),
			dynamicOptions('Outcome', 'outcome', 'getOutcomes', {
				required: true,
				description: `The ${status} outcome (reason) to record. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.`,
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
		]),
		async execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
			const node = this.getNode();
			const outcome = normaliseId(
				node,
				this.getNodeParameter('outcome', itemIndex, ''),
				'outcomes',
				'Outcome',
				itemIndex,
			);
			const fields = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
			const competitors = normaliseIds(
				node,
				fields.competitorMaps,
				'competitorMaps',
				'Competitor Map IDs',
				itemIndex,
			);
			const products = readProducts(this, itemIndex, 'additionalFields.products');
			const id = await resolveLeadId.call(this, 'leadId', itemIndex);
			const request = leadStatusRequest(id, outcome, competitors, products);
			// Setting the same outcome twice leaves the lead as it is, so a retry is safe.
			const response = await nutshellRequest({ n8n: this, index: itemIndex }, 'POST', request.path, {
				body: request.body,
				itemIndex,
				idempotent: true,
			});
			return toItems(
				await recordOrFetch({ n8n: this, index: itemIndex }, response.body, 'leads', id),
				itemIndex,
			);
		},
	};
}

export const markWon = closeLead('markWon', 'won');
export const markLost = closeLead('markLost', 'lost');
export const markCancelled = closeLead('markCancelled', 'cancelled');
