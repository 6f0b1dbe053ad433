import type { ICredentialTestRequest, ICredentialType, INodeProperties, Icon } from 'n8n-workflow';

import { kustomerOrigin } from '../nodes/Kustomer/hosts';
import { pinnedAuthenticate } from '../nodes/shared/credentialGuard';

export class KustomerApi implements ICredentialType {
	name = 'kustomerApi';

	displayName = 'Kustomer API';

	icon: Icon = { light: 'file:../icons/kustomer.svg', dark: 'file:../icons/kustomer.dark.svg' };

	documentationUrl = 'https://developer.kustomer.com/docs/get-started/api-keys-and-roles';

	httpRequestNode = {
		name: 'Kustomer',
		docsUrl: 'https://developer.kustomer.com/api',
		apiBaseUrlPlaceholder: 'https://<org>.api.kustomerapp.com/v1/',
	};

	properties: INodeProperties[] = [
		{
			displayName: 'Organization Name',
			name: 'orgName',
			type: 'string',
			default: '',
			placeholder: 'e.g. acme',
			description: 'The subdomain you sign in at: "acme" for acme.kustomerapp.com',
			displayOptions: { show: { region: ['org'] } },
		},
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description:
				'Created in Kustomer under Settings › Security › API Keys. Roles are fixed when the key is created: give it every role the operations you use need.',
		},
		{
			displayName: 'Region',
			name: 'region',
			type: 'options',
			default: 'org',
			options: [
				{ name: 'Custom Base URL', value: 'custom' },
				{ name: 'EU (api.prod2.kustomerapp.com)', value: 'eu' },
				{ name: 'India (api.prod4.kustomerapp.com)', value: 'in' },
				{ name: 'Organization Host (Recommended)', value: 'org' },
				{ name: 'US (api.kustomerapp.com)', value: 'us' },
			],
			description:
				'The organization host routes to your region by itself; choose a regional host only if your network requires it',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: '',
			placeholder: 'e.g. https://acme.api.kustomerapp.com',
			description:
				'A Kustomer API host over https: https://<org>.api.kustomerapp.com or a regional host (api, api.prod2, api.prod4)',
			displayOptions: { show: { region: ['custom'] } },
		},
	];

	authenticate = pinnedAuthenticate('Kustomer', kustomerOrigin, (credentials, request) => {
		request.headers = {
			...request.headers,
			Authorization: `Bearer ${String(credentials.apiKey ?? '')}`,
		};
	});

	test: ICredentialTestRequest = {
		request: {
			method: 'GET',
			url: '/v1/auth/tokens/current',
		},
		rules: [
			{
				type: 'responseCode',
				properties: {
					value: 401,
					message:
						'Invalid or expired API key ("Expired token" means it has expired). Create a new key in Kustomer under Settings › Security › API Keys.',
				},
			},
			{
				type: 'responseCode',
				properties: {
					value: 403,
					message:
						'The API key is not allowed to read its own token (role org.permission.token.read or an admin role). Roles cannot be changed on an existing key: create a new key with the roles you need.',
				},
			},
		],
	};
}
