import { csvRecords, csvRows, forEachJsonLine } from '../../../nodes/Gladly/parsers';
import {
	errorEntries,
	idFromLocation,
	isLimited,
	parseGladlyError,
} from '../../../nodes/Gladly/transport';

describe('Gladly parsers', () => {
	it('parses CSV: BOM, quotes, doubled quotes, commas, CRLF and embedded newlines', () => {
		const text = '\ufeffa,b,c\r\n1,"x, y","say ""hi"""\r\n2,"line\nbreak",\r\n';
		expect(csvRows(text)).toEqual([
			['a', 'b', 'c'],
			['1', 'x, y', 'say "hi"'],
			['2', 'line\nbreak', ''],
		]);
		expect(csvRecords(text)[0]).toEqual({ a: '1', b: 'x, y', c: 'say "hi"' });
		expect(csvRecords('')).toEqual([]);
	});

	it('reads JSON Lines from bytes, skips blank lines, stops at the limit and reports a bad line', () => {
		const seen: unknown[] = [];
		expect(
			forEachJsonLine(
				Buffer.from('\ufeff{"a":1}\n\n{"a":2}\n{"a":3}'),
				(record) => seen.push(record) < 2,
			),
		).toBeUndefined();
		expect(seen).toEqual([{ a: 1 }, { a: 2 }]);
		expect(forEachJsonLine(Buffer.from('{"a":1}\n{oops\n'), () => true)).toBe(
			'line 2 is not valid JSON',
		);
	});
});

describe('Gladly transport helpers', () => {
	it('reads both error shapes', () => {
		expect(errorEntries({ errors: [{ attr: 'a', code: 'blank' }] })).toEqual([
			{ attr: 'a', code: 'blank' },
		]);
		expect(errorEntries({ errors: { code: 'not_exist', detail: 'gone' } })).toEqual([
			{ code: 'not_exist', detail: 'gone' },
		]);
		expect(errorEntries('<html>')).toEqual([]);
	});

	it('formats "attr: code: detail" and adds hints', () => {
		const info = parseGladlyError(
			{
				statusCode: 400,
				headers: {},
				body: { errors: [{ attr: 'emails.0.original', code: 'blank' }] },
			},
			{ method: 'POST', path: '/api/v1/customer-profiles' },
		);
		expect(info).toEqual({
			message: 'emails.0.original: blank',
			hint: expect.stringMatching(/required value was empty/),
			code: 'blank',
		});
		const forbidden = parseGladlyError(
			{ statusCode: 403, headers: {}, body: '' },
			{ method: 'POST', path: '/api/v1/reports' },
		);
		expect(forbidden.hint).toMatch(/Administrator/);
		const taken = parseGladlyError(
			{
				statusCode: 409,
				headers: {},
				body: { errors: [{ attr: 'name', code: 'taken', meta: { id: 'T1' } }] },
			},
			{ method: 'POST', path: '/api/v1/topics' },
		);
		expect(taken.hint).toMatch(/the existing record is T1/);
	});

	it('reads the id from Location and the truncation flag', () => {
		expect(idFromLocation({ location: '/api/v1/customer-profiles/abc%2Fd' })).toBe('abc/d');
		expect(idFromLocation({ location: 'https://acme.gladly.com/api/v1/tasks/t1?x=1' })).toBe('t1');
		expect(idFromLocation({})).toBeUndefined();
		expect(isLimited({ 'gladly-limited-data': 'true' })).toBe(true);
		expect(isLimited({ 'gladly-limited-data': 'false' })).toBe(false);
		expect(isLimited({})).toBe(false);
	});
});
