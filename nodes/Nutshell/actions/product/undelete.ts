import { defineOperation } from '../../../shared/kit';
import { readId } from '../../ids';
import { REFERENCES, referenceIdField } from '../../reference';
import { nutshellRequest, recordOrFetch } from '../../transport';

const { type, label } = REFERENCES.product;

export const undelete = defineOperation('undelete', {
	name: 'Undelete',
	action: 'Undelete a product',
	description: 'Restore a deleted product',
	fields: [referenceIdField('productId', label, type, 'product')],
	input: (item) => ({ id: readId(item, 'productId', type, label) }),
	run: async (item, { id }) => {
		// Restoring twice leaves the product restored, so a retry is safe.
		const response = await nutshellRequest(item, 'POST', `/products/${id.path}/undelete`, {
			idempotent: true,
		});
		return await recordOrFetch(item, response.body, 'products', id.path);
	},
});
