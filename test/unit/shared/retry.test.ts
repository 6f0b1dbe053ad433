import { backoffMs, classifyNetworkError, retryAfterMs } from '../../../nodes/shared/retry';

describe('retry helpers', () => {
	it('reads Retry-After in seconds and as an HTTP date', () => {
		expect(retryAfterMs({ 'retry-after': '3' })).toBe(3000);
		expect(retryAfterMs({ 'retry-after': '0' })).toBe(0);
		const now = Date.parse('2026-01-01T00:00:00Z');
		expect(retryAfterMs({ 'retry-after': 'Thu, 01 Jan 2026 00:00:10 GMT' }, now)).toBe(10_000);
		expect(retryAfterMs({})).toBeUndefined();
		expect(retryAfterMs({ 'retry-after': 'soon' })).toBeUndefined();
	});

	it('backs off exponentially with jitter and a ceiling', () => {
		expect(backoffMs(1, () => 0)).toBe(250);
		expect(backoffMs(1, () => 1)).toBe(500);
		expect(backoffMs(3, () => 1)).toBe(2000);
		expect(backoffMs(30, () => 1)).toBe(30_000);
	});

	it('tells requests that never reached the server from ambiguous failures', () => {
		expect(classifyNetworkError({ code: 'ECONNREFUSED', message: 'connect ECONNREFUSED' }).kind).toBe('not-sent');
		expect(classifyNetworkError({ code: 'ECONNRESET', message: 'socket hang up' }).kind).toBe('ambiguous');
		expect(classifyNetworkError({ code: 'ECONNABORTED', message: 'timeout of 30000ms exceeded' }).kind).toBe('ambiguous');
		expect(classifyNetworkError({ message: 'socket hang up' }).kind).toBe('ambiguous');
		expect(classifyNetworkError({ cause: { code: 'ECONNREFUSED' }, message: 'x' }).kind).toBe('not-sent');
		expect(classifyNetworkError({ message: 'self-signed certificate' }).kind).toBe('other');
	});
});
