import { defineOperation } from '../../../shared/kit';
import { listFields, readList, runList } from '../common';

/** Klasses (custom object types) by status: GET /v1/klasses. */
export const getMany = defineOperation('getMany', {
	name: 'Get Many',
	action: 'Get many klasses',
	description: 'Retrieve many custom object types',
	fields: listFields({
		fields: [
			{
				displayName: 'Status',
				name: 'status',
				type: 'options',
				default: 'enabled',
				options: [
					{ name: 'All', value: 'existing_only' },
					{ name: 'Disabled', value: 'disabled' },
					{ name: 'Enabled', value: 'enabled' },
				],
			},
		],
	}),
	input: (item) => {
		const status = item.string('status', 'Status', { fallback: 'enabled' });
		return readList(item, { path: '/v1/klasses', kind: 'record', qs: { status } });
	},
	run: runList,
});
