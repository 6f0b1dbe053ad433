import { defineOperation } from '../../../shared/kit';
import { idField } from '../../descriptions';
import { readId } from '../../ids';
import { getRecord } from '../../transport';

export const get = defineOperation('get', {
	name: 'Get',
	action: 'Get an email',
	description:
		'Retrieve a logged email (subject, excerpt, sender and recipients) by ID; Nutshell cannot send email over its API',
	fields: [idField('emailId', 'Email ID', 'emails', 'ID of the email, e.g. 7-emails (or 7)')],
	input: (item) => ({ id: readId(item, 'emailId', 'emails', 'Email ID') }),
	run: async (item, { id }) => await getRecord(item, 'emails', id.path),
});
