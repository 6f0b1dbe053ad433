import { defineOperation } from '../../../shared/kit';
import { nameField } from '../../reference';
import { createRecord } from '../../transport';

const CHANNELS = [
	'No Channel',
	'Organic Search',
	'Paid Search',
	'Organic Social',
	'Paid Social',
	'Email',
	'Referrer',
	'Traditional',
	'Direct to Website',
];

export const create = defineOperation('create', {
	name: 'Create',
	action: 'Create a source',
	description: 'Create a new source',
	fields: [
		nameField('source'),
		{
			displayName: 'Channel',
			name: 'channel',
			type: 'options',
			default: 0,
			options: CHANNELS.map((name, value) => ({ name, value })).sort((a, b) =>
				a.name.localeCompare(b.name),
			),
			description: 'Marketing channel of the source',
		},
	],
	input: (item) => {
		const name = item.string('name', 'Name', { required: true });
		const channel = Number(item.raw<unknown>('channel', 0));
		if (!Number.isInteger(channel) || channel < 0 || channel > 8)
			throw item.fail('Channel', 'must be a number from 0 to 8');
		return { name, channel };
	},
	run: async (item, { name, channel }) => await createRecord(item, 'sources', { name, channel }),
});
