import type { IDataObject } from 'n8n-workflow';

import { defineOperation } from '../../../shared/kit';
import { getRecord, gladlyRequest, idFromLocation, returnedId } from '../../transport';
import { hoursBody, hoursFields } from './hours';

export const create = defineOperation('create', {
	name: 'Create',
	action: 'Create business hours',
	description: 'Create a business hours configuration',
	fields: hoursFields(),
	input: (item) => ({ body: hoursBody(item) }),
	run: async (item, { body }) => {
		const response = await gladlyRequest<IDataObject | undefined>(item, 'POST', '/business-hours', {
			body,
		});
		if (response.body && response.body.id) return response.body;
		const id = idFromLocation(response.headers);
		return id
			? await getRecord(item, `/business-hours/${returnedId(item, id).path}`)
			: { created: true };
	},
});
