/** The kinds of record the change log reports on. */
export const ENTITY_TYPES = ['accounts', 'activities', 'contacts', 'emails', 'leads', 'notes'];

export const entityOptions = [
	{ name: 'Activity', value: 'activities' },
	{ name: 'Company', value: 'accounts' },
	{ name: 'Email', value: 'emails' },
	{ name: 'Lead', value: 'leads' },
	{ name: 'Note', value: 'notes' },
	{ name: 'Person', value: 'contacts' },
];
