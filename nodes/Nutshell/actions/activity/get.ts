import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { describeOperation } from '../../../shared/descriptions';
import { toItems } from '../../../shared/router';
import { idParameter } from '../../ids';
import { getRecord } from '../../transport';
import { activityIdField } from './fields';

export const description = describeOperation('activity', 'get', [activityIdField]);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const id = idParameter(this, 'activityId', 'activities', 'Activity ID', itemIndex);
	return toItems(await getRecord({ n8n: this, index: itemIndex }, 'activities', id), itemIndex);
}
