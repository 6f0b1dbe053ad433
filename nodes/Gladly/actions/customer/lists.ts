import { returnAllOrLimit, simplifyField } from '../../../shared/descriptions';
import { toItems } from '../../../shared/router';
import { customerIdParam, customerLocator, operation } from '../../descriptions';
import { outputConversation } from '../../simplify';
import { cappedList } from '../../transport';
import { customerTasks } from '../task/ops';

export const getConversations = operation(
	'customer',
	'getConversations',
	[customerLocator(), ...returnAllOrLimit(100), simplifyField],
	async function (itemIndex) {
		const id = await customerIdParam(this, itemIndex);
		const records = await cappedList.call(this, `/customers/${id}/conversations`, { itemIndex, cap: 100, what: 'conversations' });
		const simple = this.getNodeParameter('simple', itemIndex, true) as boolean;
		return toItems(records.map((record) => outputConversation(record, simple)), itemIndex);
	},
);

export const getTasks = customerTasks('customer', 'getTasks');
