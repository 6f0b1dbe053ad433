import { defineOperation } from '../../../shared/kit';
import { readId } from '../../ids';
import { getReference, REFERENCES, referenceIdField } from '../../reference';

const { type, label } = REFERENCES.pipeline;

export const get = defineOperation('get', {
	name: 'Get',
	action: 'Get a pipeline',
	description: 'Retrieve a pipeline by ID',
	fields: [referenceIdField('pipelineId', label, type, 'pipeline')],
	input: (item) => ({ id: readId(item, 'pipelineId', type, label) }),
	run: async (item, { id }) => await getReference(item, REFERENCES.pipeline, id),
});
