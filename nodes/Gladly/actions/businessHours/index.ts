import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

import { inputError } from '../../../shared/errors';
import { toItems } from '../../../shared/router';
import { jsonObjectParameter, stringParameter } from '../../../shared/validate';
import { idField, idParam, operation } from '../../descriptions';
import { gladlyRequest, idFromLocation } from '../../transport';
import { listOperation, resourceModule } from '../common';

const hoursField = idField('businessHoursId', 'Business Hours ID', 'The ID of the business hours configuration');

const block = z.object({ start: z.string().regex(/^([01]?\d|2[0-3]):[0-5]\d$/, 'must be HH:MM'), stop: z.string().regex(/^([01]?\d|2[0-3]):[0-5]\d$/, 'must be HH:MM') });
const officeHoursSchema = z
	.object({
		timezone: z.string().min(1, 'is required (IANA, e.g. America/Los_Angeles)'),
		monday: z.array(block).optional(),
		tuesday: z.array(block).optional(),
		wednesday: z.array(block).optional(),
		thursday: z.array(block).optional(),
		friday: z.array(block).optional(),
		saturday: z.array(block).optional(),
		sunday: z.array(block).optional(),
		exceptions: z.array(z.record(z.unknown())).optional(),
	})
	.passthrough();

const EXAMPLE = '{"timezone": "America/Los_Angeles", "monday": [{"start": "09:00", "stop": "17:00"}]}';

const fields = (): INodeProperties[] => [
	{ displayName: 'Name', name: 'name', type: 'string', default: '', required: true, description: 'Up to 200 characters' },
	{
		displayName: 'Office Hours',
		name: 'officeHours',
		type: 'json',
		default: EXAMPLE,
		required: true,
		description: 'Timezone, schedule blocks per weekday ("HH:MM" start and stop) and optional exceptions, as JSON',
	},
	{ displayName: 'Primary', name: 'primary', type: 'boolean', default: false, description: 'Whether this is the primary configuration of the organization' },
];

function hoursBody(context: IExecuteFunctions, itemIndex: number): IDataObject {
	const name = stringParameter(context, 'name', itemIndex);
	if (name.length > 200) throw inputError(context.getNode(), 'Name', 'must be at most 200 characters', itemIndex);
	const officeHours = jsonObjectParameter(context, 'officeHours', itemIndex, officeHoursSchema as unknown as z.ZodType<IDataObject>);
	if (!officeHours) throw inputError(context.getNode(), 'Office Hours', `is empty; e.g. ${EXAMPLE}`, itemIndex);
	return { name, primary: context.getNodeParameter('primary', itemIndex, false) as boolean, officeHours };
}

const create = operation('businessHours', 'create', fields(), async function (itemIndex) {
	const response = await gladlyRequest.call(this, 'POST', '/business-hours', { body: hoursBody(this, itemIndex), itemIndex });
	const body = response.body as IDataObject | undefined;
	if (body && body.id) return toItems(body, itemIndex);
	const id = idFromLocation(response.headers);
	return toItems(id ? ((await gladlyRequest.call(this, 'GET', `/business-hours/${encodeURIComponent(id)}`, { itemIndex })).body as IDataObject) : { created: true }, itemIndex);
});

const get = operation('businessHours', 'get', [hoursField], async function (itemIndex) {
	const id = idParam(this, 'businessHoursId', itemIndex);
	return toItems((await gladlyRequest.call(this, 'GET', `/business-hours/${id}`, { itemIndex })).body as IDataObject, itemIndex);
});

const update = operation(
	'businessHours',
	'update',
	[
		hoursField,
		...fields(),
		{
			displayName: 'Version',
			name: 'version',
			type: 'number',
			default: 0,
			typeOptions: { minValue: 0 },
			description: 'The version you read (optimistic locking: a newer version on Gladly fails with 409). 0 reads the current version first and overwrites.',
		},
	],
	async function (itemIndex) {
		const id = idParam(this, 'businessHoursId', itemIndex);
		const body = hoursBody(this, itemIndex);
		let version = Number(this.getNodeParameter('version', itemIndex, 0));
		if (!version) version = Number(((await gladlyRequest.call(this, 'GET', `/business-hours/${id}`, { itemIndex })).body as IDataObject).version);
		const response = await gladlyRequest.call(this, 'PUT', `/business-hours/${id}`, { body: { version, ...body }, itemIndex });
		const result = response.body as IDataObject | undefined;
		return toItems(result && result.id ? result : ((await gladlyRequest.call(this, 'GET', `/business-hours/${id}`, { itemIndex })).body as IDataObject), itemIndex);
	},
);

const remove = operation('businessHours', 'delete', [hoursField], async function (itemIndex) {
	const id = idParam(this, 'businessHoursId', itemIndex);
	await gladlyRequest.call(this, 'DELETE', `/business-hours/${id}`, { itemIndex });
	return toItems({ deleted: true, id: decodeURIComponent(id) }, itemIndex);
});

export const businessHours = resourceModule('businessHours', { create, delete: remove, get, getMany: listOperation('businessHours', '/business-hours'), update }, [
	{ name: 'Create', value: 'create', action: 'Create business hours', description: 'Create a business hours configuration' },
	{ name: 'Delete', value: 'delete', action: 'Delete business hours', description: 'Delete a configuration (not the primary one)' },
	{ name: 'Get', value: 'get', action: 'Get business hours', description: 'Retrieve a configuration by ID' },
	{ name: 'Get Many', value: 'getMany', action: 'Get many business hours', description: 'Retrieve every configuration of the organization' },
	{ name: 'Update', value: 'update', action: 'Update business hours', description: 'Replace a configuration, checking its version' },
]);
