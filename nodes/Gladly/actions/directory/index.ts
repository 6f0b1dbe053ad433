import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { inputError } from '../../../shared/errors';
import { toItems } from '../../../shared/router';
import { idField, idParam, operation } from '../../descriptions';
import { gladlyRequest } from '../../transport';
import { getOperation, listOperation, resourceModule } from '../common';

const withOptions = (label: string, method: string): INodeProperties =>
	idField(`${label.toLowerCase()}Id`, `${label} Name or ID`, `The ${label.toLowerCase()}. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.`, {
		type: 'options',
		typeOptions: { loadOptionsMethod: method },
		placeholder: undefined,
	});

const getMany = (what: string) => ({ name: 'Get Many', value: 'getMany', action: `Get many ${what}s`, description: `Retrieve every ${what} of the organization` });
const getOne = (what: string) => ({ name: 'Get', value: 'get', action: `Get ${/^[aeiou]/.test(what) ? 'an' : 'a'} ${what}`, description: `Retrieve ${/^[aeiou]/.test(what) ? 'an' : 'a'} ${what} by ID` });

export const agent = resourceModule('agent', { get: getOperation('agent', '/agents', 'Agent', withOptions('Agent', 'getAgents')), getMany: listOperation('agent', '/agents') }, [getOne('agent'), getMany('agent')]);
export const team = resourceModule('team', { get: getOperation('team', '/teams', 'Team', withOptions('Team', 'getTeams')), getMany: listOperation('team', '/teams') }, [getOne('team'), getMany('team')]);
export const inbox = resourceModule('inbox', { get: getOperation('inbox', '/inboxes', 'Inbox', withOptions('Inbox', 'getInboxes')), getMany: listOperation('inbox', '/inboxes') }, [getOne('inbox'), getMany('inbox')]);

/** Gladly has no single-audience endpoint: Get reads the list and picks the audience. */
const getAudience = operation('audience', 'get', [withOptions('Audience', 'getAudiences')], async function (itemIndex) {
	const id = decodeURIComponent(idParam(this, 'audienceId', itemIndex));
	const response = await gladlyRequest.call(this, 'GET', '/audiences', { itemIndex });
	const found = ((Array.isArray(response.body) ? response.body : []) as IDataObject[]).find((record) => record.id === id);
	if (!found) throw inputError(this.getNode(), 'Audience Name or ID', `matches no audience (${id})`, itemIndex);
	return toItems(found, itemIndex);
});
export const audience = resourceModule('audience', { get: getAudience, getMany: listOperation('audience', '/audiences') }, [getOne('audience'), getMany('audience')]);

const getOrganization = operation('organization', 'get', [], async function (itemIndex) {
	return toItems((await gladlyRequest.call(this, 'GET', '/organization', { itemIndex })).body as IDataObject, itemIndex);
});
export const organization = resourceModule('organization', { get: getOrganization }, [
	{ name: 'Get', value: 'get', action: 'Get the organization', description: 'Retrieve the organization: its ID (needed for public answers), name and timezone' },
]);
