import { defineOperation } from '../../../shared/kit';
import { readAgent, readRecorder, recorderAgentField } from './callRecorder';

export const getCallRecorder = defineOperation('getCallRecorder', {
	name: 'Get Call Recorder',
	action: "Get an agent's call recorder",
	description:
		"Whether the agent's current call is being recorded, with the call's conversation item and customer",
	fields: [recorderAgentField],
	input: readAgent,
	run: async (item, { id }) => await readRecorder(item, id),
});
