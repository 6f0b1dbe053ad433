import { defineResource } from '../../../shared/kit';
import { deleteJob } from './deleteJob';
import { downloadFile } from './downloadFile';
import { getJob } from './getJob';
import { getManyJobs } from './getManyJobs';
import { getManySchedules } from './getManySchedules';

export const exportJobs = defineResource('export', {
	name: 'Export',
	description: 'Export jobs and their JSONL files',
	operations: [deleteJob, downloadFile, getJob, getManyJobs, getManySchedules],
});
