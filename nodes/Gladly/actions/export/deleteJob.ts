import { defineOperation } from '../../../shared/kit';
import { gladlyRequest } from '../../transport';
import { jobField } from './jobField';

export const deleteJob = defineOperation('deleteJob', {
	name: 'Delete Job',
	action: 'Delete an export job',
	description: 'Delete a completed or failed export job and its files',
	fields: [{ ...jobField, description: 'The ID of a COMPLETED or FAILED export job' }],
	input: (item) => ({ id: item.id('jobId', 'jobId') }),
	run: async (item, { id }) => {
		await gladlyRequest(item, 'DELETE', `/export/jobs/${id.path}`);
		return { deleted: true, id: id.raw };
	},
});
