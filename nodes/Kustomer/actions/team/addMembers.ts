import { defineOperation } from '../../../shared/kit';
import { memberFields, readMembers, sendMembers } from './memberFields';

export const addMembers = defineOperation('addMembers', {
	name: 'Add Members',
	action: 'Add members to a team',
	description: 'Add users to a team',
	fields: memberFields,
	input: readMembers,
	run: async (item, input) => await sendMembers(item, 'POST', input),
});
