import { defineOperation } from '../../../shared/kit';
import { customerLocator, outputOptions } from '../../descriptions';
import { shapeOf } from '../../output';
import { sendRecord } from '../common';

export const merge = defineOperation('merge', {
	name: 'Merge',
	action: 'Merge two customers',
	description: 'Merge one customer into another',
	fields: [
		customerLocator({
			displayName: 'Customer to Keep',
			description: 'The customer that remains after the merge',
		}),
		customerLocator({
			name: 'sourceId',
			displayName: 'Customer to Merge',
			description: 'The customer merged into the one kept; it no longer exists afterwards',
		}),
		outputOptions(),
	],
	input: (item) => {
		const target = item.id('customerId', 'Customer to Keep').raw;
		const source = item.id('sourceId', 'Customer to Merge').raw;
		if (source === target) {
			throw item.fail('Customer to Merge', 'is the same customer as Customer to Keep');
		}
		return { body: { source, target }, shape: shapeOf(item, 'record') };
	},
	run: async (item, { body, shape }) =>
		shape(await sendRecord(item, 'POST', '/v1/customers/merges', body)),
});
