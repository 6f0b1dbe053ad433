/**
 * Gladly's request signing for Lookup Adaptors: the three published test vectors reproduced exactly
 * (intermediate values too), then every way a request can differ from what was signed.
 */
import { createHash } from 'crypto';

import {
	canonicalRequest,
	parseAuthorization,
	parseGladlyTime,
	pathAndQueryForms,
	sha256Hex,
	signCanonical,
	signingKeyFor,
	verifyRequest,
} from '../../../nodes/GladlyLookupTrigger/signature';
import type { SignedRequest } from '../../../nodes/GladlyLookupTrigger/signature';
import vectorsFile from '../../fixtures/gladly-lookup/signing-vectors.json';
import { gladlyTime, signedHeaders } from '../../harness/gladly-sign';

interface Vector {
	name: string;
	key: string;
	wrongKey?: string;
	method: string;
	url: string;
	headers: Record<string, string>;
	signedHeaders: string;
	body: string;
	bodyHash?: string;
	canonicalHash?: string;
	signingKey?: string;
	signature: string;
}

const vectors = vectorsFile.vectors as Vector[];

function requestOf(vector: Vector, changes: Partial<SignedRequest> = {}): SignedRequest {
	const url = new URL(vector.url);
	return {
		method: vector.method,
		path: url.pathname,
		rawQuery: url.search.slice(1),
		headers: { ...vector.headers },
		body: Buffer.from(vector.body, 'utf8'),
		...changes,
	};
}

function authorization(
	vector: Vector,
	signedHeadersList = vector.signedHeaders,
	signature = vector.signature,
): string {
	return `SigningAlgorithm=hmac-sha256, SignedHeaders=${signedHeadersList}, Signature=${signature}`;
}

/** The request with its Gladly-Authorization header, verified at a moment within the window. */
function verify(
	vector: Vector,
	changes: Partial<SignedRequest> = {},
	options: { key?: string; now?: number; auth?: string } = {},
) {
	const request = requestOf(vector, changes);
	request.headers = {
		...request.headers,
		'gladly-authorization': options.auth ?? authorization(vector),
	};
	const signedAt = parseGladlyTime(vector.headers['gladly-time']) as number;
	return verifyRequest(request, {
		key: options.key ?? vector.key,
		paths: [request.path],
		now: options.now ?? signedAt + 60_000,
	});
}

describe.each(vectors)('$name', (vector) => {
	it('reproduces the published intermediate values and the signature exactly', () => {
		const request = requestOf(vector);
		expect(sha256Hex(request.body)).toBe(vector.bodyHash ?? sha256Hex(request.body));
		const canonical = canonicalRequest(request, vector.signedHeaders, request.path, '') as string;
		if (vector.canonicalHash)
			expect(createHash('sha256').update(canonical).digest('hex')).toBe(vector.canonicalHash);
		if (vector.signingKey)
			expect(signingKeyFor(vector.key, vector.headers['gladly-time']).toString('hex')).toBe(
				vector.signingKey,
			);
		expect(signCanonical(vector.key, vector.headers['gladly-time'], canonical)).toBe(
			vector.signature,
		);
		expect(verify(vector)).toEqual({ ok: true });
	});

	it('refuses another key', () => {
		expect(verify(vector, {}, { key: vector.wrongKey ?? 'test-apikey-2' })).toEqual({
			ok: false,
			reason: 'bad-signature',
		});
	});

	it('refuses a body with one byte changed, or with whitespace added', () => {
		const body = Buffer.from(vector.body, 'utf8');
		for (const at of [0, Math.floor(body.length / 2), body.length - 1]) {
			const altered = Buffer.from(body);
			altered[at] ^= 0x01;
			expect(verify(vector, { body: altered })).toEqual({ ok: false, reason: 'bad-signature' });
		}
		expect(verify(vector, { body: Buffer.from(`${vector.body}\n`) })).toEqual({
			ok: false,
			reason: 'bad-signature',
		});
		expect(
			verify(vector, { body: Buffer.from(JSON.stringify(JSON.parse(vector.body), null, 1)) }),
		).toEqual({ ok: false, reason: 'bad-signature' });
	});

	it('refuses a request missing any signed header', () => {
		for (const name of vector.signedHeaders.split(';')) {
			const headers = { ...vector.headers };
			delete headers[name];
			expect(verify(vector, { headers })).toEqual({
				ok: false,
				reason: name === 'gladly-time' ? 'missing-time' : 'missing-signed-header',
			});
		}
	});

	it('refuses a signed header whose value changed, and a signed-header list that was reordered or shortened', () => {
		expect(
			verify(vector, {
				headers: { ...vector.headers, 'gladly-correlation-id': 'AAAAAAAAAAAAAAAAAAAAAA' },
			}),
		).toEqual({ ok: false, reason: 'bad-signature' });
		const names = vector.signedHeaders.split(';');
		const reordered = [...names].reverse().join(';');
		expect(verify(vector, {}, { auth: authorization(vector, reordered) })).toEqual({
			ok: false,
			reason: 'bad-signature',
		});
		const shortened = names.filter((n) => n !== 'gladly-correlation-id').join(';');
		expect(verify(vector, {}, { auth: authorization(vector, shortened) })).toEqual({
			ok: false,
			reason: 'bad-signature',
		});
	});

	it('refuses another method or path', () => {
		expect(verify(vector, { method: 'PUT' })).toEqual({ ok: false, reason: 'bad-signature' });
		const request = requestOf(vector);
		request.headers['gladly-authorization'] = authorization(vector);
		const now = (parseGladlyTime(vector.headers['gladly-time']) as number) + 1000;
		expect(verifyRequest(request, { key: vector.key, paths: ['/other/path'], now })).toEqual({
			ok: false,
			reason: 'bad-signature',
		});
	});

	it('refuses a stale Gladly-Time and one too far in the future (default window 300 s)', () => {
		const signedAt = parseGladlyTime(vector.headers['gladly-time']) as number;
		expect(verify(vector, {}, { now: signedAt + 300_000 })).toEqual({ ok: true });
		expect(verify(vector, {}, { now: signedAt + 301_000 })).toEqual({
			ok: false,
			reason: 'stale-time',
		});
		expect(verify(vector, {}, { now: signedAt - 301_000 })).toEqual({
			ok: false,
			reason: 'future-time',
		});
	});
});

describe('Gladly-Authorization and Gladly-Time parsing', () => {
	const [v1] = vectors;

	it('refuses a missing or malformed header, another algorithm, and a malformed or impossible time', () => {
		expect(verify(v1, {}, { auth: '' })).toEqual({ ok: false, reason: 'missing-authorization' });
		expect(verify(v1, {}, { auth: `Signature=${v1.signature}` })).toEqual({
			ok: false,
			reason: 'missing-authorization',
		});
		expect(verify(v1, {}, { auth: authorization(v1).replace('hmac-sha256', 'hmac-sha1') })).toEqual(
			{ ok: false, reason: 'unsupported-algorithm' },
		);
		expect(
			verify(v1, { headers: { ...v1.headers, 'gladly-time': '2019-02-13T21:40:16Z' } }),
		).toEqual({ ok: false, reason: 'missing-time' });
		expect(parseGladlyTime('20190230T214016Z')).toBeUndefined();
		expect(parseGladlyTime('20190213T214016Z')).toBe(Date.UTC(2019, 1, 13, 21, 40, 16));
	});

	it('accepts the parts in any order and case, and an uppercase signature', () => {
		const auth = `Signature=${v1.signature.toUpperCase()},SignedHeaders=${v1.signedHeaders} , signingalgorithm=HMAC-SHA256`;
		expect(parseAuthorization(auth)).toEqual({
			algorithm: 'HMAC-SHA256',
			signedHeaders: v1.signedHeaders,
			signature: v1.signature.toUpperCase(),
		});
		expect(verify(v1, {}, { auth })).toEqual({ ok: true });
	});

	it('refuses a signature of the right length that differs in its last character', () => {
		const last = v1.signature.slice(-1) === '0' ? '1' : '0';
		expect(
			verify(
				v1,
				{},
				{ auth: authorization(v1, v1.signedHeaders, v1.signature.slice(0, -1) + last) },
			),
		).toEqual({ ok: false, reason: 'bad-signature' });
	});
});

describe('query strings (unconfirmed by Gladly: both known forms accepted)', () => {
	const key = ['k', '0123456789abcdef'].join('-');
	const body = '{"lookupLevel":"BASIC","query":{"email":"a@b.c"},"uniqueMatchRequired":false}';
	const headers = {
		accept: 'application/json',
		'content-type': 'application/json',
		'gladly-time': gladlyTime(),
	};
	const signedList = 'accept;content-type;gladly-time';
	const rawQuery = 'tenant=b%20c&app=a';

	function signedWith(pathLine: string, queryLine: string): SignedRequest {
		const request: SignedRequest = {
			method: 'POST',
			path: '/hook',
			rawQuery,
			headers: { ...headers },
			body: Buffer.from(body),
		};
		const signature = signCanonical(
			key,
			headers['gladly-time'],
			canonicalRequest(request, signedList, pathLine, queryLine) as string,
		);
		request.headers['gladly-authorization'] =
			`SigningAlgorithm=hmac-sha256, SignedHeaders=${signedList}, Signature=${signature}`;
		return request;
	}

	it('offers the path alone with the sorted query, and path?query with the raw query', () => {
		expect(pathAndQueryForms('/hook', rawQuery)).toEqual([
			{ path: '/hook', query: 'app=a&tenant=b+c' },
			{ path: `/hook?${rawQuery}`, query: rawQuery },
		]);
		expect(pathAndQueryForms('/hook', '')).toEqual([{ path: '/hook', query: '' }]);
	});

	it("accepts Gladly's template form and its sample adaptor's form, and refuses a third", () => {
		expect(
			verifyRequest(signedWith('/hook', 'app=a&tenant=b+c'), { key, paths: ['/hook'] }),
		).toEqual({ ok: true });
		expect(
			verifyRequest(signedWith(`/hook?${rawQuery}`, rawQuery), { key, paths: ['/hook'] }),
		).toEqual({ ok: true });
		expect(verifyRequest(signedWith('/hook', ''), { key, paths: ['/hook'] })).toEqual({
			ok: false,
			reason: 'bad-signature',
		});
	});
});

describe('independent signer (used by the end-to-end client)', () => {
	it("signs what the node verifies, including Basic auth headers Gladly adds, and the node's check fails for another URL", () => {
		const key = ['an', 'independent', 'signing', 'key'].join('-');
		const body =
			'{"lookupLevel":"DETAILED","query":{"externalCustomerId":"1"},"uniqueMatchRequired":true}';
		const url = 'https://n8n.example.com/webhook/abc/lookup';
		const headers = signedHeaders(key, {
			url,
			body,
			extraHeaders: { authorization: 'Basic ZTpl', 'www-authenticate': 'Basic realm="e"' },
		});
		expect(parseAuthorization(headers['gladly-authorization'])?.signedHeaders).toBe(
			'accept;authorization;content-type;gladly-correlation-id;gladly-time;www-authenticate;x-b3-traceid',
		);
		const request: SignedRequest = {
			method: 'POST',
			path: '/webhook/abc/lookup',
			rawQuery: '',
			headers,
			body: Buffer.from(body),
		};
		expect(verifyRequest(request, { key, paths: ['/webhook/abc/lookup'] })).toEqual({ ok: true });
		expect(verifyRequest(request, { key, paths: ['/webhook/abc/other'] })).toEqual({
			ok: false,
			reason: 'bad-signature',
		});
	});
});
