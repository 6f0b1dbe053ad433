import { defineOperation } from '../../../shared/kit';
import { getRecord } from '../../transport';
import { jobField } from './jobField';

export const getJob = defineOperation('getJob', {
	name: 'Get Job',
	action: 'Get an export job',
	description: 'Retrieve an export job and its file names',
	fields: [jobField],
	input: (item) => ({ id: item.id('jobId', 'jobId') }),
	run: async (item, { id }) => await getRecord(item, `/export/jobs/${id.path}`),
});
