import { returnAllOrLimit } from '../../../shared/descriptions';
import { defineOperation } from '../../../shared/kit';
import type { OperationSpec } from '../../../shared/kit';
import { customerId, customerLocator, readCustomer } from '../../customerLocator';
import type { CustomerRef } from '../../customerLocator';
import { cappedList } from '../../transport';

interface Input {
	customer: CustomerRef;
	status: string;
	limit?: number;
}

/** The open / closed tasks of one customer; Customer › Get Tasks offers the same request. */
export const customerTasks: OperationSpec<Input> = {
	name: 'Get Many',
	action: 'Get many tasks of a customer',
	description:
		'Retrieve the open or closed tasks of one customer (Gladly lists tasks per customer; it has no list of all tasks)',
	fields: [
		customerLocator({
			description:
				'The customer whose tasks to list, by ID or by email address (Gladly lists tasks per customer)',
		}),
		{
			displayName: 'Status',
			name: 'status',
			type: 'options',
			default: 'OPEN',
			options: [
				{ name: 'Any', value: '' },
				{ name: 'Closed', value: 'CLOSED' },
				{ name: 'Open', value: 'OPEN' },
			],
		},
		...returnAllOrLimit(2000),
	],
	input: (item) => ({
		customer: readCustomer(item),
		status: item.string('status', 'Status'),
		limit: item.limit(),
	}),
	run: async (item, { customer, status, limit }) => {
		const path = `/customers/${(await customerId(item, customer)).path}/tasks`;
		const qs = status ? { status } : {};
		return await cappedList(item, path, { qs, limit, cap: 2000, what: 'tasks (newest first)' });
	},
};

export const getMany = defineOperation('getMany', customerTasks);
