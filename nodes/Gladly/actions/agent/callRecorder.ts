/** The agent call recorder: its state, and the two operations that pause and resume it. */
import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { RecordId } from '../../../shared/ids';
import { defineOperation } from '../../../shared/kit';
import type { Item, Operation } from '../../../shared/kit';
import { pickedIdField } from '../../fields';
import { getRecord, gladlyRequest } from '../../transport';

export const recorderAgentField: INodeProperties = {
	...pickedIdField('agentId', 'Agent', 'getAgents', 'agent'),
	description:
		'The agent on the call, by Gladly ID or email address. Choose from the list, or specify an ID or email using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

export const readAgent = (item: Item): { id: RecordId } => ({ id: item.id('agentId', 'agentId') });

/** `{ agentId, recording, conversationItemId?, customerId? }`: the last two only while on a call. */
export async function readRecorder(item: Item, id: RecordId): Promise<IDataObject> {
	return await getRecord(item, `/agents/${id.path}/call-recorder`);
}

/** Pause (`recording: false`) or resume (`true`), then read the recorder back. */
export function recordingSwitch(value: string, recording: boolean): Operation {
	const verb = recording ? 'Resume' : 'Pause';
	return defineOperation(value, {
		name: `${verb} Call Recording`,
		action: `${verb} an agent's call recording`,
		description: recording
			? "Start recording the agent's current call again; does nothing when the agent is not on a call"
			: "Stop recording the agent's current call (e.g. while the customer gives card details); does nothing when the agent is not on a call",
		fields: [recorderAgentField],
		input: readAgent,
		run: async (item, { id }) => {
			// Setting the same value twice has the same effect: safe to repeat after a broken connection.
			await gladlyRequest(item, 'PATCH', `/agents/${id.path}/call-recorder`, {
				body: { recording },
				idempotent: true,
			});
			return await readRecorder(item, id);
		},
	});
}
