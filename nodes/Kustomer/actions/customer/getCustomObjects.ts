import { customerLocator, klassField } from '../../descriptions';
import { idParam, listOperation } from '../common';

/** A customer's custom objects of one Klass: GET /v1/customers/{id}/klasses/{name}. */
export const { description, execute } = listOperation({
	resource: 'customer',
	operation: 'getCustomObjects',
	fields: [customerLocator(), klassField],
	build: (context, itemIndex) => ({
		path: `/v1/customers/${idParam(context, 'customerId', 'Customer', itemIndex)}/klasses/${idParam(context, 'klass', 'Custom Object Type', itemIndex)}`,
		kind: 'record',
	}),
});
