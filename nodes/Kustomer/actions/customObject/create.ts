import { defineOperation } from '../../../shared/kit';
import { customAttributesField } from '../../custom';
import { klassField, outputOptions } from '../../descriptions';
import { shapeOf } from '../../output';
import { sendRecord } from '../common';
import { klassPath, objectBody, objectFields } from './fields';

export const create = defineOperation('create', {
	name: 'Create',
	action: 'Create a custom object',
	description: 'Create a custom object (KObject) of a Klass, optionally for a customer or company',
	fields: [
		klassField,
		{
			displayName: 'Title',
			name: 'title',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. Order #4417',
		},
		objectFields('additionalFields'),
		customAttributesField(),
		outputOptions(),
	],
	input: async (item) => {
		const path = klassPath(item);
		const title = item.string('title', 'Title', { required: true });
		const body = { title, ...(await objectBody(item, 'additionalFields')) };
		return { path, body, shape: shapeOf(item, 'record') };
	},
	run: async (item, { path, body, shape }) => shape(await sendRecord(item, 'POST', path, body)),
});
