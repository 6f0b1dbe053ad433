import { defineOperation } from '../../../shared/kit';
import { memberFields, readMembers, sendMembers } from './memberFields';

export const removeMembers = defineOperation('removeMembers', {
	name: 'Remove Members',
	action: 'Remove members from a team',
	description: 'Remove users from a team',
	fields: memberFields,
	input: readMembers,
	run: async (item, input) => await sendMembers(item, 'DELETE', input),
});
