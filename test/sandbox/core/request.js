'use strict';

// Turns a Node IncomingMessage into the plain request object that the log,
// fault matchers and route handlers see.

function parseQuery(rawQuery) {
	const query = {};
	for (const [key, value] of new URLSearchParams(rawQuery)) {
		if (!Object.prototype.hasOwnProperty.call(query, key)) query[key] = value;
		else if (Array.isArray(query[key])) query[key].push(value);
		else query[key] = [query[key], value];
	}
	return query;
}

function readBuffer(nodeReq) {
	return new Promise((resolve, reject) => {
		const chunks = [];
		nodeReq.on('data', (c) => chunks.push(c));
		nodeReq.on('end', () => resolve(Buffer.concat(chunks)));
		nodeReq.on('error', reject);
		nodeReq.on('aborted', () => reject(new Error('request aborted by client')));
	});
}

async function readRequest(nodeReq) {
	const target = nodeReq.url || '/';
	const hash = target.indexOf('#');
	const noHash = hash === -1 ? target : target.slice(0, hash);
	const q = noHash.indexOf('?');
	const path = q === -1 ? noHash : noHash.slice(0, q);
	const rawQuery = q === -1 ? '' : noHash.slice(q + 1);
	const buffer = await readBuffer(nodeReq);
	const rawBody = buffer.toString('utf8');
	let body;
	let jsonError;
	if (rawBody.length > 0) {
		try {
			body = JSON.parse(rawBody);
		} catch (err) {
			jsonError = err.message;
		}
	}
	return {
		method: nodeReq.method,
		url: target,
		path, // raw (still percent-encoded) path, without the query
		rawQuery,
		query: parseQuery(rawQuery),
		headers: { ...nodeReq.headers }, // Node lower-cases header names
		rawBody,
		buffer,
		body, // parsed JSON, or undefined when empty or not JSON
		jsonError, // set when a non-empty body is not valid JSON
		params: {},
	};
}

module.exports = { readRequest, parseQuery };
