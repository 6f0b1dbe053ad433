import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { returnAllOrLimit } from '../../shared/descriptions';
import type { OperationModule } from '../../shared/router';
import { toItems } from '../../shared/router';
import { idField, idParam, operation } from '../descriptions';
import { gladlyRequest } from '../transport';

export interface ResourceModule {
	operations: Record<string, OperationModule>;
	description: INodeProperties[];
}

function operationField(resource: string, options: Array<{ name: string; value: string; action: string; description: string }>): INodeProperties {
	const field: INodeProperties = {
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: [resource] } },
		options,
		default: '',
	};
	field.default = options.find((option) => option.value === 'get')?.value ?? options[0].value;
	return field;
}

export function resourceModule(resource: string, operations: Record<string, OperationModule>, options: Array<{ name: string; value: string; action: string; description: string }>): ResourceModule {
	return { operations, description: [operationField(resource, options), ...Object.values(operations).flatMap((module) => module.description)] };
}

/** Get Many on a whole-list endpoint (Gladly returns the full array; Limit applies client-side). */
export function listOperation(resource: string, path: string, name = 'getMany'): OperationModule {
	return operation(resource, name, returnAllOrLimit(), async function (itemIndex) {
		const returnAll = this.getNodeParameter('returnAll', itemIndex, false) as boolean;
		const limit = this.getNodeParameter('limit', itemIndex, 50) as number;
		const response = await gladlyRequest.call(this, 'GET', path, { itemIndex });
		const records = (Array.isArray(response.body) ? response.body : []) as IDataObject[];
		return toItems(returnAll ? records : records.slice(0, limit), itemIndex);
	});
}

/** Get by ID on `path/{id}`. */
export function getOperation(resource: string, path: string, label: string, field: INodeProperties = idField(`${resource}Id`, `${label} ID`, `The ID of the ${label.toLowerCase()}`)): OperationModule {
	return operation(resource, 'get', [field], async function (itemIndex) {
		const id = idParam(this, field.name, itemIndex);
		return toItems((await gladlyRequest.call(this, 'GET', `${path}/${id}`, { itemIndex })).body as IDataObject, itemIndex);
	});
}
