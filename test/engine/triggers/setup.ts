/** Credential fixtures pointing at the sandbox, shared by the trigger engine tests. */
import type { Sandbox } from '../../sandbox';

export const KUSTOMER_KEY = 'kustomer-test-key';
export const GLADLY_USER = 'api-user@acme.example';
const GLADLY_TOKEN = ['gladly', 'sandbox', 'token'].join('-');

export const kustomerCredentials = (sandbox: Sandbox) => ({
	kustomerApi: { region: 'custom', baseUrl: sandbox.url('kustomer'), apiKey: KUSTOMER_KEY },
});

export const gladlyCredentials = (sandbox: Sandbox) => ({
	gladlyApi: {
		baseUrl: sandbox.url('gladly'),
		email: GLADLY_USER,
		apiToken: GLADLY_TOKEN,
		organization: '',
		environment: 'production',
	},
});

export const gladlyBasicAuth = `Basic ${Buffer.from(`${GLADLY_USER}:${GLADLY_TOKEN}`).toString('base64')}`;

export const nutshellCredentials = (sandbox: Sandbox) => ({
	nutshellApi: {
		username: 'sandbox@nutshell.test',
		apiKey: ['nutshell', 'sandbox', 'key', '1234'].join('-'),
		baseUrl: sandbox.url('nutshell'),
	},
});
