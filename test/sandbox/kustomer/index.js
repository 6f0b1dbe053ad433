'use strict';

// Fake Kustomer API (https://developer.kustomer.com/api). JSON:API-style envelopes out, flat JSON in.
//
// Keys (Authorization: Bearer <key>):
//   kustomer-test-key        every role
//   kustomer-expired-key     401 { errors: [{ title: 'Expired token' }] }
//   kustomer-readonly-key    read roles only; a write answers 403 naming the missing role
//   kustomer-quiet-403-key   read roles only; 403 without naming the role (the node uses its role table)
//   kustomer-read-401-key    read roles only; a write answers 401 (older Kustomer behaviour)
//   anything else            401 Unauthorized
// DELETE /v1/auth/tokens/current deletes the key in use (as Kustomer does): tests assert it never happens.
//
// Limits (scale them down in tests with sb.setRateLimit('kustomer', {...}, bucket)):
//   default  1000 requests / 60 s per org (x-ratelimit-limit / -remaining / -reset epoch seconds)
//   search   100 searches / 60 s per API key
//   creates  120 creates / 60 s per customer (conversations, messages, notes, KObjects, drafts;
//            `importedAt` lifts it except for drafts)
// Search caps: instance.config.searchMaxPages (100) and searchMaxRecords (10,000); a page past the cap
// answers 400. Search covers objects updated within instance.config.searchWindowMs (2 years);
// /v1/customers/archive/search covers the older ones. Lists: pageSize <= 100 (500 for users/teams/search).
// Request bodies over 100 KB answer 413.

const { rolesFor, READ_ROLES } = require('./roles');
const { runSearch, SearchError } = require('./search');

const KEYS = {
	'kustomer-test-key': { roles: null },
	'kustomer-expired-key': { expired: true },
	'kustomer-readonly-key': { roles: READ_ROLES, deny: 403, nameRole: true },
	'kustomer-quiet-403-key': { roles: READ_ROLES, deny: 403, nameRole: false },
	'kustomer-read-401-key': { roles: READ_ROLES, deny: 401 },
};
const TOKEN = 'kustomer-test-key';
const revoked = new Set();

const YEAR_MS = 365 * 24 * 3600 * 1000;
const DEFAULT_CONFIG = {
	searchMaxPages: 100,
	searchMaxRecords: 10_000,
	searchWindowMs: 2 * YEAR_MS,
	listMaxPages: 100,
	listMaxRecords: 10_000,
	maxBodyBytes: 100 * 1024,
	absoluteLinks: false,
	// true: attachment downloads answer 302 to the storage copy (GET /uploads/:id, no API key needed).
	attachmentRedirect: false,
};
const SUFFIX = /^[a-z][A-Za-z0-9_]*(Str|Num|At|Bool|Txt|Url)$/;
/** The channels a message may be created on (POST /v1/conversations/{id}/messages). */
const MESSAGE_CHANNELS = [
	'email',
	'sms',
	'chat',
	'facebook',
	'twitter-dm',
	'twitter-tweet',
	'voice',
	'instagram',
	'whatsapp',
];
const RELATIONS = {
	customer: ['company'],
	conversation: ['customer'],
	message: ['customer', 'conversation'],
	note: ['customer', 'conversation'],
	draft: ['customer', 'conversation'],
	kobject: ['customer', 'company'],
	company: [],
};
const TYPE_PREFIX = {
	customer: 'c1',
	conversation: 'c2',
	message: 'a1',
	note: 'b1',
	draft: 'd1',
	company: 'e1',
	klass: 'f1',
	kobject: 'f2',
	user: '01',
	team: '02',
	tag: '03',
	queue: '04',
	brand: '05',
	event: '06',
	bulk: '07',
	merge: '08',
	attachment: '09',
	tracking: '0a',
	time: '0b',
};

function apiError(status, detail, extra = {}) {
	const titles = {
		400: 'Bad Request',
		401: 'Unauthorized',
		403: 'Forbidden',
		404: 'Not Found',
		409: 'Conflict',
		413: 'Payload Too Large',
		429: 'Too Many Requests',
	};
	const codes = {
		400: 'bad_request',
		401: 'unauthorized',
		403: 'forbidden',
		404: 'not_found',
		409: 'conflict',
		413: 'payload_too_large',
		429: 'rate_limit_exceeded',
	};
	return {
		status,
		body: {
			errors: [
				{
					status: String(status),
					code: codes[status] || 'error',
					title: titles[status] || 'Error',
					detail,
					...extra,
				},
			],
		},
	};
}

const bad = (detail, pointer) => apiError(400, detail, pointer ? { source: { pointer } } : {});

function rateLimitHeaders(state) {
	return {
		'x-ratelimit-limit': String(state.limit),
		'x-ratelimit-remaining': String(state.remaining),
		'x-ratelimit-reset': String(Math.ceil(state.resetAtMs / 1000)),
	};
}

function bearer(req) {
	const m = /^Bearer (.+)$/.exec(req.headers.authorization || '');
	return m ? m[1] : undefined;
}

function authenticate(req) {
	const key = bearer(req);
	const spec = key && !revoked.has(key) ? KEYS[key] : undefined;
	if (!spec) return apiError(401, 'Invalid or missing API key');
	if (spec.expired)
		return {
			status: 401,
			body: { errors: [{ status: '401', code: 'unauthorized', title: 'Expired token' }] },
		};
	if (!spec.roles) return null;
	const needed = rolesFor(req.method === 'HEAD' ? 'GET' : req.method, req.path);
	if (!needed || needed.some((role) => spec.roles.includes(role))) return null;
	if (spec.deny === 401) return apiError(401, 'Unauthorized');
	return apiError(
		403,
		spec.nameRole ? `API key is missing required role ${needed[0]}` : 'Insufficient permissions',
	);
}

function create(env) {
	const config = { ...DEFAULT_CONFIG };
	const state = {
		records: new Map(),
		searchCache: new Map(),
		version: 0,
		seq: 0,
		sent: [],
		uploads: new Map(),
		tracking: [],
		deletedTokens: [],
	};
	let clock = () => env.now();

	const newId = (type) => {
		// Never one of the seeded ids (users, teams, tags, Klasses… share their type's prefix).
		let id;
		do id = `${TYPE_PREFIX[type] || 'ff'}${(++state.seq).toString(16).padStart(22, '0')}`;
		while (state.records.has(id));
		return id;
	};
	const iso = (ms) => new Date(ms === undefined ? clock() : ms).toISOString();
	const all = (type) => [...state.records.values()].filter((r) => r.type === type);
	const get = (type, id) => {
		const r = state.records.get(id);
		return r && r.type === type && !r.deleted ? r : undefined;
	};

	function link(path) {
		return config.absoluteLinks ? `${env.url()}${path}` : path;
	}

	function selfPath(r) {
		if (r.type === 'kobject') return `/v1/klasses/${r.rel.klass.id}/${r.id}`;
		const plural =
			{ company: 'companies', customer: 'customers', bulk: 'bulk', merge: 'customers/merges' }[
				r.type
			] || `${r.type}s`;
		return `/v1/${plural}/${r.id}`;
	}

	function resource(r) {
		const relationships = {};
		for (const [name, ref] of Object.entries(r.rel)) {
			relationships[name] = {
				links: { self: `/v1/${ref.type === 'company' ? 'companies' : `${ref.type}s`}/${ref.id}` },
				data: { type: ref.type, id: ref.id },
			};
		}
		relationships.org = {
			links: { self: '/v1/orgs/5f0000000000000000000001' },
			data: { type: 'org', id: '5f0000000000000000000001' },
		};
		return {
			type: r.type,
			id: r.id,
			attributes: { ...r.attributes },
			relationships,
			links: { self: selfPath(r) },
		};
	}

	/** Inserts a record; `rel` values are ids (or { type, id }). Returns the stored record. */
	function insert(type, attributes = {}, rel = {}, id) {
		const now = iso();
		const r = {
			type,
			id: id || newId(type),
			attributes: { createdAt: now, updatedAt: now, modifiedAt: now, ...attributes },
			rel: {},
			deleted: false,
		};
		for (const [name, value] of Object.entries(rel)) {
			if (value === undefined || value === null) continue;
			r.rel[name] = typeof value === 'object' ? value : { type: name, id: String(value) };
		}
		state.records.set(r.id, r);
		state.version++;
		return r;
	}

	function touch(r, changes, replace = false) {
		const keep = { createdAt: r.attributes.createdAt };
		r.attributes = replace ? { ...keep, ...changes } : { ...r.attributes, ...changes };
		if (changes.custom && !replace)
			r.attributes.custom = { ...(r.attributes.custom || {}), ...changes.custom };
		const now = iso();
		r.attributes.updatedAt = changes.updatedAt || now;
		r.attributes.modifiedAt = now;
		r.attributes.rev = (r.attributes.rev || 0) + 1;
		state.version++;
	}

	// ---- validation of flat bodies ------------------------------------------------------------

	function checkCustom(custom, pointer) {
		if (custom === undefined || custom === null) return null;
		if (typeof custom !== 'object' || Array.isArray(custom))
			return bad('custom must be an object', pointer);
		for (const [key, value] of Object.entries(custom)) {
			const m = SUFFIX.exec(key);
			if (!m)
				return bad(
					`custom attribute "${key}" needs a type suffix (Str, Num, At, Bool, Txt, Url)`,
					`${pointer}/${key}`,
				);
			if (value === null) continue;
			const ok = {
				Str: typeof value === 'string' && value.length <= 1024,
				Txt: typeof value === 'string',
				Num: typeof value === 'number' && Number.isFinite(value),
				Bool: typeof value === 'boolean',
				At: typeof value === 'string' && !Number.isNaN(Date.parse(value)),
				Url: typeof value === 'string' && /^https?:\/\/\S+$/.test(value),
			}[m[1]];
			if (!ok)
				return bad(
					`custom attribute "${key}" has the wrong type for suffix ${m[1]}`,
					`${pointer}/${key}`,
				);
		}
		return null;
	}

	function checkBody(req, { array = false } = {}) {
		if (req.buffer.length > config.maxBodyBytes)
			return apiError(413, `request body is larger than ${config.maxBodyBytes} bytes`);
		if (req.jsonError) return bad(`invalid JSON: ${req.jsonError}`);
		const body = req.body;
		if (array) {
			if (!Array.isArray(body)) return bad('body must be an array');
			for (let i = 0; i < body.length; i++) {
				const problem = checkObject(body[i], `/${i}`);
				if (problem) return problem;
			}
			return null;
		}
		return checkObject(body, '');
	}

	function checkObject(body, pointer) {
		if (!body || typeof body !== 'object' || Array.isArray(body))
			return bad('body must be a JSON object', pointer || '/');
		if (body.data && typeof body.data === 'object' && (body.data.attributes || body.data.type)) {
			return bad('request bodies are flat attributes, not JSON:API envelopes', `${pointer}/data`);
		}
		const custom = checkCustom(body.custom, `${pointer}/custom`);
		if (custom) return custom;
		for (const e of body.emails || []) {
			if (!e || typeof e.email !== 'string' || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(e.email))
				return bad('emails[].email must be an email address', `${pointer}/emails`);
		}
		for (const p of body.phones || []) {
			if (!p || typeof p.phone !== 'string' || !p.phone.trim())
				return bad('phones[].phone is required', `${pointer}/phones`);
		}
		return null;
	}

	/** Splits a flat body into attributes and relationship ids. */
	function split(type, body) {
		const attributes = { ...body };
		const rel = {};
		for (const name of RELATIONS[type] || []) {
			if (name in attributes) {
				if (attributes[name]) rel[name] = attributes[name];
				delete attributes[name];
			}
		}
		delete attributes.id;
		return { attributes, rel };
	}

	// ---- responses ------------------------------------------------------------------------------

	const one = (r, status = 200) => ({ status, body: { data: resource(r) } });
	const notFound = (what) => apiError(404, `${what} not found`);

	function pageParams(req, max) {
		const page = req.query.page === undefined ? 1 : Number(req.query.page);
		const pageSize = req.query.pageSize === undefined ? 100 : Number(req.query.pageSize);
		if (!Number.isInteger(page) || page < 1)
			return {
				error: apiError(400, 'page must be an integer >= 1', { source: { parameter: 'page' } }),
			};
		if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > max) {
			return {
				error: apiError(400, `pageSize must be between 1 and ${max}`, {
					source: { parameter: 'pageSize' },
				}),
			};
		}
		return { page, pageSize };
	}

	function listQuery(req, page, pageSize) {
		const q = new URLSearchParams();
		for (const [k, v] of Object.entries(req.query))
			if (k !== 'page' && k !== 'pageSize') q.append(k, Array.isArray(v) ? v.join(',') : v);
		q.set('page', String(page));
		q.set('pageSize', String(pageSize));
		return `${req.path}?${q.toString()}`;
	}

	function list(req, records, max = 100) {
		const p = pageParams(req, max);
		if (p.error) return p.error;
		const { page, pageSize } = p;
		if (page > config.listMaxPages || (page - 1) * pageSize >= config.listMaxRecords) {
			return apiError(
				400,
				`lists are limited to ${config.listMaxPages} pages and ${config.listMaxRecords} records; use search`,
				{ source: { parameter: 'page' } },
			);
		}
		const data = records.slice((page - 1) * pageSize, page * pageSize).map(resource);
		const hasNext = page * pageSize < records.length;
		return {
			body: {
				meta: {
					page,
					pageSize,
					total: records.length,
					totalPages: Math.ceil(records.length / pageSize),
				},
				links: {
					self: link(listQuery(req, page, pageSize)),
					first: link(listQuery(req, 1, pageSize)),
					prev: page > 1 ? link(listQuery(req, page - 1, pageSize)) : null,
					next: hasNext ? link(listQuery(req, page + 1, pageSize)) : null,
				},
				data,
			},
		};
	}

	// ---- generic CRUD ---------------------------------------------------------------------------

	function createOne(type, req, extraRel = {}, required = []) {
		const problem = checkBody(req);
		if (problem) return problem;
		for (const field of required) {
			if (req.body[field] === undefined || req.body[field] === null || req.body[field] === '')
				return bad(`${field} is required`, `/${field}`);
		}
		const { attributes, rel } = split(type, req.body);
		Object.assign(rel, extraRel);
		for (const [name, id] of Object.entries(rel)) {
			if (typeof id === 'string' && !get(name, id))
				return bad(`${name} ${id} does not exist`, `/${name}`);
		}
		if (
			attributes.externalId !== undefined &&
			all(type).some(
				(r) =>
					!r.deleted &&
					r.attributes.externalId === attributes.externalId &&
					(type !== 'kobject' || r.rel.klass.id === (extraRel.klass || {}).id),
			)
		) {
			return apiError(409, `a ${type} with externalId ${attributes.externalId} already exists`, {
				source: { pointer: '/externalId' },
			});
		}
		const r = insert(type, attributes, rel);
		if (type === 'conversation') event(r, 'kustomer.conversation.create');
		return one(r, 201);
	}

	function update(type, r, req, mode) {
		if (!r) return notFound(type);
		const problem = checkBody(req);
		if (problem) return problem;
		const { attributes, rel } = split(type, req.body);
		const replace = mode === 'PUT' && req.query.replace === 'true';
		touch(r, attributes, replace);
		for (const [name, id] of Object.entries(rel)) r.rel[name] = { type: name, id: String(id) };
		if (type === 'conversation') event(r, 'kustomer.conversation.update');
		return one(r);
	}

	function remove(type, r) {
		if (!r) return notFound(type);
		r.deleted = true;
		r.attributes.updatedAt = iso();
		r.attributes.deleted = true;
		state.version++;
		return { status: 204 };
	}

	function event(conversation, name) {
		insert('event', { name, conversation: conversation.id, changes: {} }, {}, undefined);
	}

	/** `/v1/customers/email=jane@x.com`, `externalId=…`, `phone=…` or a plain id. */
	function lookup(type, segment) {
		const m = /^(email|externalId|externalid|phone)=(.*)$/.exec(segment);
		if (!m) {
			if (segment.includes(',') && type === 'conversation')
				return segment
					.split(',')
					.map((id) => get(type, id))
					.filter(Boolean);
			return get(type, segment);
		}
		const [, key, value] = m;
		return all(type).find((r) => {
			if (r.deleted) return false;
			if (key === 'email')
				return (r.attributes.emails || []).some(
					(e) => e.email.toLowerCase() === value.toLowerCase(),
				);
			if (key === 'phone') return (r.attributes.phones || []).some((p) => p.phone === value);
			return r.attributes.externalId === value;
		});
	}

	const live = (type, filter = () => true) => all(type).filter((r) => !r.deleted && filter(r));
	const byRel = (type, name, id) => live(type, (r) => r.rel[name] && r.rel[name].id === id);

	function getOne(type, req) {
		const found = lookup(type, req.params.id);
		if (Array.isArray(found)) return { body: { data: found.map(resource) } };
		return found ? one(found) : notFound(type);
	}

	function bulk(type, req, extra = {}) {
		const problem = checkBody(req, { array: true });
		if (problem) return problem;
		const ids = [];
		if (req.method === 'POST') {
			for (const entry of req.body) {
				const { attributes, rel } = split(type, entry);
				ids.push(insert(type, attributes, { ...rel, ...extra }).id);
			}
		} else {
			for (const [i, entry] of req.body.entries()) {
				const r = get(type, entry.id);
				if (!r) return bad(`${type} ${entry.id} does not exist`, `/${i}/id`);
				const { attributes } = split(type, entry);
				touch(r, attributes);
				ids.push(r.id);
			}
		}
		const job = insert('bulk', {
			ids,
			context: type === 'kobject' ? `kobject.${extra.klass.id}` : type,
			status: 'done',
			completed: true,
			method: req.method,
			count: ids.length,
		});
		return one(job, 201);
	}

	// ---- search ---------------------------------------------------------------------------------

	function search(req, archive) {
		if (req.jsonError) return bad(`invalid JSON: ${req.jsonError}`);
		const p = pageParams(req, 500);
		if (p.error) return p.error;
		const { page, pageSize } = p;
		if (page > config.searchMaxPages || (page - 1) * pageSize >= config.searchMaxRecords) {
			return apiError(
				400,
				`search results are limited to ${config.searchMaxPages} pages and ${config.searchMaxRecords} records; narrow the query`,
				{ source: { parameter: 'page' } },
			);
		}
		let results;
		try {
			// Paging through one query sorts once: results are cached until the store changes.
			const key = `${archive}|${state.version}|${Math.floor(clock() / 1000)}|${JSON.stringify(req.body)}`;
			results = state.searchCache.get(key);
			if (!results) {
				results = runSearch([...state.records.values()], req.body, {
					archive,
					windowStartMs: clock() - config.searchWindowMs,
				});
				state.searchCache.clear();
				state.searchCache.set(key, results);
			}
		} catch (err) {
			if (err instanceof SearchError) return bad(err.message, err.pointer);
			throw err;
		}
		const end = Math.min(page * pageSize, config.searchMaxRecords);
		const data = results.slice((page - 1) * pageSize, end).map(resource);
		// Past the cap Kustomer still links the next page (which then fails), as the taps observed (page=101).
		const more = end < results.length;
		const q = (n) => link(`${req.path}?page=${n}&pageSize=${pageSize}`);
		return {
			body: {
				meta: {
					page,
					pageSize,
					total: results.length,
					totalPages: Math.ceil(results.length / pageSize),
					aggregations: {},
				},
				links: {
					self: q(page),
					first: q(1),
					prev: page > 1 ? q(page - 1) : null,
					next: more ? q(page + 1) : null,
				},
				data,
			},
		};
	}

	// ---- resources with special behaviour ------------------------------------------------------

	function customerCreates(req) {
		// Per-customer create budget: keyed by the customer the record belongs to.
		if (req.body && req.body.importedAt && !/\/drafts$/.test(req.path))
			return `imported-${Math.random()}`;
		const m = /^\/v1\/customers\/([^/]+)\//.exec(req.path);
		if (m) return decodeURIComponent(m[1]);
		const conv = /^\/v1\/conversations\/([^/]+)\//.exec(req.path);
		if (conv) {
			const c = state.records.get(decodeURIComponent(conv[1]));
			return c && c.rel.customer ? c.rel.customer.id : 'unknown';
		}
		return (req.body && req.body.customer) || 'unknown';
	}
	const perCustomer = {
		bucket: 'creates',
		key: customerCreates,
		limit: { limit: 120, windowMs: 60_000 },
	};

	function createMessage(req, conversationId, customerId) {
		const problem = checkBody(req);
		if (problem) return problem;
		for (const field of ['channel', 'app'])
			if (!req.body[field]) return bad(`${field} is required`, `/${field}`);
		if (!MESSAGE_CHANNELS.includes(req.body.channel))
			return bad(`channel must be one of ${MESSAGE_CHANNELS.join(', ')}`, '/channel');
		let conversation = conversationId ? get('conversation', conversationId) : undefined;
		if (conversationId && !conversation) return notFound('conversation');
		const customer = customerId || (conversation && conversation.rel.customer.id);
		if (!get('customer', customer)) return notFound('customer');
		if (!conversation) {
			conversation = insert(
				'conversation',
				{
					name: req.body.subject || req.body.preview || 'New conversation',
					status: 'open',
					direction: req.body.direction || 'in',
					channels: [req.body.channel],
				},
				{ customer },
			);
			event(conversation, 'kustomer.conversation.create');
		}
		for (const id of normalizeAttachments(req.body.attachments)) {
			const upload = state.uploads.get(id);
			if (!upload || !upload.uploaded)
				return bad(`attachment ${id} was not uploaded`, '/attachments');
		}
		const { attributes } = split('message', req.body);
		const r = insert(
			'message',
			{ direction: 'in', status: 'received', ...attributes },
			{ customer, conversation: conversation.id },
		);
		touch(conversation, {
			messageCount: (conversation.attributes.messageCount || 0) + 1,
			lastMessageAt: r.attributes.createdAt,
		});
		return one(r, 201);
	}

	function normalizeAttachments(list) {
		return (Array.isArray(list) ? list : [])
			.map((a) => (typeof a === 'string' ? a : a && (a._id || a.id)))
			.filter(Boolean);
	}

	function createDraft(req) {
		const problem = checkBody(req);
		if (problem) return problem;
		const customer = get('customer', req.params.id);
		if (!customer) return notFound('customer');
		const channels = [
			'email',
			'sms',
			'chat',
			'facebook',
			'twitter-dm',
			'instagram',
			'whatsapp',
			'note',
		];
		if (!channels.includes(req.body.channel))
			return bad(`channel must be one of ${channels.join(', ')}`, '/channel');
		if (req.body.conversation && !get('conversation', req.body.conversation))
			return bad(`conversation ${req.body.conversation} does not exist`, '/conversation');
		const { attributes, rel } = split('draft', req.body);
		const r = insert(
			'draft',
			{ status: 'draft', ...attributes },
			{ ...rel, customer: customer.id },
		);
		deliverDue();
		return one(r, 201);
	}

	/** Sends drafts whose sendAt has come (UNCONFIRMED in the reference: the sandbox sends on sendAt). */
	function deliverDue() {
		for (const d of live(
			'draft',
			(r) =>
				r.attributes.status === 'draft' &&
				r.attributes.sendAt &&
				Date.parse(r.attributes.sendAt) <= clock(),
		)) {
			touch(d, { status: 'sent', sentAt: iso() });
			state.sent.push({
				id: d.id,
				channel: d.attributes.channel,
				to: d.attributes.to,
				body: d.attributes.body,
			});
		}
	}

	function kobjectRoutes() {
		const klassOf = (req) => live('klass', (k) => k.attributes.name === req.params.name)[0];
		const withKlass = (fn) => (req, ctx) => {
			const klass = klassOf(req);
			return klass ? fn(req, klass, ctx) : notFound(`klass ${req.params.name}`);
		};
		const kobjects = (klass, filter = () => true) =>
			live('kobject', (r) => r.rel.klass.id === klass.attributes.name && filter(r));
		const findKobject = (klass, segment) => {
			const m = /^externalId=(.*)$/.exec(segment);
			return kobjects(klass, (r) => (m ? r.attributes.externalId === m[1] : r.id === segment))[0];
		};
		const fromDate = (req) => (r) =>
			!req.query.fromDate || Date.parse(r.attributes.createdAt) >= Date.parse(req.query.fromDate);
		const klassRef = (klass) => ({ klass: { type: 'klass', id: klass.attributes.name } });
		return [
			[
				'GET',
				'/v1/klasses',
				(req) =>
					list(
						req,
						live(
							'klass',
							(k) =>
								(req.query.status || 'enabled') === 'existing_only' ||
								k.attributes.status === (req.query.status || 'enabled'),
						),
					),
			],
			[
				'POST',
				'/v1/klasses/:name/bulk',
				withKlass((req, klass) => bulk('kobject', req, klassRef(klass))),
			],
			[
				'PUT',
				'/v1/klasses/:name/bulk',
				withKlass((req, klass) => bulk('kobject', req, klassRef(klass))),
			],
			[
				'GET',
				'/v1/klasses/:name',
				(req) => {
					const asKlass = get('klass', req.params.name);
					if (asKlass) return one(asKlass);
					const klass = klassOf(req);
					return klass
						? list(req, kobjects(klass, fromDate(req)))
						: notFound(`klass ${req.params.name}`);
				},
			],
			[
				'POST',
				'/v1/klasses/:name',
				withKlass((req, klass) => createOne('kobject', req, klassRef(klass), ['title'])),
				perCustomer,
			],
			[
				'GET',
				'/v1/klasses/:name/:id',
				withKlass((req, klass) => {
					const r = findKobject(klass, req.params.id);
					return r ? one(r) : notFound('kobject');
				}),
			],
			[
				'PUT',
				'/v1/klasses/:name/:id',
				withKlass((req, klass) => update('kobject', findKobject(klass, req.params.id), req, 'PUT')),
			],
			[
				'DELETE',
				'/v1/klasses/:name/:id',
				withKlass((req, klass) => remove('kobject', findKobject(klass, req.params.id))),
			],
			[
				'GET',
				'/v1/customers/:id/klasses/:name',
				withKlass((req, klass) =>
					get('customer', req.params.id)
						? list(
								req,
								kobjects(klass, (r) => r.rel.customer && r.rel.customer.id === req.params.id),
							)
						: notFound('customer'),
				),
			],
			[
				'POST',
				'/v1/customers/:id/klasses/:name',
				withKlass((req, klass) =>
					get('customer', req.params.id)
						? createOne('kobject', req, { ...klassRef(klass), customer: req.params.id }, ['title'])
						: notFound('customer'),
				),
				perCustomer,
			],
			[
				'GET',
				'/v1/companies/:id/klasses/:name',
				withKlass((req, klass) =>
					get('company', req.params.id)
						? list(
								req,
								kobjects(klass, (r) => r.rel.company && r.rel.company.id === req.params.id),
							)
						: notFound('company'),
				),
			],
		];
	}

	/**
	 * Registers an attachment record for upload and returns its presigned POST (url and form fields),
	 * as Kustomer answers POST /v1/attachments; the file then goes to POST /uploads/:id.
	 */
	function presignedUpload(r) {
		state.uploads.set(r.id, { uploaded: false, record: r });
		const fields = {
			key: `attachments/${r.id}`,
			acl: 'private',
			'Content-Type': r.attributes.contentType,
			'X-Amz-Meta-Attachment-Id': r.id,
			Policy: 'sandbox',
			'X-Amz-Signature': 'sandbox',
		};
		return { url: `${env.url()}/uploads/${r.id}`, fields };
	}

	function attachmentRoutes() {
		return [
			[
				'POST',
				'/v1/attachments',
				(req) => {
					const problem = checkBody(req);
					if (problem) return problem;
					const { name, contentType, contentLength } = req.body;
					if (!name || !contentType || !Number.isInteger(contentLength))
						return bad('name, contentType and contentLength are required');
					const r = insert('attachment', {
						name,
						contentType,
						contentLength,
						uploaded: false,
						redacted: false,
					});
					return { status: 201, body: { data: resource(r), meta: { upload: presignedUpload(r) } } };
				},
			],
			[
				'POST',
				'/uploads/:id',
				(req) => {
					// Stands in for the S3 presigned POST: multipart/form-data, fields first, file last, no API key.
					if (req.headers.authorization)
						return { status: 400, body: 'the storage upload must not carry the Kustomer API key' };
					const upload = state.uploads.get(req.params.id);
					if (!upload) return { status: 404, body: 'no such upload' };
					const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(req.headers['content-type'] || '');
					if (!boundary) return { status: 400, body: 'expected multipart/form-data' };
					const parts = parseMultipart(req.buffer, boundary[1] || boundary[2]);
					const file = parts.find((p) => p.name === 'file');
					const key = parts.find((p) => p.name === 'key');
					if (!file || !key || key.data.toString() !== `attachments/${req.params.id}`)
						return { status: 400, body: 'missing key or file field' };
					if (parts[parts.length - 1].name !== 'file')
						return { status: 400, body: 'file must be the last field' };
					upload.uploaded = true;
					upload.data = file.data;
					upload.filename = file.filename;
					upload.record.attributes.uploaded = true;
					return { status: 204 };
				},
				{ auth: false, rateLimit: false },
			],
			[
				'GET',
				'/uploads/:id',
				(req) => {
					if (req.headers.authorization)
						return { status: 400, body: 'storage downloads must not carry the Kustomer API key' };
					const upload = state.uploads.get(req.params.id);
					if (!upload || !upload.uploaded) return { status: 404, body: 'no such file' };
					return {
						status: 200,
						headers: { 'content-type': upload.record.attributes.contentType },
						body: upload.data,
					};
				},
				{ auth: false, rateLimit: false },
			],
		];
	}

	const instance = {
		state,
		config,
		TOKEN,
		KEYS,
		/** Overrides config (search caps, window, body size, absolute links). */
		configure(changes) {
			Object.assign(config, changes);
		},
		/** Replaces the record clock (ms); rate-limit windows keep the sandbox clock. */
		setClock(fn) {
			clock = fn || (() => env.now());
		},
		insert,
		resource,
		get: (id) => state.records.get(id),
		all,
		deliverDue,
		/** The route helpers, for extensions (./extensions/*.js) that add endpoints. */
		helpers: {
			messageChannels: MESSAGE_CHANNELS,
			apiError,
			bad,
			one,
			notFound,
			list,
			createOne,
			update,
			remove,
			checkBody,
			live,
			byRel,
			touch,
			find: get,
			normalizeAttachments,
			presignedUpload,
		},
		/** Adds `n` customers updated `stepMs` apart from `startMs` (ascending), names "Customer <i>". */
		seedCustomers(
			n,
			{ startMs = clock() - 30 * 24 * 3600 * 1000, stepMs = 1000, sameEvery = 1, make } = {},
		) {
			const out = [];
			for (let i = 0; i < n; i++) {
				const at = iso(startMs + Math.floor(i / sameEvery) * stepMs);
				const attrs = {
					name: `Customer ${i + 1}`,
					emails: [{ type: 'home', email: `customer${i + 1}@example.com` }],
					createdAt: at,
					updatedAt: at,
					...(make ? make(i) : {}),
				};
				out.push(insert('customer', attrs));
			}
			return out;
		},
		reset() {
			state.records.clear();
			state.searchCache.clear();
			state.version++;
			state.seq = 0;
			state.sent.length = 0;
			state.uploads.clear();
			state.tracking.length = 0;
			state.deletedTokens.length = 0;
			revoked.clear();
			Object.assign(config, DEFAULT_CONFIG);
			clock = () => env.now();
			seedDefaults();
		},
		routes: [],
	};

	function seedDefaults() {
		const machine = insert(
			'user',
			{
				name: 'n8n API key',
				displayName: 'n8n API key',
				userType: 'machine',
				email: 'machine@acme.example',
			},
			{},
			'010000000000000000000001',
		);
		const ada = insert(
			'user',
			{ name: 'Ada Agent', displayName: 'Ada Agent', userType: 'user', email: 'ada@acme.example' },
			{},
			'010000000000000000000002',
		);
		const bob = insert(
			'user',
			{ name: 'Bob Agent', displayName: 'Bob Agent', userType: 'user', email: 'bob@acme.example' },
			{},
			'010000000000000000000003',
		);
		insert(
			'team',
			{ name: 'tier-1', displayName: 'Tier 1', members: [ada.id] },
			{},
			'020000000000000000000001',
		);
		insert(
			'team',
			{ name: 'billing', displayName: 'Billing', members: [bob.id] },
			{},
			'020000000000000000000002',
		);
		insert(
			'queue',
			{ name: 'default', displayName: 'Default Queue' },
			{},
			'040000000000000000000001',
		);
		insert('queue', { name: 'vip', displayName: 'VIP Queue' }, {}, '040000000000000000000002');
		insert('brand', { name: 'Acme', default: true }, {}, '050000000000000000000001');
		insert('tag', { name: 'vip', color: 'red' }, {}, '030000000000000000000001');
		insert('tag', { name: 'refund', color: 'blue' }, {}, '030000000000000000000002');
		insert(
			'klass',
			{ name: 'ecomm-order', displayName: 'Order', status: 'enabled', icon: 'cart' },
			{},
			'f10000000000000000000001',
		);
		insert(
			'klass',
			{ name: 'subscription', displayName: 'Subscription', status: 'enabled', icon: 'repeat' },
			{},
			'f10000000000000000000002',
		);
		instance.metadata = {
			customer: {
				loyaltyTierStr: { type: 'string', displayName: 'Loyalty Tier' },
				lifetimeValueNum: { type: 'number', displayName: 'Lifetime Value' },
				vipBool: { type: 'boolean', displayName: 'VIP' },
			},
			conversation: {
				orderNumberStr: { type: 'string', displayName: 'Order Number' },
				refundAt: { type: 'date', displayName: 'Refund' },
			},
			company: { industryStr: { type: 'string', displayName: 'Industry' } },
			message: {},
			'kobject.ecomm-order': {
				totalNum: { type: 'number', displayName: 'Total' },
				shippedAt: { type: 'date', displayName: 'Shipped' },
				trackingUrl: { type: 'url', displayName: 'Tracking' },
			},
			'kobject.subscription': { planStr: { type: 'string', displayName: 'Plan' } },
		};
		state.machineUser = machine.id;
	}

	const conversationOf = (req) => get('conversation', req.params.id);

	instance.routes = [
		// --- access management
		[
			'GET',
			'/v1/auth/tokens/current',
			(req) => ({
				body: {
					data: {
						type: 'auth_token',
						id: '0c0000000000000000000001',
						attributes: {
							lastTokenChars: bearer(req).slice(-4),
							name: 'n8n',
							roles: KEYS[bearer(req)].roles || [
								'org.permission.customer.read',
								'org.permission.customer.create',
								'org.tracking',
							],
							createdAt: iso(0),
							updatedAt: iso(0),
							lastAccessedAt: iso(),
						},
						relationships: {
							org: {
								links: { self: '/v1/orgs/5f0000000000000000000001' },
								data: { type: 'org', id: '5f0000000000000000000001' },
							},
							user: {
								links: { self: `/v1/users/${state.machineUser}` },
								data: { type: 'user', id: state.machineUser },
							},
						},
						links: { self: '/v1/auth/tokens/current' },
					},
				},
			}),
		],
		[
			'DELETE',
			'/v1/auth/tokens/current',
			(req) => {
				// As in Kustomer: deletes the key that made the request. Nothing in the node may send this.
				revoked.add(bearer(req));
				state.deletedTokens.push(bearer(req));
				return { status: 204 };
			},
		],

		// --- search (before /v1/customers/:id)
		[
			'POST',
			'/v1/customers/search',
			(req) => search(req, false),
			{ bucket: 'search', key: bearer, limit: { limit: 100, windowMs: 60_000 } },
		],
		[
			'POST',
			'/v1/customers/archive/search',
			(req) => search(req, true),
			{ bucket: 'search', key: bearer, limit: { limit: 100, windowMs: 60_000 } },
		],

		// --- customers
		['GET', '/v1/customers', (req) => list(req, live('customer'))],
		['POST', '/v1/customers', (req) => createOne('customer', req)],
		['POST', '/v1/customers/bulk', (req) => bulk('customer', req)],
		['PUT', '/v1/customers/bulk', (req) => bulk('customer', req)],
		[
			'POST',
			'/v1/customers/merges',
			(req) => {
				const problem = checkBody(req);
				if (problem) return problem;
				const source = get('customer', req.body.source);
				const target = get('customer', req.body.target);
				if (!source) return bad('source customer does not exist', '/source');
				if (!target) return bad('target customer does not exist', '/target');
				if (source === target) return bad('source and target must differ', '/target');
				for (const r of state.records.values())
					if (r.rel.customer && r.rel.customer.id === source.id)
						r.rel.customer = { type: 'customer', id: target.id };
				touch(target, {
					emails: [...(target.attributes.emails || []), ...(source.attributes.emails || [])],
				});
				source.deleted = true;
				state.version++;
				const merge = insert('merge', { status: 'done', source: source.id, target: target.id });
				return one(merge, 201);
			},
		],
		[
			'GET',
			'/v1/customers/merges/:id',
			(req) => (get('merge', req.params.id) ? one(get('merge', req.params.id)) : notFound('merge')),
		],
		['GET', '/v1/customers/:id', (req) => getOne('customer', req)],
		[
			'PUT',
			'/v1/customers/:id',
			(req) => update('customer', get('customer', req.params.id), req, 'PUT'),
		],
		[
			'PATCH',
			'/v1/customers/:id',
			(req) => update('customer', get('customer', req.params.id), req, 'PATCH'),
		],
		['DELETE', '/v1/customers/:id', (req) => remove('customer', get('customer', req.params.id))],
		[
			'GET',
			'/v1/customers/:id/merges',
			(req) =>
				list(
					req,
					live(
						'merge',
						(m) => m.attributes.target === req.params.id || m.attributes.source === req.params.id,
					),
				),
		],
		[
			'GET',
			'/v1/customers/:id/conversations',
			(req) => {
				if (!get('customer', req.params.id)) return notFound('customer');
				const from = req.query.fromDate ? Date.parse(req.query.fromDate) : -Infinity;
				return list(
					req,
					byRel('conversation', 'customer', req.params.id).filter(
						(c) => Date.parse(c.attributes.createdAt) >= from,
					),
				);
			},
		],
		[
			'POST',
			'/v1/customers/:id/conversations',
			(req) =>
				get('customer', req.params.id)
					? createOne('conversation', req, { customer: req.params.id })
					: notFound('customer'),
			perCustomer,
		],
		[
			'GET',
			'/v1/customers/:id/messages',
			(req) =>
				get('customer', req.params.id)
					? list(req, byRel('message', 'customer', req.params.id))
					: notFound('customer'),
		],
		[
			'POST',
			'/v1/customers/:id/messages',
			(req) =>
				req.body && req.body.conversation
					? createMessage(req, req.body.conversation, req.params.id)
					: createMessage(req, undefined, req.params.id),
			perCustomer,
		],
		[
			'GET',
			'/v1/customers/:id/notes',
			(req) =>
				get('customer', req.params.id)
					? list(req, byRel('note', 'customer', req.params.id))
					: notFound('customer'),
		],
		[
			'GET',
			'/v1/customers/:id/drafts',
			(req) =>
				get('customer', req.params.id)
					? list(req, byRel('draft', 'customer', req.params.id))
					: notFound('customer'),
		],
		['POST', '/v1/customers/:id/drafts', createDraft, perCustomer],

		// --- drafts
		[
			'PUT',
			'/v1/drafts/:id',
			(req) => {
				const r = get('draft', req.params.id);
				if (r && r.attributes.status === 'sent') return apiError(409, 'draft was already sent');
				const result = update('draft', r, req, 'PUT');
				if (result.status >= 400) return result;
				deliverDue();
				return one(r);
			},
		],
		['DELETE', '/v1/drafts/:id', (req) => remove('draft', get('draft', req.params.id))],

		// --- conversations
		[
			'GET',
			'/v1/conversations',
			(req) =>
				list(
					req,
					req.query.sort === 'desc' ? live('conversation').reverse() : live('conversation'),
				),
		],
		[
			'POST',
			'/v1/conversations',
			(req) => createOne('conversation', req, {}, ['customer']),
			perCustomer,
		],
		['POST', '/v1/conversations/bulk', (req) => bulk('conversation', req)],
		['PUT', '/v1/conversations/bulk', (req) => bulk('conversation', req)],
		['GET', '/v1/conversations/:id', (req) => getOne('conversation', req)],
		[
			'PUT',
			'/v1/conversations/:id',
			(req) => update('conversation', conversationOf(req), req, 'PUT'),
		],
		[
			'PATCH',
			'/v1/conversations/:id',
			(req) => update('conversation', conversationOf(req), req, 'PATCH'),
		],
		['DELETE', '/v1/conversations/:id', (req) => remove('conversation', conversationOf(req))],
		[
			'*',
			'/v1/conversations/:id/tags',
			(req) => {
				const c = conversationOf(req);
				if (!c) return notFound('conversation');
				if (req.method !== 'POST' && req.method !== 'DELETE')
					return { status: 405, headers: { allow: 'POST, DELETE' }, body: {} };
				if (!Array.isArray(req.body) || !req.body.every((t) => typeof t === 'string'))
					return bad('body must be an array of tag ids');
				for (const t of req.body) if (!get('tag', t)) return bad(`tag ${t} does not exist`);
				const tags = new Set(c.attributes.tags || []);
				for (const t of req.body) req.method === 'POST' ? tags.add(t) : tags.delete(t);
				touch(c, { tags: [...tags] });
				return one(c);
			},
		],
		[
			'GET',
			'/v1/conversations/:id/messages',
			(req) =>
				conversationOf(req)
					? list(req, byRel('message', 'conversation', req.params.id))
					: notFound('conversation'),
		],
		[
			'POST',
			'/v1/conversations/:id/messages',
			(req) => createMessage(req, req.params.id),
			perCustomer,
		],
		[
			'GET',
			'/v1/conversations/:id/notes',
			(req) =>
				conversationOf(req)
					? list(req, byRel('note', 'conversation', req.params.id))
					: notFound('conversation'),
		],
		[
			'POST',
			'/v1/conversations/:id/notes',
			(req) => {
				const c = conversationOf(req);
				// Kustomer documents mentions on POST /v1/notes only.
				if (req.body && req.body.userMentions !== undefined)
					return bad('userMentions are accepted on POST /v1/notes', '/userMentions');
				return c
					? createOne('note', req, { conversation: c.id, customer: c.rel.customer.id }, ['body'])
					: notFound('conversation');
			},
			perCustomer,
		],
		[
			'GET',
			'/v1/conversations/:id/events',
			(req) =>
				conversationOf(req)
					? list(
							req,
							live('event', (e) => e.attributes.conversation === req.params.id),
						)
					: notFound('conversation'),
		],
		[
			'GET',
			'/v1/conversations/:id/times',
			(req) => {
				const c = conversationOf(req);
				if (!c) return notFound('conversation');
				const first = byRel('message', 'conversation', c.id)[0];
				return {
					body: {
						data: {
							type: 'conversation_time',
							id: c.id,
							attributes: {
								createdAt: c.attributes.createdAt,
								firstMessageIn: first ? { createdAt: first.attributes.createdAt } : null,
								firstResponse: null,
								lastDone:
									c.attributes.status === 'done' ? { createdAt: c.attributes.updatedAt } : null,
								handleTime: 0,
							},
							links: { self: `/v1/conversations/${c.id}/times` },
						},
					},
				};
			},
		],

		// --- messages
		['GET', '/v1/messages', (req) => list(req, live('message'))],
		[
			'POST',
			'/v1/messages',
			(req) => {
				if (req.body && !req.body.direction) return bad('direction is required', '/direction');
				if (req.body && !req.body.conversation)
					return bad('conversation is required', '/conversation');
				return createMessage(req, req.body && req.body.conversation, req.body && req.body.customer);
			},
			perCustomer,
		],
		['POST', '/v1/messages/bulk', (req) => bulk('message', req)],
		['PUT', '/v1/messages/bulk', (req) => bulk('message', req)],
		['GET', '/v1/messages/:id', (req) => getOne('message', req)],
		[
			'PUT',
			'/v1/messages/:id',
			(req) => update('message', get('message', req.params.id), req, 'PUT'),
		],
		[
			'PATCH',
			'/v1/messages/:id',
			(req) => update('message', get('message', req.params.id), req, 'PATCH'),
		],
		[
			'POST',
			'/v1/messages/:id/redactions',
			(req) => {
				const m = get('message', req.params.id);
				if (!m) return notFound('message');
				const problem = checkBody(req);
				if (problem) return problem;
				const keys = Object.keys(req.body);
				if (keys.length !== 1 || !['preview', 'attachments', 'meta'].includes(keys[0]))
					return bad('redact exactly one of preview, attachments or meta');
				const changes =
					keys[0] === 'preview'
						? { preview: '[redacted]', redacted: true }
						: keys[0] === 'meta'
							? { meta: {}, redacted: true }
							: { attachments: [], redacted: true };
				touch(m, changes);
				return {
					status: 201,
					body: {
						data: {
							type: 'redaction',
							id: newId('message'),
							attributes: { field: keys[0], createdAt: iso() },
							relationships: { message: { data: { type: 'message', id: m.id } } },
						},
					},
				};
			},
		],
		[
			'GET',
			'/v1/messages/:mid/attachments/:id',
			(req) => {
				const upload = state.uploads.get(req.params.id);
				const m = get('message', req.params.mid);
				if (
					!m ||
					!upload ||
					!normalizeAttachments(m.attributes.attachments).includes(req.params.id)
				)
					return notFound('attachment');
				if (config.attachmentRedirect)
					return { status: 302, headers: { location: `/uploads/${req.params.id}` }, body: '' };
				return {
					status: 200,
					headers: { 'content-type': upload.record.attributes.contentType },
					body: upload.data,
				};
			},
		],

		// --- notes
		['GET', '/v1/notes', (req) => list(req, live('note'))],
		[
			'POST',
			'/v1/notes',
			(req) => {
				// A note that names its conversation belongs to that conversation's customer.
				const c = req.body && req.body.conversation && get('conversation', req.body.conversation);
				return createOne('note', req, c ? { customer: c.rel.customer.id } : {}, ['body']);
			},
			perCustomer,
		],
		['POST', '/v1/notes/bulk', (req) => bulk('note', req)],
		['PUT', '/v1/notes/bulk', (req) => bulk('note', req)],
		['GET', '/v1/notes/:id', (req) => getOne('note', req)],
		['PUT', '/v1/notes/:id', (req) => update('note', get('note', req.params.id), req, 'PUT')],
		['PATCH', '/v1/notes/:id', (req) => update('note', get('note', req.params.id), req, 'PATCH')],
		['DELETE', '/v1/notes/:id', (req) => remove('note', get('note', req.params.id))],

		// --- companies
		[
			'GET',
			'/v1/companies',
			(req) => {
				const { externalId, filter } = req.query;
				const useBoth = externalId !== undefined && filter !== undefined; // Kustomer ignores both
				return list(
					req,
					live(
						'company',
						(c) =>
							useBoth ||
							((externalId === undefined || c.attributes.externalId === externalId) &&
								(filter === undefined ||
									String(c.attributes.name || '')
										.toLowerCase()
										.includes(String(filter).toLowerCase()))),
					),
				);
			},
		],
		['POST', '/v1/companies', (req) => createOne('company', req)],
		['POST', '/v1/companies/bulk', (req) => bulk('company', req)],
		['PUT', '/v1/companies/bulk', (req) => bulk('company', req)],
		['GET', '/v1/companies/:id', (req) => getOne('company', req)],
		[
			'PUT',
			'/v1/companies/:id',
			(req) => update('company', get('company', req.params.id), req, 'PUT'),
		],

		// --- KObjects and Klasses
		...kobjectRoutes(),
		[
			'GET',
			'/v1/metadata/:resource',
			(req) => {
				const properties = instance.metadata[req.params.resource];
				if (!properties) return notFound(`metadata ${req.params.resource}`);
				return {
					body: {
						data: {
							type: 'metadata',
							id: req.params.resource,
							attributes: { properties },
							links: { self: `/v1/metadata/${req.params.resource}` },
						},
					},
				};
			},
		],

		// --- users and teams
		[
			'GET',
			'/v1/users',
			(req) =>
				list(
					req,
					live(
						'user',
						(u) =>
							(!req.query.userType || u.attributes.userType === req.query.userType) &&
							(!req.query.email || u.attributes.email === req.query.email),
					),
					500,
				),
		],
		['GET', '/v1/users/current', () => one(get('user', state.machineUser))],
		[
			'GET',
			'/v1/users/:ids',
			(req) => {
				const ids = req.params.ids.split(',');
				const found = ids.map((id) => get('user', id)).filter(Boolean);
				if (found.length === 0) return notFound('user');
				return ids.length === 1 ? one(found[0]) : { body: { data: found.map(resource) } };
			},
		],
		[
			'GET',
			'/v1/users/:id/teams',
			(req) =>
				get('user', req.params.id)
					? list(
							req,
							live('team', (t) => (t.attributes.members || []).includes(req.params.id)),
							500,
						)
					: notFound('user'),
		],
		['GET', '/v1/teams', (req) => list(req, live('team'), 500)],
		['GET', '/v1/teams/:id', (req) => getOne('team', req)],
		[
			'*',
			'/v1/teams/:id/members',
			(req) => {
				const team = get('team', req.params.id);
				if (!team) return notFound('team');
				if (req.method !== 'POST' && req.method !== 'DELETE')
					return { status: 405, headers: { allow: 'POST, DELETE' }, body: {} };
				if (!req.body || !Array.isArray(req.body.members) || req.body.members.length === 0)
					return bad('members must be a non-empty array of user ids', '/members');
				for (const u of req.body.members)
					if (!get('user', u)) return bad(`user ${u} does not exist`, '/members');
				const members = new Set(team.attributes.members || []);
				for (const u of req.body.members)
					req.method === 'POST' ? members.add(u) : members.delete(u);
				touch(team, { members: [...members] });
				return one(team);
			},
		],

		// --- lookups used by dropdowns
		['GET', '/v1/routing/queues', (req) => list(req, live('queue'))],
		['GET', '/v1/brands', (req) => list(req, live('brand'))],
		['GET', '/v1/tags', (req) => list(req, live('tag'))],

		// --- tracking
		[
			'POST',
			'/v1/tracking/event',
			(req) => {
				const problem = checkBody(req);
				if (problem) return problem;
				if (!req.body.name) return bad('name is required', '/name');
				state.tracking.push({ kind: 'event', body: req.body });
				return { status: 204 };
			},
		],
		[
			'POST',
			'/v1/tracking/identity',
			(req) => {
				const problem = checkBody(req);
				if (problem) return problem;
				state.tracking.push({ kind: 'identity', body: req.body });
				const r = insert('tracking', { ...req.body });
				return one(r, 201);
			},
		],
		[
			'POST',
			'/v1/tracking/identityEvent',
			(req) => {
				const problem = checkBody(req);
				if (problem) return problem;
				if (!req.body.identity || typeof req.body.identity !== 'object')
					return bad('identity is required', '/identity');
				if (!req.body.event || !req.body.event.name)
					return bad('event.name is required', '/event/name');
				state.tracking.push({ kind: 'identityEvent', body: req.body });
				return { status: 204 };
			},
		],

		...attachmentRoutes(),
	];

	seedDefaults();
	return instance;
}

/** Minimal multipart/form-data parser: [{ name, filename, contentType, data: Buffer }]. */
function parseMultipart(buffer, boundary) {
	const parts = [];
	const delimiter = Buffer.from(`--${boundary}`);
	let start = buffer.indexOf(delimiter);
	while (start !== -1) {
		const next = buffer.indexOf(delimiter, start + delimiter.length);
		if (next === -1) break;
		const chunk = buffer.subarray(start + delimiter.length + 2, next - 2);
		const headerEnd = chunk.indexOf('\r\n\r\n');
		if (headerEnd !== -1) {
			const head = chunk.subarray(0, headerEnd).toString();
			const name = /name="([^"]*)"/.exec(head);
			const filename = /filename="([^"]*)"/.exec(head);
			const type = /content-type:\s*([^\r\n]+)/i.exec(head);
			parts.push({
				name: name && name[1],
				filename: filename && filename[1],
				contentType: type && type[1],
				data: chunk.subarray(headerEnd + 4),
			});
		}
		start = next;
	}
	return parts;
}

module.exports = {
	name: 'kustomer',
	TOKEN,
	KEYS,
	defaultRateLimit: { limit: 1000, windowMs: 60_000 },
	rateLimitHeaders,
	tooManyRequests: (s) => ({
		status: 429,
		headers: rateLimitHeaders(s),
		body: {
			errors: [
				{
					status: '429',
					code: 'rate_limit_exceeded',
					title: 'Too Many Requests',
					detail:
						s.bucket === 'default'
							? 'Org rate limit exceeded'
							: `Rate limit exceeded (${s.bucket})`,
				},
			],
		},
	}),
	authenticate,
	notFound: (req) => apiError(404, `no route for ${req.method} ${req.path}`),
	create,
};
