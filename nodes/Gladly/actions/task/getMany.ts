import type { OperationSpec } from '../../../shared/kit';
import { returnAllOrLimit } from '../../../shared/descriptions';
import { defineOperation } from '../../../shared/kit';
import { customerId, customerLocator, readCustomer } from '../../customerLocator';
import type { CustomerRef } from '../../customerLocator';
import { cappedList } from '../../transport';

/** The open / closed tasks of one customer (also Customer › Get Tasks). */
export const customerTasks: OperationSpec<{
	customer: CustomerRef;
	status: string;
	limit?: number;
}> = {
	name: 'Get Many',
	action: 'Get many tasks',
	description: 'Retrieve the open or closed tasks of a customer',
	fields: [
		customerLocator(),
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
