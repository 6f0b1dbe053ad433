import type { IDataObject } from 'n8n-workflow';

import { defineOperation } from '../../../shared/kit';
import type { Item } from '../../../shared/kit';
import { checkCustomFields, readCustomFieldEntries } from '../../helpers';
import { COMPANY, MATCH_PAGE, partyRecord, partyUpsertFields, upsertParty } from '../../party';
import { firstPage } from '../../transport';

function hostOf(value: unknown): string {
	const text = String(value ?? '')
		.trim()
		.toLowerCase();
	const host = text.includes('@')
		? (text.split('@').pop() ?? '')
		: text.replace(/^[a-z]+:\/\//, '').split(/[/?#:]/)[0];
	return host.replace(/^www\./, '');
}

/**
 * The companies with exactly this name (case-insensitive), or whose website or email uses the
 * domain.
 */
async function findMatches(
	item: Item,
	key: { name: string; domain?: string },
): Promise<IDataObject[]> {
	if (key.domain) {
		const candidates = await firstPage(
			item,
			'/accounts',
			'accounts',
			{ q: key.domain },
			MATCH_PAGE,
		);
		return candidates.filter((record) =>
			[...((record.urls ?? []) as IDataObject[]), ...((record.emails ?? []) as IDataObject[])].some(
				(entry) => hostOf(entry?.value ?? entry) === key.domain,
			),
		);
	}
	const query = { 'filter[name]': key.name };
	const candidates = await firstPage(item, '/accounts', 'accounts', query, MATCH_PAGE);
	const name = key.name.toLowerCase();
	return candidates.filter(
		(record) =>
			String(record.name ?? '')
				.trim()
				.toLowerCase() === name,
	);
}

/**
 * Create or Update by name or domain: looks the company up first and updates it, creating only when
 * nothing matches. Nutshell has no idempotency key, so this is the safe way to re-run a create.
 */
export const upsert = defineOperation('upsert', {
	name: 'Create or Update',
	action: 'Create or update a company',
	description: 'Create a new record, or update the current one if it already exists (upsert)',
	fields: [
		{
			displayName: 'Match By',
			name: 'matchBy',
			type: 'options',
			default: 'name',
			options: [
				{
					name: 'Domain',
					value: 'domain',
					description: 'A company whose website or email uses this domain',
				},
				{
					name: 'Name',
					value: 'name',
					description: 'A company with exactly this name (case-insensitive)',
				},
			],
			description: 'How to find the company to update',
		},
		{
			displayName: 'Name',
			name: 'name',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. Acme Corp',
			description: 'Company name',
		},
		{
			displayName: 'Domain',
			name: 'domain',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. acme.com',
			description: 'Web domain of the company',
			displayOptions: { show: { matchBy: ['domain'] } },
		},
		...partyUpsertFields(COMPANY),
	],
	input: (item) => {
		const name = item.string('name', 'Name', { required: true });
		const fields = item.collection('additionalFields');
		// A website only for a new record (not added to a match).
		const createOnly: IDataObject = {};
		let domain: string | undefined;
		if (item.raw<unknown>('matchBy', 'name') === 'domain') {
			domain = hostOf(item.raw('domain', ''));
			if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(domain))
				throw item.fail('Domain', 'is not a domain such as acme.com');
			if (!fields.urls) createOnly.urls = `https://${domain}`;
		}
		// Everything is checked before the first request.
		const record = partyRecord(item, COMPANY, name, { ...fields, ...createOnly });
		const customFields = readCustomFieldEntries(item);
		return { key: { name, domain }, name, fields, record, customFields };
	},
	run: async (item, input) => {
		const customFields = await checkCustomFields(item, COMPANY.plural, input.customFields);
		const matches = await findMatches(item, input.key);
		return await upsertParty(item, COMPANY, input, customFields, matches);
	},
});
