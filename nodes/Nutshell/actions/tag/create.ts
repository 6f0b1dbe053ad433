import { defineOperation } from '../../../shared/kit';
import { nameField, tagTypeField } from '../../reference';
import { createRecord } from '../../transport';

const TAG_TYPES: Record<string, string> = { leads: '1', contacts: '2', accounts: '3' };

export const create = defineOperation('create', {
	name: 'Create',
	action: 'Create a tag',
	description: 'Create a new tag',
	fields: [nameField('tag'), tagTypeField('Kind of record the tag is for')],
	input: (item) => {
		const name = item.string('name', 'Name', { required: true });
		const kind = String(item.raw<unknown>('tagType', 'leads'));
		const tagType = TAG_TYPES[kind];
		if (!tagType) throw item.fail('Tag Type', `"${kind}" is not accounts, contacts or leads`);
		return { name, tagType };
	},
	run: async (item, { name, tagType }) => await createRecord(item, 'tags', { name, tagType }),
});
