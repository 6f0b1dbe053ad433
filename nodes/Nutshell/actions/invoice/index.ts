import { defineResource } from '../../../shared/kit';
import { get } from './get';
import { getMany } from './getMany';
import { updateStatus } from './updateStatus';

export const invoice = defineResource('invoice', {
	name: 'Invoice',
	description: 'Invoices on leads',
	operations: [get, getMany, updateStatus],
});
