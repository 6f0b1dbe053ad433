import { defineResource } from '../../../shared/kit';
import { run } from './run';

export const report = defineResource('report', {
	name: 'Report',
	description: 'Insights reports as rows or CSV',
	operations: [run],
});
