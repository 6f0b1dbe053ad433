import {
	backoffMs,
	classifyNetworkError,
	describeWait,
	retryAfterMs,
	waitFromNumber,
} from '../../../nodes/shared/retry';

describe('retry helpers', () => {
	it('reads Retry-After in seconds and as an HTTP date', () => {
		expect(retryAfterMs({ 'retry-after': '3' })).toBe(3000);
		const now = Date.parse('2026-01-01T00:00:00Z');
		expect(retryAfterMs({ 'retry-after': 'Thu, 01 Jan 2026 00:00:10 GMT' }, now)).toBe(10_000);
		expect(retryAfterMs({})).toBeUndefined();
		expect(retryAfterMs({ 'retry-after': 'soon' })).toBeUndefined();
	});

	it('gives no wait for 0, blank, negative or past values (the caller applies its minimum back-off)', () => {
		const now = Date.parse('2026-01-01T00:00:00Z');
		for (const value of ['0', ' ', '', '-3', '-0.5', 'Wed, 31 Dec 2025 23:59:00 GMT'])
			expect(retryAfterMs({ 'retry-after': value }, now)).toBeUndefined();
	});

	it('reads large numbers as epoch seconds or epoch milliseconds, not as seconds to wait', () => {
		const now = Date.parse('2026-01-01T00:00:00Z');
		expect(waitFromNumber(now + 5_000, now)).toBe(5_000);
		expect(waitFromNumber(now / 1000 + 5, now)).toBe(5_000);
		expect(waitFromNumber(59, now)).toBe(59_000);
		expect(retryAfterMs({ 'retry-after': String(now + 3_000) }, now)).toBe(3_000);
		expect(retryAfterMs({ 'retry-after': String(now / 1000 + 3) }, now)).toBe(3_000);
	});

	it('names waits for people', () => {
		expect(describeWait(3 * 86_400_000)).toBe('3 days');
		expect(describeWait(3_600_000)).toBe('60 min');
		expect(describeWait(90_000)).toBe('90 s');
	});

	it('backs off exponentially with jitter and a ceiling', () => {
		expect(backoffMs(1, () => 0)).toBe(250);
		expect(backoffMs(1, () => 1)).toBe(500);
		expect(backoffMs(3, () => 1)).toBe(2000);
		expect(backoffMs(30, () => 1)).toBe(30_000);
	});

	it('tells requests that never reached the server from ambiguous failures', () => {
		expect(
			classifyNetworkError({ code: 'ECONNREFUSED', message: 'connect ECONNREFUSED' }).kind,
		).toBe('not-sent');
		expect(classifyNetworkError({ code: 'ECONNRESET', message: 'socket hang up' }).kind).toBe(
			'ambiguous',
		);
		expect(
			classifyNetworkError({ code: 'ECONNABORTED', message: 'timeout of 30000ms exceeded' }).kind,
		).toBe('ambiguous');
		expect(classifyNetworkError({ message: 'socket hang up' }).kind).toBe('ambiguous');
		expect(classifyNetworkError({ cause: { code: 'ECONNREFUSED' }, message: 'x' }).kind).toBe(
			'not-sent',
		);
		expect(classifyNetworkError({ message: 'self-signed certificate' }).kind).toBe('other');
	});
});
