import type { ICredentialType, INodeProperties, Icon } from 'n8n-workflow';

/**
 * What Gladly sends to a Lookup Adaptor, checked on every incoming request by the Gladly Lookup
 * Trigger. Nothing here is ever sent anywhere: the credential authenticates requests Gladly makes
 * to n8n, so it has no `authenticate` and is tested locally by the trigger (`testedBy`).
 */
export class GladlyLookupApi implements ICredentialType {
	name = 'gladlyLookupApi';

	displayName = 'Gladly Lookup Adaptor API';

	icon: Icon = { light: 'file:../icons/gladly.svg', dark: 'file:../icons/gladly.dark.svg' };

	documentationUrl = 'https://help.gladly.com/developer-tutorials/docs/request-signing';

	properties: INodeProperties[] = [
		{
			displayName: 'Signing Key',
			name: 'signingSecret',
			type: 'string',
			typeOptions: { password: true },
			required: true,
			default: '',
			description:
				"The Signing Key entered in Gladly's app settings (Settings › App Developer Tools › Apps › your Custom app). Use a random value of at least 16 characters; every request must carry a valid Gladly-Authorization signature made with it.",
		},
		{
			displayName: 'Basic Auth User',
			name: 'basicAuthUser',
			type: 'string',
			default: '',
			description:
				"Optional: the Username set in the app's settings. When a user or password is set here, requests must carry that Basic auth too.",
		},
		{
			displayName: 'Basic Auth Password',
			name: 'basicAuthPassword',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description: "Optional: the Password set in the app's settings",
		},
		{
			displayName: 'Header Name',
			name: 'headerName',
			type: 'string',
			default: '',
			placeholder: 'X-API-Key',
			description:
				"Optional: a header added under HTTP Headers in the app's settings. When set, requests must carry it with the value below.",
		},
		{
			displayName: 'Header Value',
			name: 'headerSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description: 'The value of that header',
		},
	];
}
