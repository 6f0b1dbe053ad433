'use strict';
// Signs a request the way Gladly signs calls to a Lookup Adaptor, written independently of the node's
// verifier from Gladly's description (https://help.gladly.com/developer-tutorials/docs/request-signing)
// so a test that signs here and verifies there checks two implementations against each other. Used by
// the jest tests, the end-to-end suite and the benchmark. Plain JavaScript: it needs Node's crypto.
const crypto = require('node:crypto');

const sha256 = (data) => crypto.createHash('sha256').update(data).digest('hex');
const hmac = (key, data) => crypto.createHmac('sha256', key).update(data);

/** `YYYYMMDDTHHMMSSZ` for a Date or epoch ms. */
function gladlyTime(at = Date.now()) {
	return new Date(at)
		.toISOString()
		.replace(/[-:]/g, '')
		.replace(/\.\d{3}/, '');
}

/**
 * Headers Gladly sends for `body` (a string, sent byte for byte) to `url`, signed with `key`:
 * content-type, accept, gladly-correlation-id, x-b3-traceid, gladly-time, gladly-authorization,
 * plus `extraHeaders` (e.g. authorization for Basic auth), all of them signed.
 * `options.time` fixes Gladly-Time; `options.signedHeaders` lists the names to sign (default: all).
 */
function signedHeaders(
	key,
	{ method = 'POST', url, body = '', extraHeaders = {}, time, signedHeaders: names } = {},
) {
	const parsed = new URL(url);
	const stamp = time || gladlyTime();
	const correlation = crypto.randomBytes(16).toString('base64url');
	const headers = {
		accept: 'application/json',
		'content-type': 'application/json',
		'gladly-correlation-id': correlation,
		'gladly-time': stamp,
		'x-b3-traceid': Buffer.from(correlation, 'base64url').toString('hex'),
	};
	for (const [name, value] of Object.entries(extraHeaders)) headers[name.toLowerCase()] = value;
	const signed = (names || Object.keys(headers)).map((n) => n.toLowerCase()).sort();
	const query = [...parsed.searchParams].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
	const queryLine = new URLSearchParams(query).toString();
	const canonical = [
		method,
		parsed.pathname,
		queryLine,
		...signed.map((n) => `${n}:${String(headers[n]).trim()}`),
		'',
		signed.join(';'),
		sha256(Buffer.from(body, 'utf8')),
	].join('\n');
	const signingKey = hmac(Buffer.from(key, 'utf8'), stamp.slice(0, 8)).digest();
	const signature = hmac(signingKey, `hmac-sha256\n${stamp}\n${sha256(canonical)}`).digest('hex');
	headers['gladly-authorization'] =
		`SigningAlgorithm=hmac-sha256, SignedHeaders=${signed.join(';')}, Signature=${signature}`;
	return headers;
}

/** Gladly's three lookup bodies (compact JSON, keys sorted, as Gladly's Go encoder writes them). */
const lookupBodies = {
	autoLink: (email, name = 'Ana Lima') =>
		JSON.stringify({
			lookupLevel: 'BASIC',
			query: { emails: [email], id: 'Br1zuiBMTA-daPVl50x45w', name },
			uniqueMatchRequired: false,
		}),
	basicSearch: (email) =>
		JSON.stringify({ lookupLevel: 'BASIC', query: { email }, uniqueMatchRequired: false }),
	detailed: (externalCustomerId, email, name = 'Ana Lima') =>
		JSON.stringify({
			lookupLevel: 'DETAILED',
			query: {
				emails: [email],
				externalCustomerId,
				id: 'Br1zuiBMTA-daPVl50x45w',
				name,
				phones: ['+15013299800'],
			},
			uniqueMatchRequired: true,
		}),
};

module.exports = { gladlyTime, signedHeaders, lookupBodies };
