/**
 * Forged webhook deliveries: the behaviour (401, no execution, for a missing or wrong secret or
 * signature) is run through the real trigger nodes in test/engine/triggers/{gladlyTrigger,
 * kustomerTrigger,nutshellWebhookTrigger}.test.ts. This file adds the matrix's last cell: every
 * comparison of a secret is constant-time (the shared safeEqual, built on crypto.timingSafeEqual).
 */
import { readSource } from './sources';

const TRIGGERS = ['nodes/GladlyTrigger/GladlyTrigger.node.ts', 'nodes/KustomerTrigger/KustomerTrigger.node.ts', 'nodes/NutshellWebhookTrigger/NutshellWebhookTrigger.node.ts'];

describe('secret comparison of webhook triggers', () => {
	it('safeEqual is built on crypto.timingSafeEqual (its behaviour: test/unit/shared/webhook.test.ts)', () => {
		expect(readSource('nodes/shared/webhook.ts')).toMatch(/timingSafeEqual\(a, b\)/);
	});

	it.each(TRIGGERS)('%s checks deliveries with safeEqual and never with ===', (file) => {
		const source = readSource(file);
		expect(source).toMatch(/safeEqual\(/);
		expect(source).not.toMatch(/(secret|signature|token)\w*\s*[!=]==?\s*\w|\w\s*[!=]==?\s*\w*(secret|signature|token)\b/i);
	});
});
