import { mock } from 'jest-mock-extended';
import type { INode } from 'n8n-workflow';

import { plainText, providerError } from '../../../nodes/shared/errors';
import type { ProviderProfile } from '../../../nodes/shared/types';

const node = mock<INode>({ name: 'Test', type: 'test', typeVersion: 1 });
const profile: ProviderProfile = {
	app: 'Example',
	credentialType: 'exampleApi',
	resolveOrigin: () => ({ ok: true, value: 'https://example.test' }),
	parseError: (response) => ({
		message: plainText(response.body),
		hint: response.statusCode === 401 ? 'Check the key.' : undefined,
	}),
};

describe('error shaping', () => {
	it('reduces an HTML error page to its title', () => {
		expect(
			plainText(
				'<!DOCTYPE html><html><head><title>An Error Occurred: Not Found</title></head><body><h1>Oops</h1></body></html>',
			),
		).toBe('An Error Occurred: Not Found');
	});

	it('names the app, status, provider message and item, with the provider hint', () => {
		const error = providerError(
			node,
			profile,
			{ statusCode: 401, headers: {}, body: 'bad key' },
			{ method: 'GET', path: '/x' },
			3,
		);
		expect(error.message).toBe('Example answered 401: bad key [item 3]');
		expect(error.description).toBe('Check the key.');
		expect(error.httpCode).toBe('401');
		expect(error.context.itemIndex).toBe(3);
	});

	it('falls back to a status hint and never carries the request', () => {
		const error = providerError(
			node,
			profile,
			{ statusCode: 503, headers: { authorization: 'Bearer secret-key' }, body: '' },
			{ method: 'GET', path: '/x' },
		);
		expect(error.message).toBe('Example answered 503: no details');
		expect(error.description).toMatch(/retried where it was safe/);
		expect(JSON.stringify(error)).not.toContain('secret-key');
	});
});
