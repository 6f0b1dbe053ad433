import { defineOperation } from '../../../shared/kit';
import { readId } from '../../ids';
import { getReference, REFERENCES, referenceIdField } from '../../reference';

const { type, label } = REFERENCES.accountType;

export const get = defineOperation('get', {
	name: 'Get',
	action: 'Get an account type',
	description: 'Retrieve a account type by ID',
	fields: [referenceIdField('accountTypeId', label, type, 'account type')],
	input: (item) => ({ id: readId(item, 'accountTypeId', type, label) }),
	run: async (item, { id }) => await getReference(item, REFERENCES.accountType, id),
});
