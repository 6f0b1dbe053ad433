import { defineOperation } from '../../../shared/kit';
import { readId } from '../../ids';
import { getReference, REFERENCES, referenceIdField } from '../../reference';

const { type, label } = REFERENCES.tag;

export const get = defineOperation('get', {
	name: 'Get',
	action: 'Get a tag',
	description: 'Retrieve a tag by ID',
	fields: [referenceIdField('tagId', label, type, 'tag')],
	input: (item) => ({ id: readId(item, 'tagId', type, label) }),
	run: async (item, { id }) => await getReference(item, REFERENCES.tag, id),
});
