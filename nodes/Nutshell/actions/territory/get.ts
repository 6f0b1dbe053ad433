import { defineOperation } from '../../../shared/kit';
import { readId } from '../../ids';
import { getReference, REFERENCES, referenceIdField } from '../../reference';

const { type, label } = REFERENCES.territory;

export const get = defineOperation('get', {
	name: 'Get',
	action: 'Get a territory',
	description: 'Retrieve a territory by ID',
	fields: [referenceIdField('territoryId', label, type, 'territory')],
	input: (item) => ({ id: readId(item, 'territoryId', type, label) }),
	run: async (item, { id }) => await getReference(item, REFERENCES.territory, id),
});
