import { defineResource } from '../../../shared/kit';
import { create } from './create';
import { remove } from './delete';
import { disable } from './disable';
import { enable } from './enable';
import { get } from './get';
import { getMany } from './getMany';
import { update } from './update';

export const webhook = defineResource('webhook', {
	name: 'Webhook',
	description: 'Webhooks that send Gladly events to a URL',
	operations: [create, remove, disable, enable, get, getMany, update],
});
