import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { describeOperation } from '../../../shared/descriptions';
import { inputError } from '../../../shared/errors';
import type { OperationModule } from '../../../shared/router';
import { toItems } from '../../../shared/router';
import { emailSchema, parseWith } from '../../../shared/validate';
import { customFieldsField, emailField } from '../../descriptions';
import { readCustomFields } from '../../helpers';
import { createRecord, firstPage, patchAndGet } from '../../transport';
import type { PartyConfig } from './config';
import { partyAdditionalFields, partyRecord } from './fields';
import { partyPatch } from './patch';

const MATCH_PAGE = 100;

function matchFields(config: PartyConfig): INodeProperties[] {
	if (config.resource === 'person') {
		return [
			emailField(
				'Email address that identifies the person: the person with it is updated, or a new person is created with it',
			),
			{
				displayName: 'Name',
				name: 'name',
				type: 'string',
				default: '',
				placeholder: 'e.g. Ana Lima',
				description: 'Full name; required to create, optional to update',
			},
		];
	}
	return [
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
	];
}

function hostOf(value: unknown): string {
	const text = String(value ?? '')
		.trim()
		.toLowerCase();
	const host = text.includes('@')
		? (text.split('@').pop() ?? '')
		: text.replace(/^[a-z]+:\/\//, '').split(/[/?#:]/)[0];
	return host.replace(/^www\./, '');
}

/** Finds the existing record(s): people by exact email, companies by exact name or by domain. */
async function findMatches(
	this: IExecuteFunctions,
	config: PartyConfig,
	key: { email?: string; name?: string; domain?: string },
	itemIndex: number,
): Promise<IDataObject[]> {
	if (config.resource === 'person') {
		return await firstPage({ n8n: this, index: itemIndex }, '/contacts',
			'contacts',
			{ email: key.email },
			MATCH_PAGE,
		);
	}
	if (key.domain) {
		const candidates = await firstPage({ n8n: this, index: itemIndex }, '/accounts',
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
	const candidates = await firstPage({ n8n: this, index: itemIndex }, '/accounts',
		'accounts',
		{ 'filter[name]': key.name },
		MATCH_PAGE,
	);
	return candidates.filter(
		(record) =>
			String(record.name ?? '')
				.trim()
				.toLowerCase() === key.name!.toLowerCase(),
	);
}

/**
 * Create or Update: looks the record up first and updates it, creating only when nothing matches.
 * Nutshell has no idempotency key, so this is the safe way to re-run a create.
 */
export function upsertOperation(config: PartyConfig): OperationModule {
	return {
		description: describeOperation(config.resource, 'upsert', [
			...matchFields(config),
			partyAdditionalFields(config),
			customFieldsField(config.customFieldsMethod),
		]),
		async execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
			const node = this.getNode();
			const name = String(this.getNodeParameter('name', itemIndex, '')).trim();
			const fields = {
				...(this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject),
			};
			const key: { email?: string; name?: string; domain?: string } = {};
			// Defaults that only make sense for a new record (not added to a match).
			const createOnly: IDataObject = {};
			if (config.resource === 'person') {
				key.email = parseWith(
					node,
					emailSchema,
					String(this.getNodeParameter('email', itemIndex, '')),
					'Email',
					itemIndex,
				);
				fields.emails = [key.email, fields.emails].filter(Boolean).join(',');
			} else {
				if (!name) throw inputError(node, 'Name', 'is empty', itemIndex);
				key.name = name;
				if (this.getNodeParameter('matchBy', itemIndex, 'name') === 'domain') {
					key.domain = hostOf(this.getNodeParameter('domain', itemIndex, ''));
					if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(key.domain))
						throw inputError(node, 'Domain', 'is not a domain such as acme.com', itemIndex);
					if (!fields.urls) createOnly.urls = `https://${key.domain}`;
				}
			}
			// Validate everything before the first request.
			const record = partyRecord(
				this,
				config,
				name || key.email || '',
				{ ...fields, ...createOnly },
				itemIndex,
			);
			const customFields = await readCustomFields.call(this, config.plural, itemIndex);
			const matches = await findMatches.call(this, config, key, itemIndex);
			if (matches.length === 0) {
				if (customFields) record.customFields = customFields;
				return toItems(await createRecord({ n8n: this, index: itemIndex }, config.plural, record), itemIndex);
			}
			const existing = matches[0];
			const patch = partyPatch(
				this,
				config,
				{ ...fields, name: config.resource === 'person' ? name : undefined },
				itemIndex,
				existing,
			);
			patch.customFields(customFields);
			const id = encodeURIComponent(String(existing.id));
			if (patch.operations.length === 0) return toItems(existing, itemIndex);
			return toItems(
				await patchAndGet({ n8n: this, index: itemIndex }, config.plural, id, patch.operations),
				itemIndex,
			);
		},
	};
}
