import { defineOperation } from '../../../shared/kit';
import { readId } from '../../ids';
import { getReference, REFERENCES, referenceIdField } from '../../reference';

const { type, label } = REFERENCES.user;

export const get = defineOperation('get', {
	name: 'Get',
	action: 'Get an user',
	description: 'Retrieve a user by ID',
	fields: [referenceIdField('userId', label, type, 'user')],
	input: (item) => ({ id: readId(item, 'userId', type, label) }),
	run: async (item, { id }) => await getReference(item, REFERENCES.user, id),
});
