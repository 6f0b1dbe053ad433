import { pinToOrigin } from '../../../nodes/shared/credentialGuard';

const ORIGIN = 'https://acme.api.kustomerapp.com';

describe('pinToOrigin (runs inside every credential authenticate)', () => {
	it('gives relative requests the credential origin and disables redirects', () => {
		const pinned = pinToOrigin({ url: '/v1/customers' }, ORIGIN, 'Kustomer');
		expect(pinned.baseURL).toBe(ORIGIN);
		expect(pinned.disableFollowRedirect).toBe(true);
		expect((pinned as unknown as Record<string, unknown>).followRedirect).toBe(false);
	});

	it('keeps a baseURL on the same origin (HTTP Request node with a path prefix)', () => {
		const pinned = pinToOrigin({ baseURL: `${ORIGIN}/v1`, url: 'customers' }, ORIGIN, 'Kustomer');
		expect(pinned.baseURL).toBe(`${ORIGIN}/v1`);
	});

	it.each([
		[{ url: 'https://evil.com/v1/customers' }],
		[{ url: '//evil.com/v1/customers' }],
		[{ url: 'https://acme.api.kustomerapp.com.evil.com/v1' }],
		[{ url: 'https://acme.api.kustomerapp.com@evil.com/v1' }],
		[{ url: '/v1/customers', baseURL: 'https://evil.com' }],
		[{ url: '', uri: 'https://evil.com/v1/customers' }],
	])('refuses %p: the key would leave the origin', (request) => {
		expect(() => pinToOrigin(request as never, ORIGIN, 'Kustomer')).toThrow(
			/Kustomer credentials can only be sent to https:\/\/acme\.api\.kustomerapp\.com/,
		);
	});

	it('accepts the legacy uri form on the origin', () => {
		const pinned = pinToOrigin({ url: '', uri: `${ORIGIN}/v1/customers` } as never, ORIGIN, 'Kustomer');
		expect(pinned.baseURL).toBeUndefined();
	});
});
