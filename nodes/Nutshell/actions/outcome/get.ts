import { defineOperation } from '../../../shared/kit';
import { readId } from '../../ids';
import { getReference, REFERENCES, referenceIdField } from '../../reference';

const { type, label } = REFERENCES.outcome;

export const get = defineOperation('get', {
	name: 'Get',
	action: 'Get an outcome',
	description: 'Retrieve a outcome by ID',
	fields: [referenceIdField('outcomeId', label, type, 'outcome')],
	input: (item) => ({ id: readId(item, 'outcomeId', type, label) }),
	run: async (item, { id }) => await getReference(item, REFERENCES.outcome, id),
});
