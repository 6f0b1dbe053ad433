import type { IDataObject, IHttpRequestMethods } from 'n8n-workflow';

import type { Item } from '../../../shared/kit';
import { leadId } from '../../ids';
import type { LeadRef } from '../../ids';
import { nutshellRequest, recordOrFetch } from '../../transport';

/**
 * Lead operations that only need the lead: one request (`/leads/{id}{suffix}`), safe to
 * repeat, then the lead as it now is.
 */
export async function leadAction(
	item: Item,
	lead: LeadRef,
	method: IHttpRequestMethods,
	suffix: string,
): Promise<IDataObject> {
	const id = await leadId(item, lead);
	const response = await nutshellRequest(item, method, `/leads/${id.path}${suffix}`, {
		idempotent: true,
	});
	return await recordOrFetch(item, response.body, 'leads', id.path);
}
