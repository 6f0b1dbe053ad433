import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { describeOperation } from '../../../shared/descriptions';
import type { OperationModule } from '../../../shared/router';
import { toItems } from '../../../shared/router';
import { dynamicOptions, leadLocator } from '../../descriptions';
import { normaliseId } from '../../ids';
import { nutshellRequest, patchAndGet, recordOrFetch } from '../../transport';
import { stageMovePatch } from '../../unconfirmed';
import { resolveLeadId } from './fields';

export const changePipeline: OperationModule = {
	description: describeOperation('lead', 'changePipeline', [
		leadLocator(),
		dynamicOptions('Pipeline', 'pipeline', 'getPipelines', { required: true }),
	]),
	async execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
		const pipeline = normaliseId(
			this.getNode(),
			this.getNodeParameter('pipeline', itemIndex, ''),
			'stagesets',
			'Pipeline',
			itemIndex,
		);
		const id = await resolveLeadId.call(this, 'leadId', itemIndex);
		const response = await nutshellRequest({ n8n: this, index: itemIndex }, 'POST', `/leads/${id}/stageset`, {
			body: { stageset: pipeline },
			itemIndex,
			idempotent: true,
		});
		return toItems(
			await recordOrFetch({ n8n: this, index: itemIndex }, response.body, 'leads', id),
			itemIndex,
		);
	},
};

export const moveStage: OperationModule = {
	description: describeOperation('lead', 'moveStage', [
		leadLocator(),
		dynamicOptions('Stage', 'stage', 'getStages', {
			required: true,
			description:
				'Stage of the lead’s current pipeline to move it to. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		}),
	]),
	async execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
		const stage = normaliseId(
			this.getNode(),
			this.getNodeParameter('stage', itemIndex, ''),
			'stages',
			'Stage',
			itemIndex,
		);
		const id = await resolveLeadId.call(this, 'leadId', itemIndex);
		return toItems(
			await patchAndGet({ n8n: this, index: itemIndex }, 'leads', id, [stageMovePatch(stage)]),
			itemIndex,
		);
	},
};
