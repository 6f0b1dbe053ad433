import { pinToOrigin } from '../../../nodes/shared/credentialGuard';

const ORIGIN = 'https://acme.api.kustomerapp.com';
const pin = (request: Record<string, unknown>) => pinToOrigin(request as never, ORIGIN, 'Kustomer');

describe('pinToOrigin (runs inside every credential authenticate)', () => {
	it('gives relative requests the credential origin and disables redirects', () => {
		const pinned = pin({ url: '/v1/customers' }) as unknown as Record<string, unknown>;
		expect(pinned.baseURL).toBe(ORIGIN);
		expect(pinned.disableFollowRedirect).toBe(true);
		expect(pinned.followRedirect).toBe(false);
		expect(pinned.followAllRedirects).toBe(false);
		expect(pinned.sendCredentialsOnCrossOriginRedirect).toBe(false);
	});

	it('keeps a baseURL on the same origin (HTTP Request node with a path prefix)', () => {
		expect(pin({ baseURL: `${ORIGIN}/v1`, url: 'customers' }).baseURL).toBe(`${ORIGIN}/v1`);
	});

	it('accepts the legacy uri form on the origin, and equal url and uri (pagination sets both)', () => {
		expect(pin({ uri: `${ORIGIN}/v1/customers` }).baseURL).toBe(ORIGIN);
		expect(() =>
			pin({ uri: `${ORIGIN}/v1/customers?page=2`, url: `${ORIGIN}/v1/customers?page=2` }),
		).not.toThrow();
		expect(() =>
			pin({
				uri: `${ORIGIN}/v1/customers`,
				rejectUnauthorized: true,
				followRedirect: true,
				proxy: undefined,
			}),
		).not.toThrow();
	});

	it.each([
		[{ url: 'https://evil.com/v1/customers' }, 'url'],
		[{ url: '//evil.com/v1/customers' }, 'url'],
		[{ url: 'https://acme.api.kustomerapp.com.evil.com/v1' }, 'url'],
		[{ url: 'https://acme.api.kustomerapp.com@evil.com/v1' }, 'url'],
		[{ url: '/v1/customers', baseURL: 'https://evil.com' }, 'baseURL'],
		[{ url: '', uri: 'https://evil.com/v1/customers' }, 'uri'],
		[{ uri: '\thttp://evil.com/page2' }, 'uri'],
		[{ uri: 'ht\ttp://evil.com/page2' }, 'uri'],
		[{ uri: '\u0000https://evil.com/' }, 'uri'],
		[{ url: '/v1/x', uri: '/v1/y' }, 'disagree'],
		[{ url: `${ORIGIN}/v1/x`, uri: 'https://evil.com/' }, 'uri'],
		[{ url: 'https://evil.com/', uri: `${ORIGIN}/v1/x` }, 'url'],
		[{ url: 42 }, 'not a URL string'],
	])('refuses %p, naming %p', (request, name) => {
		expect(() => pin(request)).toThrow(new RegExp(`Kustomer credentials .*${name}`));
	});

	it.each([
		[{ proxy: 'http://127.0.0.1:9' }, 'proxy'],
		[{ proxy: { host: '127.0.0.1', port: 9 } }, 'proxy'],
		[{ rejectUnauthorized: false }, 'rejectUnauthorized'],
		[{ strictSSL: false }, 'strictSSL'],
		[{ skipSslCertificateValidation: true }, 'skipSslCertificateValidation'],
		[{ skipSslCertificateValidation: 'true' }, 'skipSslCertificateValidation'],
		[{ httpsAgent: {} }, 'httpsAgent'],
		[{ agentOptions: { ca: 'PEM' } }, 'agentOptions.ca'],
		[{ agentOptions: { rejectUnauthorized: false } }, 'agentOptions.rejectUnauthorized'],
		[
			{ agentOptions: { checkServerIdentity: () => undefined } },
			'agentOptions.checkServerIdentity',
		],
		[{ ca: 'PEM' }, 'ca'],
		[{ pfx: 'PFX' }, 'pfx'],
	])('refuses the option %p, naming %p', (options, name) => {
		expect(() => pin({ url: '/v1/customers', ...options })).toThrow(
			`refused the request option "${name}"`,
		);
	});
});
