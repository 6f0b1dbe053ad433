import { mock } from 'jest-mock-extended';
import type { INode } from 'n8n-workflow';
import { z } from 'zod';

import { idSegment } from '../../../nodes/shared/ids';
import {
	e164Schema,
	emailSchema,
	isoDateSchema,
	parseWith,
	phoneSchema,
	readJson,
} from '../../../nodes/shared/validate';

const node = mock<INode>({ name: 'Test', type: 'test', typeVersion: 1 });

describe('input validation', () => {
	it('names the parameter, the problem and the item', () => {
		expect(() => parseWith(node, emailSchema, 'not-an-email', 'Email', 2)).toThrow(
			"Parameter 'Email' is invalid: must be a valid email address [item 2]",
		);
		expect(() => parseWith(node, e164Schema, '0155 555', 'Phone', 0)).toThrow(/E\.164/);
		expect(() => parseWith(node, isoDateSchema, '31/01/2026', 'Start Date', 1)).toThrow(
			/ISO 8601 .*\[item 1\]/,
		);
		expect(parseWith(node, isoDateSchema, '2026-01-31T09:00:00Z', 'Start Date', 1)).toBe(
			'2026-01-31T09:00:00Z',
		);
	});

	it('reports nested paths of structured JSON', () => {
		const schema = z.object({ custom: z.record(z.union([z.string(), z.number(), z.boolean()])) });
		expect(() =>
			parseWith(node, schema, { custom: { tierStr: ['gold'] } }, 'Custom Attributes', 0),
		).toThrow(/Parameter 'Custom Attributes' is invalid: custom\.tierStr: /);
	});

	it('parses JSON text, passes objects from expressions through, and refuses malformed JSON', () => {
		expect(readJson(node, '{"a":1}', 'Body', 0)).toEqual({ a: 1 });
		expect(readJson(node, { a: 1 }, 'Body', 0)).toEqual({ a: 1 });
		expect(readJson(node, '', 'Body', 0)).toBeUndefined();
		expect(() => readJson(node, '{a:1}', 'Body', 4)).toThrow(
			/Parameter 'Body' is not valid JSON .*\[item 4\]/,
		);
	});

	it('encodes ids as one path segment and refuses ids that would change the path', () => {
		expect(idSegment(node, 'a/b?c#d', 'Customer ID', 0)).toBe('a%2Fb%3Fc%23d');
		expect(idSegment(node, 42, 'Customer ID', 0)).toBe('42');
		expect(() => idSegment(node, '..', 'Customer ID', 1)).toThrow(
			`Parameter 'Customer ID' cannot be ".." [item 1]`,
		);
		expect(() => idSegment(node, ' ', 'Customer ID', 1)).toThrow(
			`Parameter 'Customer ID' is empty [item 1]`,
		);
		expect(() => idSegment(node, ['a'], 'Customer ID', 1)).toThrow(/single ID/);
	});
});

describe('phone numbers', () => {
	it.each(['+1 415 555 0100', '(415) 555-0100', '+44 20 7946 0958 ext. 12', '555.0100x3'])(
		'accepts %p',
		(phone) => {
			expect(parseWith(node, phoneSchema, phone, 'Phones', 0)).toBe(phone);
		},
	);
	it.each(['call me maybe', '12', '+1 415 555 0100; drop table', ''])(
		'refuses %p naming the parameter',
		(phone) => {
			expect(() => parseWith(node, phoneSchema, phone, 'Phones', 3)).toThrow(
				/^Parameter 'Phones' is invalid: must be a phone number.*\[item 3\]$/,
			);
		},
	);
});
