'use strict';

const { Readable } = require('node:stream');

// A normalized response is { status, headers (lower-cased names), body: Buffer | undefined, stream }.

function lowerKeys(headers) {
	const out = {};
	for (const [k, v] of Object.entries(headers || {})) if (v !== undefined) out[k.toLowerCase()] = v;
	return out;
}

function normalize(result) {
	if (!result || typeof result !== 'object') {
		throw new TypeError('route handler must return { status, headers?, body?, stream? }');
	}
	const status = result.status === undefined ? 200 : result.status;
	if (!Number.isInteger(status) || status < 100 || status > 599)
		throw new TypeError(`invalid status ${status}`);
	const headers = lowerKeys(result.headers);
	let body;
	if (result.stream !== undefined) {
		return { status, headers, body: undefined, stream: result.stream };
	}
	if (Buffer.isBuffer(result.body)) {
		body = result.body;
		if (!headers['content-type']) headers['content-type'] = 'application/octet-stream';
	} else if (typeof result.body === 'string') {
		body = Buffer.from(result.body, 'utf8');
		if (!headers['content-type']) headers['content-type'] = 'text/plain; charset=utf-8';
	} else if (result.body !== undefined) {
		body = Buffer.from(JSON.stringify(result.body), 'utf8');
		if (!headers['content-type']) headers['content-type'] = 'application/json; charset=utf-8';
	}
	return { status, headers, body, stream: undefined };
}

// Keeps the first half of the body; Content-Length matches what is sent.
function truncate(response) {
	if (!response.body) return response;
	return { ...response, body: response.body.subarray(0, Math.floor(response.body.length / 2)) };
}

function toReadable(stream) {
	if (stream instanceof Readable) return stream;
	if (stream && typeof stream[Symbol.asyncIterator] === 'function')
		return Readable.from(stream, { objectMode: false });
	if (stream && typeof stream[Symbol.iterator] === 'function')
		return Readable.from(stream, { objectMode: false });
	throw new TypeError('stream must be a Readable or an (async) iterable of strings/Buffers');
}

function send(res, response) {
	return new Promise((resolve) => {
		res.on('close', resolve);
		if (res.destroyed) return resolve();
		const headers = { ...response.headers };
		if (response.stream === undefined) {
			headers['content-length'] = response.body ? response.body.length : 0;
			res.writeHead(response.status, headers);
			res.end(response.body);
			return;
		}
		res.writeHead(response.status, headers);
		const readable = toReadable(response.stream);
		readable.on('error', () => res.destroy());
		readable.pipe(res);
	});
}

const REASONS = {
	500: 'Internal Server Error',
	502: 'Bad Gateway',
	503: 'Service Unavailable',
	504: 'Gateway Timeout',
};

function htmlPage(status) {
	const title = `${status} ${REASONS[status] || 'Error'}`;
	return {
		status,
		headers: { 'content-type': 'text/html; charset=utf-8' },
		body: Buffer.from(
			`<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n` +
				'<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n',
		),
		stream: undefined,
	};
}

// Writes part of a response straight to the socket, then kills the connection.
// stage 'none': nothing written; 'headers': status line and part of the header
// block; 'body': full headers (Content-Length of the whole body) and half the body.
// rst: true sends a TCP RST instead of a FIN.
function breakConnection(socket, response, { stage = 'headers', rst = false } = {}) {
	const kill = () => {
		if (rst && typeof socket.resetAndDestroy === 'function') socket.resetAndDestroy();
		else socket.destroy();
	};
	if (stage === 'none' || socket.destroyed) return kill();
	const status = (response && response.status) || 200;
	// An empty body would make a 'body'-stage break look like a complete response.
	const body =
		response && response.body && response.body.length > 1
			? response.body
			: Buffer.from('{"data":[{"id":"1"},{"id":"2"}]}');
	const head =
		`HTTP/1.1 ${status} ${status === 200 ? 'OK' : 'Status'}\r\n` +
		`Content-Type: ${(response && response.headers['content-type']) || 'application/json'}\r\n` +
		`Content-Length: ${body.length}\r\n`;
	const bytes =
		stage === 'body'
			? Buffer.concat([Buffer.from(head + '\r\n'), body.subarray(0, Math.floor(body.length / 2))])
			: Buffer.from(head.slice(0, head.length - 6));
	socket.write(bytes, kill);
}

module.exports = { normalize, truncate, send, htmlPage, breakConnection, lowerKeys };
