import type { IDataObject } from 'n8n-workflow';

import { simplify } from '../../../shared/simplify';
import { flatten } from '../../transport';
import type { JsonApiResource } from '../../transport';

const CUSTOMER_FIELDS = ['id', 'name', 'displayName', 'emails', 'phones', 'externalId', 'tags', 'createdAt', 'updatedAt', 'custom'];

/** Simplify on: the main fields flattened; off: the raw JSON:API resource. */
export function outputCustomer(record: JsonApiResource, simple: boolean): IDataObject {
	return simple ? simplify(flatten(record), CUSTOMER_FIELDS) : record;
}
