import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { recordLocator } from '../../descriptions';
import { idPath } from '../../ids';
import { simplifyCompany, simplifyPerson } from '../../simplify';

/** What differs between people (contacts) and companies (accounts); the operations are shared. */
export interface PartyConfig {
	resource: 'person' | 'company';
	plural: 'contacts' | 'accounts';
	noun: string;
	nounPlural: string;
	locatorName: string;
	locator: INodeProperties;
	customFieldsMethod: string;
	/** The other party kind, linked from this one (a person's companies, a company's people). */
	related: { plural: 'accounts' | 'contacts'; displayName: string; noun: string };
	sortOptions: string[];
	simplify: (record: IDataObject) => IDataObject;
}

export const personConfig: PartyConfig = {
	resource: 'person',
	plural: 'contacts',
	noun: 'person',
	nounPlural: 'people',
	locatorName: 'personId',
	locator: recordLocator({
		parameter: 'personId',
		label: 'Person',
		searchListMethod: 'searchPeople',
		idType: 'contacts',
		urlSegment: 'person',
		help: 'The person (a contact in the API): pick one, enter the ID (e.g. 7-contacts or 7) or paste the Nutshell URL',
	}),
	customFieldsMethod: 'getPersonCustomFields',
	related: { plural: 'accounts', displayName: 'Company IDs', noun: 'companies' },
	sortOptions: [
		'accountType',
		'accounts',
		'createdTime',
		'email',
		'industry',
		'lastContactedTime',
		'name',
		'owner',
		'phone',
		'postalCode',
		'territory',
	],
	simplify: simplifyPerson,
};

export const companyConfig: PartyConfig = {
	resource: 'company',
	plural: 'accounts',
	noun: 'company',
	nounPlural: 'companies',
	locatorName: 'companyId',
	locator: recordLocator({
		parameter: 'companyId',
		label: 'Company',
		searchListMethod: 'searchCompanies',
		idType: 'accounts',
		urlSegment: 'company',
		help: 'The company (an account in the API): pick one, enter the ID (e.g. 7-accounts or 7) or paste the Nutshell URL',
	}),
	customFieldsMethod: 'getCompanyCustomFields',
	related: { plural: 'contacts', displayName: 'Person IDs', noun: 'people' },
	sortOptions: [
		'accountType',
		'createdTime',
		'industry',
		'lastContactedTime',
		'name',
		'numberOfContacts',
		'owner',
		'phone',
		'postalCode',
		'territory',
	],
	simplify: simplifyCompany,
};

/** The record's id from the locator, normalised (`7` → `7-contacts`) and encoded as one path segment. */
export function partyIdPath(
	context: IExecuteFunctions,
	config: PartyConfig,
	itemIndex: number,
): string {
	const value = context.getNodeParameter(config.locatorName, itemIndex, '', { extractValue: true });
	return idPath(context.getNode(), value, config.plural, config.locator.displayName, itemIndex);
}
