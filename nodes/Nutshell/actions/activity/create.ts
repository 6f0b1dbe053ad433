import { defineOperation } from '../../../shared/kit';
import { createRecord } from '../../transport';
import { activityOptions, applyActivityChanges, readActivityChanges } from './fields';

export const create = defineOperation('create', {
	name: 'Create',
	action: 'Create an activity',
	description: 'Schedule or log an activity (call, meeting…) with participants',
	fields: [
		{
			displayName: 'Name',
			name: 'name',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. Call with Andy',
			description: 'Title of the activity',
		},
		{
			displayName: 'Start Time',
			name: 'startTime',
			type: 'dateTime',
			required: true,
			default: '',
			description: 'When it starts (UTC unless the value has an offset)',
		},
		{
			displayName: 'End Time',
			name: 'endTime',
			type: 'dateTime',
			required: true,
			default: '',
			description: 'When it ends',
		},
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: activityOptions,
		},
	],
	input: (item) => {
		const name = item.string('name', 'Name', { required: true });
		const fields = {
			...item.collection('additionalFields'),
			name,
			startTime: item.raw('startTime', ''),
			endTime: item.raw('endTime', ''),
		};
		if (!fields.startTime) throw item.fail('Start Time', 'is empty');
		if (!fields.endTime) throw item.fail('End Time', 'is empty');
		return { body: applyActivityChanges(item, {}, readActivityChanges(item, fields)) };
	},
	run: async (item, { body }) => await createRecord(item, 'activities', body),
});
