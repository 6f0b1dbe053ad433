import { defineOperation } from '../../../shared/kit';
import { readId } from '../../ids';
import { getReference, REFERENCES, referenceIdField } from '../../reference';

const { type, label } = REFERENCES.product;

export const get = defineOperation('get', {
	name: 'Get',
	action: 'Get a product',
	description: 'Retrieve a product by ID',
	fields: [referenceIdField('productId', label, type, 'product')],
	input: (item) => ({ id: readId(item, 'productId', type, label) }),
	run: async (item, { id }) => await getReference(item, REFERENCES.product, id),
});
