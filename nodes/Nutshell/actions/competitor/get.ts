import { defineOperation } from '../../../shared/kit';
import { readId } from '../../ids';
import { getReference, REFERENCES, referenceIdField } from '../../reference';

const { type, label } = REFERENCES.competitor;

export const get = defineOperation('get', {
	name: 'Get',
	action: 'Get a competitor',
	description: 'Retrieve a competitor by ID',
	fields: [referenceIdField('competitorId', label, type, 'competitor')],
	input: (item) => ({ id: readId(item, 'competitorId', type, label) }),
	run: async (item, { id }) => await getReference(item, REFERENCES.competitor, id),
});
