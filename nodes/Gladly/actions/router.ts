import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { route } from '../../shared/router';
import type { OperationRegistry } from '../../shared/router';
import { resources } from './resources';

export const registry: OperationRegistry = Object.fromEntries(resources.map((resource) => [resource.value, resource.module.operations]));

export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	return await route.call(this, registry);
}
