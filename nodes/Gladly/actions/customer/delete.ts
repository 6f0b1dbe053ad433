import { toItems } from '../../../shared/router';
import { customerIdParam, customerLocator, operation } from '../../descriptions';
import { gladlyRequest } from '../../transport';

export const remove = operation('customer', 'delete', [customerLocator({ description: 'The customer profile to delete for good. Their conversations must be closed; the API user needs the Compliance Admin role.' })], async function (itemIndex) {
	const id = await customerIdParam(this, itemIndex);
	await gladlyRequest.call(this, 'DELETE', `/customer-profiles/${id}`, { itemIndex });
	return toItems({ deleted: true, id: decodeURIComponent(id) }, itemIndex);
});
