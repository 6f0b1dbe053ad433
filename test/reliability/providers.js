'use strict';

// Sandbox providers for the reliability matrix: the real provider modules (test/sandbox/<app>/index.js
// with its extensions),
// each with two extra faults (inject them with `passToHandler: true`): `repeatPage`, the route answers with
// the response it gave last time (the previous page, with the previous cursor: the "page that repeats the
// previous page's cursor" cell), and `echoAuth`, a 400 whose message echoes the Authorization header (a
// careless provider or proxy). Nothing else about the provider changes.
const { loadProvider } = require('../sandbox/core/sandbox');

function withRepeatPage(name) {
	const base = loadProvider(name);
	return {
		...base,
		create(env) {
			const instance = base.create(env);
			const last = new Map();
			instance.routes = instance.routes.map((route) => {
				const [method, pattern, handler, ...rest] = route;
				const key = `${method} ${pattern}`;
				const wrapped = async (req, ctx) => {
					if (ctx.fault && ctx.fault.fault === 'repeatPage' && last.has(key))
						return { ...last.get(key) };
					if (ctx.fault && ctx.fault.fault === 'echoAuth') {
						return {
							status: 400,
							body: {
								error: `rejected Authorization header: ${req.headers.authorization}`,
								message: `rejected Authorization header: ${req.headers.authorization}`,
							},
						};
					}
					const response = await handler(req, ctx);
					if (method === 'GET' && response && !response.stream) last.set(key, response);
					return response;
				};
				return [method, pattern, wrapped, ...rest];
			});
			const reset = instance.reset;
			instance.reset = (...args) => {
				last.clear();
				return reset.apply(instance, args);
			};
			return instance;
		},
	};
}

/** Secret strings of one credential fixture, in every form they could leak in (raw, Basic, base64). */
function secretForms(user, secret) {
	const forms = [secret, Buffer.from(secret).toString('base64')];
	if (user) forms.push(Buffer.from(`${user}:${secret}`).toString('base64'));
	return forms;
}

/** JSON of anything, cycles and all own properties of errors included (message, stack, description…). */
function serialise(value) {
	const seen = new WeakSet();
	return JSON.stringify(value, function replacer(_key, current) {
		if (typeof current === 'bigint') return String(current);
		if (Buffer.isBuffer(current)) return current.toString('utf8');
		if (current && typeof current === 'object') {
			if (seen.has(current)) return '[cycle]';
			seen.add(current);
			if (current instanceof Error) {
				const out = {};
				for (const name of Object.getOwnPropertyNames(current)) out[name] = current[name];
				for (const name of Object.keys(current)) out[name] = current[name];
				return out;
			}
		}
		return current;
	});
}

module.exports = { withRepeatPage, secretForms, serialise };
