'use strict';
// A loopback HTTP server standing in for n8n's webhook endpoint in trigger tests: each request is
// handed to `handle({ method, path, query, headers, rawBody, body })`, whose `{ status, body }` is
// sent back. Plain JavaScript because it needs Node's http module (TypeScript tests may not).
const http = require('node:http');

async function startReceiver(handle) {
	const server = http.createServer((req, res) => {
		const chunks = [];
		req.on('data', (chunk) => chunks.push(chunk));
		req.on('end', async () => {
			const rawBody = Buffer.concat(chunks);
			let body = {};
			try {
				body = rawBody.length ? JSON.parse(rawBody.toString('utf8')) : {};
			} catch {
				body = {};
			}
			const url = new URL(req.url, 'http://127.0.0.1');
			try {
				const out = await handle({
					method: req.method,
					path: url.pathname,
					query: Object.fromEntries(url.searchParams),
					headers: req.headers,
					rawBody,
					body,
				});
				res.writeHead(out.status, { 'content-type': 'application/json' });
				res.end(JSON.stringify(out.body === undefined ? {} : out.body));
			} catch (error) {
				res.writeHead(500, { 'content-type': 'application/json' });
				res.end(JSON.stringify({ message: String(error && error.message) }));
			}
		});
	});
	await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address();
	return {
		url: `http://127.0.0.1:${port}`,
		close: () =>
			new Promise((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
}

module.exports = { startReceiver };
