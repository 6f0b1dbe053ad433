import type { IDataObject } from 'n8n-workflow';

import { defineOperation } from '../../../shared/kit';
import { getRecord, gladlyRequest } from '../../transport';
import { hoursBody, hoursField, hoursFields } from './hours';

export const update = defineOperation('update', {
	name: 'Update',
	action: 'Update business hours',
	description: 'Replace a configuration, checking its version',
	fields: [
		hoursField,
		...hoursFields(),
		{
			displayName: 'Version',
			name: 'version',
			type: 'number',
			default: 0,
			typeOptions: { minValue: 0 },
			description:
				'The version you read (optimistic locking: a newer version on Gladly fails with 409). 0 ' +
				'reads the current version first and overwrites.',
		},
	],
	input: (item) => ({
		id: item.id('businessHoursId', 'businessHoursId'),
		body: hoursBody(item),
		version: Number(item.raw('version', 0)),
	}),
	run: async (item, { id, body, version }) => {
		const path = `/business-hours/${id.path}`;
		const current = version || Number((await getRecord(item, path)).version);
		const response = await gladlyRequest<IDataObject | undefined>(item, 'PUT', path, {
			body: { version: current, ...body },
		});
		return response.body && response.body.id ? response.body : await getRecord(item, path);
	},
});
