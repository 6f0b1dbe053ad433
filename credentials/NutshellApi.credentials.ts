import type { ICredentialTestRequest, ICredentialType, INodeProperties, Icon } from 'n8n-workflow';

import { nutshellOrigin } from '../nodes/Nutshell/hosts';
import { pinnedAuthenticate } from '../nodes/shared/credentialGuard';

export class NutshellApi implements ICredentialType {
	name = 'nutshellApi';

	displayName = 'Nutshell API';

	icon: Icon = { light: 'file:../icons/nutshell.svg', dark: 'file:../icons/nutshell.dark.svg' };

	documentationUrl = 'https://developers.nutshell.com/docs/getting-started';

	httpRequestNode = {
		name: 'Nutshell',
		docsUrl: 'https://developers.nutshell.com/',
		apiBaseUrlPlaceholder: 'https://app.nutshell.com/rest/',
	};

	properties: INodeProperties[] = [
		{
			displayName: 'Username (Email)',
			name: 'username',
			type: 'string',
			placeholder: 'name@email.com',
			default: '',
			required: true,
			description: 'Email address of a Nutshell user (the primary one, if the user has several)',
		},
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'Created in Nutshell under Setup › API Keys; give it API access',
		},
		{
			displayName: 'Base URL (Advanced)',
			name: 'baseUrl',
			type: 'string',
			default: '',
			placeholder: 'https://app.nutshell.com',
			description:
				'Leave empty for https://app.nutshell.com. Only Nutshell API hosts over https are accepted (https://app.nutshell.com, or a numbered host such as https://app01.nutshell.com).',
		},
	];

	authenticate = pinnedAuthenticate('Nutshell', nutshellOrigin, (credentials, request) => {
		request.auth = {
			username: String(credentials.username ?? ''),
			password: String(credentials.apiKey ?? ''),
		};
	});

	test: ICredentialTestRequest = {
		request: {
			method: 'GET',
			url: '/rest/users',
			qs: { 'page[limit]': 1 },
		},
		rules: [
			{
				type: 'responseCode',
				properties: {
					value: 401,
					message:
						'Nutshell refused the credentials: check the email and API key (the key needs API access).',
				},
			},
		],
	};
}
