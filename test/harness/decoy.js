'use strict';

// A decoy listener for the credential corpus: raw TCP on 127.0.0.1, 127.0.0.2 and [::1] (same port),
// recording every connection and every byte it receives. Whatever a request would have sent (an HTTP
// request, a TLS hello, a proxy CONNECT) counts: the tests assert it received nothing.

const net = require('node:net');

async function listen(server, host, port) {
	await new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, host, () => {
			server.off('error', reject);
			resolve();
		});
	});
	return server.address().port;
}

async function startDecoy() {
	const connections = [];
	const sockets = new Set();
	const handler = (socket) => {
		const record = { remote: socket.remoteAddress, local: socket.localAddress, bytes: '' };
		connections.push(record);
		sockets.add(socket);
		// Answer at once and hang up, so a request that got here fails fast instead of hanging.
		socket.on('data', (chunk) => {
			record.bytes += chunk.toString('latin1');
			socket.end('HTTP/1.1 418 Decoy\r\ncontent-length: 0\r\nconnection: close\r\n\r\n');
		});
		socket.on('error', () => {});
		socket.on('close', () => sockets.delete(socket));
	};
	const servers = [net.createServer(handler)];
	const port = await listen(servers[0], '127.0.0.1', 0);
	for (const host of ['127.0.0.2', '::1']) {
		const server = net.createServer(handler);
		try {
			await listen(server, host, port);
			servers.push(server);
		} catch {
			// no such address here (e.g. IPv6 off): the variants that need it still must not connect
		}
	}
	return {
		port,
		host: '127.0.0.1',
		url: `http://127.0.0.1:${port}`,
		connections,
		/** Everything received, for assertions that name the leaked secret. */
		received: () => connections.map((c) => c.bytes).join('\n'),
		reset: () => connections.splice(0),
		close: async () => {
			for (const s of sockets) s.destroy();
			await Promise.all(servers.map((s) => new Promise((resolve) => s.close(() => resolve()))));
		},
	};
}

module.exports = { startDecoy };
