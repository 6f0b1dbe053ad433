import { createHmac, randomBytes, timingSafeEqual } from 'crypto';

/** Constant-time string comparison; false for missing values or different lengths. */
export function safeEqual(expected: string | undefined, actual: string | undefined): boolean {
	if (!expected || !actual) return false;
	const a = Buffer.from(expected, 'utf8');
	const b = Buffer.from(actual, 'utf8');
	if (a.length !== b.length) {
		timingSafeEqual(a, a);
		return false;
	}
	return timingSafeEqual(a, b);
}

export function hmacSha256Hex(secret: string, payload: Buffer | string): string {
	return createHmac('sha256', secret).update(payload).digest('hex');
}

export function randomSecret(bytes = 32): string {
	return randomBytes(bytes).toString('hex');
}

/**
 * A bounded list of recently seen ids, kept in static data for de-duplication: only the newest
 * `max` survive, so static data stays small however long the workflow runs.
 */
export function rememberId(
	recent: string[],
	id: string,
	max = 200,
): { duplicate: boolean; recent: string[] } {
	if (recent.includes(id)) return { duplicate: true, recent };
	const next = [...recent, id];
	return { duplicate: false, recent: next.length > max ? next.slice(next.length - max) : next };
}
