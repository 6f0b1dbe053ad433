import { simplifyField } from '../../../shared/descriptions';
import { toItems } from '../../../shared/router';
import { customerIdParam, customerLocator, operation } from '../../descriptions';
import { outputCustomer } from '../../simplify';
import { fetchCustomer } from './fetch';

export const get = operation('customer', 'get', [customerLocator(), simplifyField], async function (itemIndex) {
	const id = await customerIdParam(this, itemIndex);
	const profile = await fetchCustomer(this, id, itemIndex);
	return toItems(outputCustomer(profile, this.getNodeParameter('simple', itemIndex, true) as boolean), itemIndex);
});
