import type { ICredentialTestRequest, ICredentialType, INodeProperties, Icon } from 'n8n-workflow';

import { gladlyOrigin } from '../nodes/Gladly/hosts';
import { pinnedAuthenticate } from '../nodes/shared/credentialGuard';

export class GladlyApi implements ICredentialType {
	name = 'gladlyApi';

	displayName = 'Gladly API';

	icon: Icon = { light: 'file:../icons/gladly.svg', dark: 'file:../icons/gladly.dark.svg' };

	documentationUrl =
		'https://developer.gladly.com/rest/#section/Getting-Started/Creating-API-Tokens';

	httpRequestNode = {
		name: 'Gladly',
		docsUrl: 'https://developer.gladly.com/rest/',
		apiBaseUrlPlaceholder: 'https://<organization>.gladly.com/api/v1/',
	};

	properties: INodeProperties[] = [
		{
			displayName: 'Organization Slug',
			name: 'organization',
			type: 'string',
			default: '',
			placeholder: 'e.g. acme',
			description:
				'The first part of your Gladly address: "acme" for acme.gladly.com. A pasted address such as https://acme.us-1.gladly.com keeps its region.',
		},
		{
			displayName: 'Agent Email',
			name: 'email',
			type: 'string',
			placeholder: 'name@email.com',
			default: '',
			required: true,
			description:
				'Email of the Gladly user who owns the token; the user needs the API User permission',
		},
		{
			displayName: 'API Token',
			name: 'apiToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'Created in Gladly under More settings › API Tokens › Create Token (shown once)',
		},
		{
			displayName: 'Environment',
			name: 'environment',
			type: 'options',
			default: 'production',
			options: [
				{ name: 'Production (gladly.com)', value: 'production' },
				{ name: 'Sandbox (gladly.qa)', value: 'sandbox' },
			],
		},
		{
			displayName: 'Base URL (Advanced)',
			name: 'baseUrl',
			type: 'string',
			default: '',
			placeholder: 'e.g. https://acme.us-1.gladly.com',
			description:
				'Only for hosts the slug cannot express, such as regional hosts: a Gladly API host over https (https://<org>.gladly.com, https://<org>.us-1.gladly.com, https://<org>.gladly.qa, https://<org>.us-uat.gladly.qa). Overrides the slug and environment.',
		},
	];

	authenticate = pinnedAuthenticate('Gladly', gladlyOrigin, (credentials, request) => {
		request.auth = {
			username: String(credentials.email ?? ''),
			password: String(credentials.apiToken ?? ''),
		};
	});

	test: ICredentialTestRequest = {
		request: {
			method: 'GET',
			url: '/api/v1/organization',
		},
		rules: [
			{
				type: 'responseCode',
				properties: {
					value: 401,
					message:
						'Wrong agent email or API token. Tokens belong to one user and one environment (production or sandbox).',
				},
			},
			{
				type: 'responseCode',
				properties: {
					value: 403,
					message: 'The user lacks the API User permission (Gladly: Settings › Users › API User).',
				},
			},
			{
				type: 'responseCode',
				properties: {
					value: 404,
					message:
						'No Gladly organization at this address: check the organization slug and environment.',
				},
			},
		],
	};
}
