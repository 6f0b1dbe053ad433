import { defineResource } from '../../../shared/kit';
import { byEmail } from './byEmail';
import { byText } from './byText';

export const search = defineResource('search', {
	name: 'Search',
	description: 'Find any lead, person or company',
	operations: [byEmail, byText],
	defaultOperation: 'byText',
});
