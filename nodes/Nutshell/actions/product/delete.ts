import { defineOperation } from '../../../shared/kit';
import { readId } from '../../ids';
import { REFERENCES, referenceIdField } from '../../reference';
import { nutshellRequest } from '../../transport';

const { type, label } = REFERENCES.product;

export const remove = defineOperation('delete', {
	name: 'Delete',
	action: 'Delete a product',
	description: 'Delete a product (it can be restored with Undelete)',
	fields: [referenceIdField('productId', label, type, 'product')],
	input: (item) => ({ id: readId(item, 'productId', type, label) }),
	run: async (item, { id }) => {
		await nutshellRequest(item, 'DELETE', `/products/${id.path}`);
		return { deleted: true, id: id.raw };
	},
});
