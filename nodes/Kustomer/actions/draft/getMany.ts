import { customerLocator } from '../../descriptions';
import { idParam, listOperation } from '../common';

/** A customer's drafts: GET /v1/customers/{id}/drafts. */
export const { description, execute } = listOperation({
	resource: 'draft',
	operation: 'getMany',
	fields: [customerLocator()],
	build: (context, itemIndex) => ({ path: `/v1/customers/${idParam(context, 'customerId', 'Customer', itemIndex)}/drafts`, kind: 'record' }),
});
