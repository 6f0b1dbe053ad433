import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { errorEntries, gladlyRequest } from '../../transport';

/**
 * GET a profile; a merged customer answers 301 "moved" with the new id, which is followed once
 * and reported as `movedFrom` in the output.
 */
export async function fetchCustomer(context: IExecuteFunctions, id: string, itemIndex: number): Promise<IDataObject> {
	const response = await gladlyRequest.call(context, 'GET', `/customer-profiles/${id}`, { itemIndex, acceptStatuses: [301] });
	if (response.statusCode !== 301) return response.body as IDataObject;
	const moved = errorEntries(response.body).find((entry) => entry.code === 'moved');
	const target = String(moved?.meta?.new ?? '');
	const followed = await gladlyRequest.call(context, 'GET', `/customer-profiles/${encodeURIComponent(target)}`, { itemIndex });
	return { ...(followed.body as IDataObject), movedFrom: decodeURIComponent(id) };
}
