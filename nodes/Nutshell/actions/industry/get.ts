import { defineOperation } from '../../../shared/kit';
import { readId } from '../../ids';
import { getReference, REFERENCES, referenceIdField } from '../../reference';

const { type, label } = REFERENCES.industry;

export const get = defineOperation('get', {
	name: 'Get',
	action: 'Get an industry',
	description: 'Retrieve a industry by ID',
	fields: [referenceIdField('industryId', label, type, 'industry')],
	input: (item) => ({ id: readId(item, 'industryId', type, label) }),
	run: async (item, { id }) => await getReference(item, REFERENCES.industry, id),
});
