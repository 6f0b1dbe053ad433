import { defineOperation } from '../../../shared/kit';
import { readId } from '../../ids';
import { getReference, REFERENCES, referenceIdField } from '../../reference';

const { type, label } = REFERENCES.stage;

export const get = defineOperation('get', {
	name: 'Get',
	action: 'Get a stage',
	description: 'Retrieve a stage by ID',
	fields: [referenceIdField('stageId', label, type, 'stage')],
	input: (item) => ({ id: readId(item, 'stageId', type, label) }),
	run: async (item, { id }) => await getReference(item, REFERENCES.stage, id),
});
