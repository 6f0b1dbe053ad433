import { defineOperation } from '../../../shared/kit';
import { readId } from '../../ids';
import { getReference, REFERENCES, referenceIdField } from '../../reference';

const { type, label } = REFERENCES.market;

export const get = defineOperation('get', {
	name: 'Get',
	action: 'Get a market',
	description: 'Retrieve a market by ID',
	fields: [referenceIdField('marketId', label, type, 'market')],
	input: (item) => ({ id: readId(item, 'marketId', type, label) }),
	run: async (item, { id }) => await getReference(item, REFERENCES.market, id),
});
