import { customerLocator } from '../../descriptions';
import { idParam, listOperation } from '../common';

/** A customer's notes: GET /v1/customers/{id}/notes. */
export const { description, execute } = listOperation({
	resource: 'customer',
	operation: 'getNotes',
	fields: [customerLocator()],
	build: (context, itemIndex) => ({ path: `/v1/customers/${idParam(context, 'customerId', 'Customer', itemIndex)}/notes`, kind: 'record' }),
});
