import { defineResource } from '../../../shared/kit';
import { get } from './get';
import { getCallRecorder } from './getCallRecorder';
import { getMany } from './getMany';
import { pauseRecording } from './pauseRecording';
import { resumeRecording } from './resumeRecording';

export const agent = defineResource('agent', {
	name: 'Agent',
	description: 'Agents (users) of the organization and their call recorder',
	operations: [get, getCallRecorder, getMany, pauseRecording, resumeRecording],
});
