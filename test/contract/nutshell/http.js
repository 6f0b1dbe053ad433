'use strict';
// Plain HTTP for the in-process contract sweep (TypeScript tests may not import Node built-ins).
const http = require('node:http');
const { directUrlFor } = require('../../sandbox');

function send({ method, url, headers, body }) {
	return new Promise((resolve, reject) => {
		const req = http.request(directUrlFor(url) ?? url, { method, headers }, (res) => {
			const chunks = [];
			res.on('data', (chunk) => chunks.push(chunk));
			res.on('end', () =>
				resolve({
					statusCode: res.statusCode,
					headers: res.headers,
					body: Buffer.concat(chunks).toString('utf8'),
				}),
			);
		});
		req.on('error', reject);
		if (body !== undefined) req.write(body);
		req.end();
	});
}

module.exports = { send };
