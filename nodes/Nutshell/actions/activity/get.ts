import { defineOperation } from '../../../shared/kit';
import { readId } from '../../ids';
import { getRecord } from '../../transport';
import { activityIdField } from './fields';

export const get = defineOperation('get', {
	name: 'Get',
	action: 'Get an activity',
	description: 'Retrieve an activity by ID',
	fields: [activityIdField],
	input: (item) => ({ id: readId(item, 'activityId', 'activities', 'Activity ID') }),
	run: async (item, { id }) => await getRecord(item, 'activities', id.path),
});
