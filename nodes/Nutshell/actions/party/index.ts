import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import type { OperationModule } from '../../../shared/router';
import { resourceProperties, standardOperation } from '../../descriptions';
import type { PartyConfig } from './config';
import { createOperation } from './create';
import { deleteOperation, undeleteOperation } from './delete';
import { getOperation } from './get';
import { getManyOperation } from './getMany';
import { updateOperation } from './update';
import { upsertOperation } from './upsert';

export { companyConfig, personConfig } from './config';

/** The operations of a person or company resource, and their fields under one Operation dropdown. */
export function partyResource(config: PartyConfig): {
	operations: Record<string, OperationModule>;
	description: INodeProperties[];
} {
	const operations: Record<string, OperationModule> = {
		create: createOperation(config),
		delete: deleteOperation(config),
		get: getOperation(config),
		getMany: getManyOperation(config),
		undelete: undeleteOperation(config),
		update: updateOperation(config),
		upsert: upsertOperation(config),
	};
	const { noun, nounPlural } = config;
	const options: INodePropertyOptions[] = [
		standardOperation('create', noun, nounPlural, `Create a new ${noun}`),
		{
			name: 'Create or Update',
			value: 'upsert',
			action: `Create or update a ${noun}`,
			description: 'Create a new record, or update the current one if it already exists (upsert)',
		},
		standardOperation('delete', noun, nounPlural, `Move a ${noun} to the trash`),
		standardOperation('get', noun, nounPlural, `Retrieve a ${noun} by ID`),
		standardOperation(
			'getMany',
			noun,
			nounPlural,
			`Retrieve a list of ${nounPlural}, with search and filters`,
		),
		standardOperation('undelete', noun, nounPlural, `Restore a deleted ${noun}`),
		standardOperation(
			'update',
			noun,
			nounPlural,
			`Change fields, links and custom fields of a ${noun}`,
		),
	];
	return {
		operations,
		description: resourceProperties(config.resource, options, 'get', operations),
	};
}
