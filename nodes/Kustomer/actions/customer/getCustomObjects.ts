import { defineOperation } from '../../../shared/kit';
import { customerLocator, klassField } from '../../descriptions';
import { listFields, readList, runList } from '../common';

/** A customer's custom objects of one Klass: GET /v1/customers/{id}/klasses/{name}. */
export const getCustomObjects = defineOperation('getCustomObjects', {
	name: 'Get Custom Objects',
	action: 'Get custom objects of a customer',
	description: "Retrieve a customer's custom objects (KObjects) of one type",
	fields: listFields({ fields: [customerLocator(), klassField] }),
	input: (item) => {
		const customer = item.id('customerId', 'Customer').path;
		const klass = item.id('klass', 'Custom Object Type').path;
		return readList(item, { path: `/v1/customers/${customer}/klasses/${klass}`, kind: 'record' });
	},
	run: runList,
});
