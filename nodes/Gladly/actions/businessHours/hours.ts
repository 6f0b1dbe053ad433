/** Fields, body and ID of a business hours configuration (Create and Update). */
import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

import type { Item } from '../../../shared/kit';
import { parseWith, readJson, requiredText } from '../../../shared/validate';
import { idField } from '../../fields';

export const hoursField = idField(
	'businessHoursId',
	'Business Hours ID',
	'The ID of the business hours configuration',
);

const time = z.string().regex(/^([01]?\d|2[0-3]):[0-5]\d$/, 'must be HH:MM');
const block = z.object({ start: time, stop: time });
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

const EXAMPLE =
	'{"timezone": "America/Los_Angeles", "monday": [{"start": "09:00", "stop": "17:00"}]}';

export const hoursFields = (): INodeProperties[] => [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		required: true,
		description: 'Up to 200 characters',
	},
	{
		displayName: 'Office Hours',
		name: 'officeHours',
		type: 'json',
		default: EXAMPLE,
		required: true,
		description:
			'Timezone, schedule blocks per weekday ("HH:MM" start and stop) and optional exceptions, ' +
			'as JSON',
	},
	{
		displayName: 'Primary',
		name: 'primary',
		type: 'boolean',
		default: false,
		description: 'Whether this is the primary configuration of the organization',
	},
];

export function hoursBody(item: Item): IDataObject {
	const name = item.parse('name', 'name', requiredText);
	if (name.length > 200) throw item.fail('Name', 'must be at most 200 characters');
	const json = readJson(item.node, item.raw('officeHours', ''), 'officeHours', item.index);
	if (json === undefined || json === null)
		throw item.fail('Office Hours', `is empty; e.g. ${EXAMPLE}`);
	const officeHours = parseWith(
		item.node,
		officeHoursSchema,
		json,
		'officeHours',
		item.index,
	) as IDataObject;
	return { name, primary: item.boolean('primary', false), officeHours };
}
