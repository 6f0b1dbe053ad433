import type { INodeProperties } from 'n8n-workflow';

import type { Item } from '../../../shared/kit';
import { entityKindOptions } from '../../descriptions';
import type { CustomFieldEntity } from '../../helpers';

const ENTITIES: Record<string, CustomFieldEntity> = {
	company: 'accounts',
	lead: 'leads',
	person: 'contacts',
};

export function entityField(description: string): INodeProperties {
	return {
		displayName: 'Entity',
		name: 'entity',
		type: 'options',
		default: 'lead',
		options: entityKindOptions({ company: 'company', lead: 'lead', person: 'person' }),
		description,
	};
}

/** The chosen entity as its REST plural (accounts, leads, contacts). */
export function readEntity(item: Item): CustomFieldEntity {
	const entity = String(item.raw<unknown>('entity', 'lead'));
	const plural = ENTITIES[entity];
	if (!plural) throw item.fail('Entity', `"${entity}" is not company, lead or person`);
	return plural;
}
