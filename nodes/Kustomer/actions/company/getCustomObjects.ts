import { companyLocator, klassField } from '../../descriptions';
import { idParam, listOperation } from '../common';
import { companyPath } from './fields';

/** A company's custom objects of one Klass: GET /v1/companies/{id}/klasses/{klass}. */
export const { description, execute } = listOperation({
	resource: 'company',
	operation: 'getCustomObjects',
	fields: [companyLocator(), klassField],
	build: (context, itemIndex) => ({ path: `${companyPath(context, itemIndex)}/klasses/${idParam(context, 'klass', 'Custom Object Type', itemIndex)}`, kind: 'record' }),
});
