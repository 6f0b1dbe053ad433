import { defineResource } from '../../../shared/kit';
import { createInvoice } from './createInvoice';
import { get } from './get';
import { getMany } from './getMany';
import { updateStatus } from './updateStatus';

export const quote = defineResource('quote', {
	name: 'Quote',
	description: 'Quotes on leads',
	operations: [createInvoice, get, getMany, updateStatus],
});
