'use strict';

// Kustomer outbound webhooks (https://developer.kustomer.com/docs/webhooks) for the trigger tests:
// POST/GET/GET one/DELETE /v1/outbound-webhooks. At most 5 per org, at most 12 events each, url https
// (http only on loopback), a per-webhook `token` that signs deliveries (hex HMAC-SHA256 of the raw body).
// `ext.omitTokenOnCreate = true` makes the create response leave the token out (read it with a GET).
// `instance.outboundWebhooks.deliver(id, payload)` POSTs a signed delivery to the webhook's url.

const crypto = require('node:crypto');

const EVENTS = ['customer', 'conversation', 'message', 'user', 'team', 'tag'].flatMap((r) => [
	`kustomer.${r}.create`,
	`kustomer.${r}.update`,
]);
const MAX_WEBHOOKS = 5;
const MAX_EVENTS = 12;

const fail = (status, title, pointer) => ({
	status,
	body: {
		errors: [
			{
				status: String(status),
				code: 'invalid',
				title,
				...(pointer ? { source: { pointer } } : {}),
			},
		],
	},
});

function extend(instance) {
	const hooks = new Map();
	let seq = 0;
	const ext = { hooks, omitTokenOnCreate: false, MAX_WEBHOOKS, EVENTS };

	const resource = (hook, withToken = true) => {
		const { id, ...attributes } = hook;
		if (!withToken) delete attributes.token;
		return {
			type: 'outbound_webhook',
			id,
			attributes,
			links: { self: `/v1/outbound-webhooks/${id}` },
		};
	};

	function create(req) {
		const body = req.body;
		if (!body || typeof body !== 'object' || Array.isArray(body))
			return fail(400, 'body must be a JSON object');
		for (const key of ['name', 'url', 'events'])
			if (!body[key] || (Array.isArray(body[key]) && !body[key].length))
				return fail(400, `${key} is required`, `/${key}`);
		if (String(body.name).length > 255) return fail(400, 'name is too long', '/name');
		let url;
		try {
			url = new URL(body.url);
		} catch {
			return fail(400, 'url is invalid', '/url');
		}
		const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
		if (url.protocol !== 'https:' && !(loopback && url.protocol === 'http:'))
			return fail(400, 'url must use https', '/url');
		if (!Array.isArray(body.events) || body.events.length > MAX_EVENTS)
			return fail(400, `a webhook may subscribe to at most ${MAX_EVENTS} events`, '/events');
		for (const [i, name] of body.events.entries())
			if (!EVENTS.includes(name)) return fail(400, `unknown event ${name}`, `/events/${i}`);
		if (hooks.size >= MAX_WEBHOOKS)
			return fail(400, `organization has reached the limit of ${MAX_WEBHOOKS} outbound webhooks`);
		const now = new Date().toISOString();
		const id = `0b${(++seq).toString(16).padStart(22, '0')}`;
		const hook = {
			id,
			name: body.name,
			url: body.url,
			events: body.events,
			headers: body.headers || [],
			enabled: true,
			isError: false,
			token: crypto.randomBytes(24).toString('hex'),
			createdAt: now,
			modifiedAt: now,
			updatedAt: now,
		};
		hooks.set(id, hook);
		return { status: 201, body: { data: resource(hook, !ext.omitTokenOnCreate) } };
	}

	const notFound = () => fail(404, 'outbound webhook not found');

	ext.deliver = async (id, payload, { signature, event } = {}) => {
		const hook = hooks.get(id);
		const raw = typeof payload === 'string' ? payload : JSON.stringify(payload);
		const sig =
			signature === undefined
				? crypto.createHmac('sha256', hook.token).update(raw).digest('hex')
				: signature;
		const headers = {
			'content-type': 'application/json',
			'x-kustomer-webhook-event': event || (payload && payload.name) || '',
		};
		if (sig !== null) headers['x-kustomer-webhook-signature'] = sig;
		const response = await fetch(hook.url, { method: 'POST', headers, body: raw });
		return { status: response.status, body: await response.text() };
	};

	instance.outboundWebhooks = ext;
	instance.routes.unshift(
		[
			'GET',
			'/v1/outbound-webhooks',
			() => ({
				body: { data: [...hooks.values()].map((h) => resource(h, false)), links: { next: null } },
			}),
		],
		['POST', '/v1/outbound-webhooks', create],
		[
			'GET',
			'/v1/outbound-webhooks/:id',
			(req) =>
				hooks.has(req.params.id)
					? { body: { data: resource(hooks.get(req.params.id)) } }
					: notFound(),
		],
		[
			'DELETE',
			'/v1/outbound-webhooks/:id',
			(req) => (hooks.delete(req.params.id) ? { status: 204 } : notFound()),
		],
	);
	const reset = instance.reset.bind(instance);
	instance.reset = () => {
		reset();
		hooks.clear();
		seq = 0;
		ext.omitTokenOnCreate = false;
	};
}

module.exports = { extend };
