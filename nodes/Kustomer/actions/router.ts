import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { route } from '../../shared/router';
import type { OperationRegistry } from '../../shared/router';
import * as customer from './customer';

export const registry: OperationRegistry = {
	customer: { get: customer.get, getMany: customer.getMany },
};

export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	return await route.call(this, registry);
}
