import { defineOperation } from '../../../shared/kit';
import { readId } from '../../ids';
import { getReference, REFERENCES, referenceIdField } from '../../reference';

const { type, label } = REFERENCES.source;

export const get = defineOperation('get', {
	name: 'Get',
	action: 'Get a source',
	description: 'Retrieve a source by ID',
	fields: [referenceIdField('sourceId', label, type, 'source')],
	input: (item) => ({ id: readId(item, 'sourceId', type, label) }),
	run: async (item, { id }) => await getReference(item, REFERENCES.source, id),
});
