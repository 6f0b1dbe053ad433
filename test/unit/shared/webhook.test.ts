import { hmacSha256Hex, randomSecret, rememberId, safeEqual } from '../../../nodes/shared/webhook';

describe('webhook helpers', () => {
	it('computes the hex HMAC-SHA256 of a raw body', () => {
		// Known value: HMAC-SHA256("key", "The quick brown fox jumps over the lazy dog").
		expect(hmacSha256Hex('key', 'The quick brown fox jumps over the lazy dog')).toBe(
			'f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8',
		);
	});

	it('compares secrets in constant time and refuses missing or different-length values', () => {
		expect(safeEqual('abc', 'abc')).toBe(true);
		expect(safeEqual('abc', 'abd')).toBe(false);
		expect(safeEqual('abc', 'abcd')).toBe(false);
		expect(safeEqual('abc', undefined)).toBe(false);
		expect(safeEqual(undefined, undefined)).toBe(false);
		expect(safeEqual('', '')).toBe(false);
	});

	it('makes long random secrets', () => {
		const a = randomSecret();
		expect(a).toMatch(/^[0-9a-f]{64}$/);
		expect(randomSecret()).not.toBe(a);
	});

	it('remembers a bounded number of recent ids', () => {
		let recent: string[] = [];
		for (let index = 0; index < 5; index++) recent = rememberId(recent, `e${index}`, 3).recent;
		expect(recent).toEqual(['e2', 'e3', 'e4']);
		expect(rememberId(recent, 'e3', 3).duplicate).toBe(true);
		expect(rememberId(recent, 'e0', 3).duplicate).toBe(false);
	});
});
