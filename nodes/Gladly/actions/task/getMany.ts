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
