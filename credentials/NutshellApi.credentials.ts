import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestOptions,
	INodeProperties,
	Icon,
} from 'n8n-workflow';

import { nutshellOrigin } from '../nodes/Nutshell/hosts';
import { pinToOrigin } from '../nodes/shared/credentialGuard';

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
			description: 'Leave empty for https://app.nutshell.com. Another *.nutshell.com host over https, or http://127.0.0.1:<port> for a local test server.',
		},
	];

	authenticate = async (
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> => {
		const origin = nutshellOrigin(credentials);
		if (!origin.ok) throw new Error(origin.message);
		const pinned = pinToOrigin(requestOptions, origin.value, 'Nutshell');
		pinned.auth = { username: String(credentials.username ?? ''), password: String(credentials.apiKey ?? '') };
		return pinned;
	};

	test: ICredentialTestRequest = {
		request: {
			method: 'GET',
			url: '/rest/users',
			qs: { 'page[limit]': 1 },
		},
		rules: [
			{
				type: 'responseCode',
				properties: { value: 401, message: 'Nutshell refused the credentials: check the email and API key (the key needs API access).' },
			},
		],
	};
}
