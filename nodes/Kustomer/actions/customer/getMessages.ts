import { customerLocator } from '../../descriptions';
import { idParam, listOperation } from '../common';

/** A customer's messages: GET /v1/customers/{id}/messages. */
export const { description, execute } = listOperation({
	resource: 'customer',
	operation: 'getMessages',
	fields: [customerLocator()],
	simplify: true,
	build: (context, itemIndex) => ({ path: `/v1/customers/${idParam(context, 'customerId', 'Customer', itemIndex)}/messages`, kind: 'message' }),
});
