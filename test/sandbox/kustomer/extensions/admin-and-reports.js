'use strict';

// More Kustomer endpoints (https://developer.kustomer.com/api), as the vendor's OpenAPI document
// describes them:
//   attachments  GET /v1/conversations/:id/attachments (each names its message);
//                POST|GET /v1/{drafts,forwards}/:id/attachments, DELETE …/attachments/:aid (409 once the
//                draft or forward is sent). Such an attachment answers like POST /v1/attachments, with a
//                presigned upload in meta.upload (the shape Kustomer documents for /v1/attachments; for
//                drafts and forwards it is an assumption).
//   forwards     POST|GET /v1/conversations/:id/forwards (channel "email", to[{ email }]),
//                GET|PUT /v1/forwards/:id; a forward with a sendAt in the past is sent (status "sent").
//   reports      GET /v1/satisfaction (surveys, page/pageSize); GET /v1/audit-logs, newest first, cursor
//                paged: count (default 100, at most 1,000), before/after (audit-log ids), filter[start],
//                filter[end], filter[objectType], filter[objectId] (needs objectType), filter[userId].
//                Its links.next carries only count and before, as in Kustomer's example.
//   bulk delete  DELETE /v1/customers/bulk?ids=… and /v1/klasses/:name/bulk?ids=… (at most 100 ids).
//   admin        POST /v1/users (name, email; invites), PUT /v1/users/:id (deleted: true deactivates,
//                null restores); POST /v1/teams (name <= 256), PUT|PATCH|DELETE /v1/teams/:id;
//                POST /v1/klasses (name: letters, digits, _ and -), PUT|DELETE /v1/klasses/:id (by ID;
//                the name cannot change; a Klass with custom objects cannot be deleted).
//   responses    a conversation's CSAT response is its satisfactionLevel attribute (the vendor's
//                UpdateConversationAttributesData: createdAt and status required; status scheduled,
//                offered, rated, commented, canceled or unresponded; score 0 or 1; rating a number;
//                channel one of Kustomer's channels); POST, PUT and PATCH of conversations refuse another
//                shape. Conversations are found by the conversation search like any other.
//   tags         POST /v1/tags (name, color), PUT|DELETE /v1/tags/:id. Kustomer documents none of them
//                (only GET /v1/tags); instance.tagWrites.refuseWith = 404 (or 405) makes all three answer
//                that status, as an org whose API lacks them would.
// instance.auditLogs.add(attributes) records an audit-log event; instance.satisfaction.add(attributes)
// a survey; instance.satisfaction.respond(conversationId, level, { updatedAt }) sets a conversation's
// response as Kustomer does when the customer answers: the conversation is updated (at
// updatedAt, default level.updatedAt or now) and its satisfaction becomes the rating.

const KLASS_NAME = /^[A-Za-z0-9_-]+$/;
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const BULK_MAX_IDS = 100;
const CSAT_STATUSES = ['scheduled', 'offered', 'rated', 'commented', 'canceled', 'unresponded'];
const isDate = (value) => typeof value === 'string' && !Number.isNaN(Date.parse(value));

/**
 * Why `level` is not a satisfactionLevel Kustomer accepts (on `channels`), as [detail, pointer], or
 * null.
 */
function satisfactionProblem(level, channels) {
	const at = '/satisfactionLevel';
	if (!level || typeof level !== 'object' || Array.isArray(level))
		return ['satisfactionLevel must be an object', at];
	if (!isDate(level.createdAt))
		return ['satisfactionLevel.createdAt is required', `${at}/createdAt`];
	if (!CSAT_STATUSES.includes(level.status))
		return [`satisfactionLevel.status must be one of ${CSAT_STATUSES.join(', ')}`, `${at}/status`];
	for (const key of ['updatedAt', 'scheduledFor', 'firstAnswer', 'sentAt'])
		if (level[key] !== undefined && !isDate(level[key]))
			return [`satisfactionLevel.${key} must be a date`, `${at}/${key}`];
	if (level.score !== undefined && level.score !== 0 && level.score !== 1)
		return ['satisfactionLevel.score must be 0 or 1', `${at}/score`];
	if (level.rating !== undefined && (typeof level.rating !== 'number' || !isFinite(level.rating)))
		return ['satisfactionLevel.rating must be a number', `${at}/rating`];
	if (level.channel !== undefined && !channels.includes(level.channel))
		return [`satisfactionLevel.channel must be one of ${channels.join(', ')}`, `${at}/channel`];
	if (level.sentByTeams !== undefined && !Array.isArray(level.sentByTeams))
		return ['satisfactionLevel.sentByTeams must be an array', `${at}/sentByTeams`];
	return null;
}

function extend(instance, env) {
	const h = instance.helpers;
	const { bad, apiError, one, notFound, list, createOne, update, remove, checkBody, live, find } =
		h;
	// A survey goes out on a message channel, or on an Instagram comment or a web form.
	const csatChannels = [...h.messageChannels, 'instagram-comment', 'form'];

	// ---- attachments --------------------------------------------------------------------------------

	function conversationAttachments(req) {
		const c = find('conversation', req.params.id);
		if (!c) return notFound('conversation');
		const records = [];
		for (const m of h.byRel('message', 'conversation', c.id)) {
			for (const id of h.normalizeAttachments(m.attributes.attachments)) {
				const upload = instance.state.uploads.get(id);
				if (!upload) continue;
				records.push({
					type: 'attachment',
					id,
					attributes: {
						name: upload.record.attributes.name,
						contentType: upload.record.attributes.contentType,
						contentLength: upload.record.attributes.contentLength,
						redacted: false,
					},
					rel: { message: { type: 'message', id: m.id } },
					deleted: false,
				});
			}
		}
		return list(req, records);
	}

	// Drafts and forwards hold attachments the same way, until they are sent.
	const ATTACHMENT_PARENTS = { drafts: 'draft', forwards: 'forward' };

	const parentAttachments = (parent) =>
		live('attachment', (a) => a.rel[parent.type] && a.rel[parent.type].id === parent.id);

	function addAttachment(type, req) {
		const parent = find(type, req.params.id);
		if (!parent) return notFound(type);
		if (parent.attributes.status === 'sent') return apiError(409, `${type} was already sent`);
		const problem = checkBody(req);
		if (problem) return problem;
		const { name, contentType, contentLength } = req.body;
		if (!name || !contentType || !Number.isInteger(contentLength))
			return bad('name, contentType and contentLength are required');
		const r = instance.insert(
			'attachment',
			{ name, contentType, contentLength, uploaded: false, redacted: false },
			{ [type]: parent.id },
		);
		return {
			status: 200,
			body: { data: instance.resource(r), meta: { upload: h.presignedUpload(r) } },
		};
	}

	const attachmentRoutes = (segment, type) => [
		['POST', `/v1/${segment}/:id/attachments`, (req) => addAttachment(type, req)],
		[
			'GET',
			`/v1/${segment}/:id/attachments`,
			(req) => {
				const parent = find(type, req.params.id);
				return parent
					? { body: { data: parentAttachments(parent).map(instance.resource) } }
					: notFound(type);
			},
		],
		[
			'DELETE',
			`/v1/${segment}/:id/attachments/:aid`,
			(req) => {
				const parent = find(type, req.params.id);
				if (!parent) return notFound(type);
				const a = parentAttachments(parent).find((r) => r.id === req.params.aid);
				return remove('attachment', a);
			},
		],
	];

	// ---- forwards -----------------------------------------------------------------------------------

	function checkForward(body, creating) {
		if (creating && body.channel !== 'email') return bad('channel must be "email"', '/channel');
		if (body.to !== undefined) {
			if (!Array.isArray(body.to) || body.to.length === 0)
				return bad('to must be a non-empty array of { email }', '/to');
			for (const [i, to] of body.to.entries())
				if (!to || typeof to.email !== 'string' || !EMAIL.test(to.email))
					return bad('to[].email must be an email address', `/to/${i}/email`);
		} else if (creating) return bad('to is required', '/to');
		if (body.from !== undefined && (!body.from || !EMAIL.test(String(body.from.email))))
			return bad('from.email must be an email address', '/from/email');
		if (body.sendAt !== undefined && Number.isNaN(Date.parse(body.sendAt)))
			return bad('sendAt must be an ISO date', '/sendAt');
		return null;
	}

	function sendDueForward(r) {
		const at = r.attributes.sendAt;
		if (r.attributes.status !== 'sent' && at && Date.parse(at) <= env.now())
			h.touch(r, { status: 'sent', sentAt: new Date(env.now()).toISOString() });
	}

	function createForward(req) {
		const c = find('conversation', req.params.id);
		if (!c) return notFound('conversation');
		const problem = checkBody(req) || checkForward(req.body, true);
		if (problem) return problem;
		const r = instance.insert(
			'forward',
			{ status: 'draft', app: 'postmark', ...req.body },
			{ conversation: c.id, customer: c.rel.customer && c.rel.customer.id },
		);
		sendDueForward(r);
		return one(r, 200);
	}

	function updateForward(req) {
		const r = find('forward', req.params.id);
		if (!r) return notFound('forward');
		if (r.attributes.status === 'sent') return apiError(409, 'forward was already sent');
		const problem = checkBody(req) || checkForward(req.body, false);
		if (problem) return problem;
		h.touch(r, req.body);
		sendDueForward(r);
		return one(r);
	}

	// ---- tag writes (undocumented by Kustomer: the node's guess, modelled here) ----------------------

	const tagWrites = { refuseWith: null };

	function checkTag(body, creating) {
		for (const key of Object.keys(body))
			if (key !== 'name' && key !== 'color') return bad(`unknown tag attribute ${key}`, `/${key}`);
		if (creating && body.name === undefined) return bad('name is required', '/name');
		for (const key of ['name', 'color'])
			if (body[key] !== undefined && (typeof body[key] !== 'string' || !body[key].trim()))
				return bad(`${key} must be a non-empty string`, `/${key}`);
		return null;
	}

	const tagRoute = (method, path, handler) => [
		method,
		path,
		(req) =>
			tagWrites.refuseWith
				? apiError(tagWrites.refuseWith, `Cannot ${req.method} ${req.path}`)
				: handler(req),
	];

	// ---- reports ------------------------------------------------------------------------------------

	function auditLogs(req) {
		const q = req.query;
		const count = q.count === undefined ? 100 : Number(q.count);
		if (!Number.isInteger(count) || count < 1 || count > 1000)
			return apiError(400, 'count must be between 1 and 1000', { source: { parameter: 'count' } });
		if (q['filter[objectId]'] !== undefined && q['filter[objectType]'] === undefined)
			return apiError(400, 'filter[objectId] requires filter[objectType]', {
				source: { parameter: 'filter[objectId]' },
			});
		for (const key of ['filter[start]', 'filter[end]'])
			if (q[key] !== undefined && Number.isNaN(Date.parse(q[key])))
				return apiError(400, `${key} must be a date`, { source: { parameter: key } });
		const at = (r) => Date.parse(r.attributes.createdAt);
		const newestFirst = live('audit_log').sort((a, b) => at(b) - at(a) || b.id.localeCompare(a.id));
		const position = (id) => newestFirst.findIndex((r) => r.id === id);
		let from = 0;
		let to = newestFirst.length;
		if (q.before !== undefined) {
			const i = position(q.before);
			if (i < 0)
				return apiError(400, 'before is not an audit-log id', { source: { parameter: 'before' } });
			from = i + 1;
		}
		if (q.after !== undefined) {
			const i = position(q.after);
			if (i < 0)
				return apiError(400, 'after is not an audit-log id', { source: { parameter: 'after' } });
			to = i;
		}
		const matches = (r) =>
			(q['filter[objectType]'] === undefined ||
				r.attributes.objectType === q['filter[objectType]']) &&
			(q['filter[objectId]'] === undefined || r.attributes.objectId === q['filter[objectId]']) &&
			(q['filter[userId]'] === undefined || r.attributes.userId === q['filter[userId]']) &&
			(q['filter[start]'] === undefined || at(r) >= Date.parse(q['filter[start]'])) &&
			(q['filter[end]'] === undefined || at(r) < Date.parse(q['filter[end]']));
		const window = newestFirst.slice(from, to).filter(matches);
		const page = window.slice(0, count);
		const more = window.length > count;
		return {
			body: {
				meta: { cursorCount: page.length },
				links: {
					self: req.path,
					next: more ? `/v1/audit-logs?count=${count}&before=${page[page.length - 1].id}` : null,
				},
				data: page.map(instance.resource),
			},
		};
	}

	// ---- bulk delete --------------------------------------------------------------------------------

	function bulkDelete(req, type, ownedBy) {
		const ids = String(req.query.ids || '')
			.split(',')
			.filter(Boolean);
		if (ids.length === 0) return apiError(400, 'ids is required', { source: { parameter: 'ids' } });
		if (ids.length > BULK_MAX_IDS)
			return apiError(400, `at most ${BULK_MAX_IDS} ids per request`, {
				source: { parameter: 'ids' },
			});
		// Ids deleted before are accepted again (a repeated request leaves the same state); unknown ones are not.
		const records = ids.map((id) => instance.get(id));
		const missing = ids.find(
			(id, i) => !records[i] || records[i].type !== type || !ownedBy(records[i]),
		);
		if (missing)
			return apiError(400, `${type} ${missing} does not exist`, { source: { parameter: 'ids' } });
		for (const r of records) if (!r.deleted) remove(type, r);
		const job = instance.insert('bulk', {
			ids,
			context: type,
			status: 'done',
			completed: true,
			method: 'DELETE',
			count: ids.length,
		});
		return one(job, 201);
	}

	// ---- admin --------------------------------------------------------------------------------------

	const USER_TYPES = ['user', 'machine', 'limited', 'hourly'];

	function checkUser(body, creating) {
		if (creating && (!body.name || !body.email)) return bad('name and email are required');
		if (body.email !== undefined && !EMAIL.test(String(body.email)))
			return bad('email must be an email address', '/email');
		if (body.userType !== undefined && !USER_TYPES.includes(body.userType))
			return bad(`userType must be one of ${USER_TYPES.join(', ')}`, '/userType');
		for (const key of ['roles', 'roleGroups'])
			if (body[key] !== undefined && !Array.isArray(body[key]))
				return bad(`${key} must be an array`, `/${key}`);
		if (
			body.email !== undefined &&
			live(
				'user',
				(u) => String(u.attributes.email).toLowerCase() === String(body.email).toLowerCase(),
			).length
		)
			return apiError(409, `a user with email ${body.email} already exists`, {
				source: { pointer: '/email' },
			});
		return null;
	}

	function checkTeam(req, requireName) {
		const body = req.body;
		if (requireName && !body.name) return bad('name is required', '/name');
		if (body.name !== undefined && (typeof body.name !== 'string' || body.name.length > 256))
			return bad('name must be text of at most 256 characters', '/name');
		if (body.members !== undefined) {
			if (!Array.isArray(body.members))
				return bad('members must be an array of user ids', '/members');
			for (const u of body.members)
				if (!find('user', u)) return bad(`user ${u} does not exist`, '/members');
		}
		return null;
	}

	function checkKlass(body, creating) {
		if (creating) {
			if (!body.name || !KLASS_NAME.test(body.name))
				return bad('name is required: letters, digits, _ and -', '/name');
			if (live('klass', (k) => k.attributes.name === body.name).length)
				return apiError(409, `a klass named ${body.name} already exists`, {
					source: { pointer: '/name' },
				});
		}
		if (body.status !== undefined && !['enabled', 'disabled'].includes(body.status))
			return bad('status must be enabled or disabled', '/status');
		return null;
	}

	instance.auditLogs = {
		add: (attributes) =>
			instance.insert('audit_log', {
				eventVerb: 'update',
				org: '5f0000000000000000000001',
				...attributes,
			}),
	};
	instance.satisfaction = {
		add: (attributes) => instance.insert('satisfaction', attributes),
		respond(conversationId, level, { updatedAt } = {}) {
			const c = find('conversation', conversationId);
			if (!c) throw new Error(`sandbox: no conversation ${conversationId}`);
			const problem = satisfactionProblem(level, csatChannels);
			if (problem) throw new Error(`sandbox: ${problem[0]}`);
			const changes = { satisfactionLevel: level };
			if (typeof level.rating === 'number') changes.satisfaction = level.rating;
			h.touch(c, { ...changes, updatedAt: updatedAt || level.updatedAt });
			return c;
		},
	};

	// Conversation writes that carry satisfactionLevel get it checked before the usual handling.
	const conversationWrite = (method, path) =>
		(method === 'POST' &&
			['/v1/conversations', '/v1/customers/:id/conversations'].includes(path)) ||
		(['PUT', 'PATCH'].includes(method) && path === '/v1/conversations/:id');
	for (const route of instance.routes) {
		const [method, path, handler] = route;
		if (!conversationWrite(method, path)) continue;
		route[2] = (req, ctx) => {
			const body = req.body;
			if (body && typeof body === 'object' && body.satisfactionLevel !== undefined) {
				const problem = satisfactionProblem(body.satisfactionLevel, csatChannels);
				if (problem) return bad(problem[0], problem[1]);
			}
			return handler(req, ctx);
		};
	}
	instance.tagWrites = tagWrites;
	const reset = instance.reset.bind(instance);
	instance.reset = () => {
		reset();
		tagWrites.refuseWith = null;
	};

	instance.routes.unshift(
		['GET', '/v1/conversations/:id/attachments', conversationAttachments],
		...Object.entries(ATTACHMENT_PARENTS).flatMap(([segment, type]) =>
			attachmentRoutes(segment, type),
		),
		['POST', '/v1/conversations/:id/forwards', createForward],
		[
			'GET',
			'/v1/conversations/:id/forwards',
			(req) =>
				find('conversation', req.params.id)
					? list(req, h.byRel('forward', 'conversation', req.params.id))
					: notFound('conversation'),
		],
		[
			'GET',
			'/v1/forwards/:id',
			(req) =>
				find('forward', req.params.id) ? one(find('forward', req.params.id)) : notFound('forward'),
		],
		['PUT', '/v1/forwards/:id', updateForward],
		tagRoute(
			'POST',
			'/v1/tags',
			(req) => checkBody(req) || checkTag(req.body, true) || createOne('tag', req),
		),
		tagRoute('PUT', '/v1/tags/:id', (req) => {
			const t = find('tag', req.params.id);
			if (!t) return notFound('tag');
			return checkBody(req) || checkTag(req.body, false) || update('tag', t, req, 'PUT');
		}),
		tagRoute('DELETE', '/v1/tags/:id', (req) => remove('tag', find('tag', req.params.id))),
		['GET', '/v1/satisfaction', (req) => list(req, live('satisfaction'))],
		['GET', '/v1/audit-logs', auditLogs],
		['DELETE', '/v1/customers/bulk', (req) => bulkDelete(req, 'customer', () => true)],
		[
			'DELETE',
			'/v1/klasses/:name/bulk',
			(req) => {
				if (!live('klass', (k) => k.attributes.name === req.params.name).length)
					return notFound(`klass ${req.params.name}`);
				return bulkDelete(req, 'kobject', (r) => r.rel.klass.id === req.params.name);
			},
		],
		[
			'POST',
			'/v1/users',
			(req) =>
				checkBody(req) ||
				checkUser(req.body, true) ||
				createOne('user', req, {}, ['name', 'email']),
		],
		[
			'PUT',
			'/v1/users/:id',
			(req) => {
				const u = find('user', req.params.id);
				if (!u) return notFound('user');
				const problem = checkBody(req);
				if (problem) return problem;
				const { email, ...rest } = req.body;
				const changesEmail = email !== undefined && email !== u.attributes.email;
				return checkUser(changesEmail ? req.body : rest, false) || update('user', u, req, 'PUT');
			},
		],
		[
			'POST',
			'/v1/teams',
			(req) => checkBody(req) || checkTeam(req, true) || createOne('team', req, {}, ['name']),
		],
		...['PUT', 'PATCH'].map((method) => [
			method,
			'/v1/teams/:id',
			(req) => {
				const t = find('team', req.params.id);
				if (!t) return notFound('team');
				return checkBody(req) || checkTeam(req, method === 'PUT') || update('team', t, req, method);
			},
		]),
		['DELETE', '/v1/teams/:id', (req) => remove('team', find('team', req.params.id))],
		[
			'POST',
			'/v1/klasses',
			(req) => {
				const problem = checkBody(req) || checkKlass(req.body, true);
				if (problem) return problem;
				const created = createOne('klass', req, {}, ['name']);
				if (created.status !== 201) return created;
				// Kustomer enables a new Klass unless told otherwise.
				const k = instance.get(created.body.data.id);
				if (k.attributes.status === undefined) k.attributes.status = 'enabled';
				return one(k, 201);
			},
		],
		[
			'PUT',
			'/v1/klasses/:id',
			(req) => {
				const k = find('klass', req.params.id);
				if (!k) return notFound('klass');
				const problem = checkBody(req) || checkKlass(req.body, false);
				if (problem) return problem;
				if (req.body.name !== undefined && req.body.name !== k.attributes.name)
					return bad('the name of a klass cannot be changed', '/name');
				return update('klass', k, req, 'PUT');
			},
		],
		[
			'DELETE',
			'/v1/klasses/:id',
			(req) => {
				const k = find('klass', req.params.id);
				if (!k) return notFound('klass');
				if (live('kobject', (r) => r.rel.klass.id === k.attributes.name).length)
					return apiError(409, 'a klass with custom objects cannot be deleted');
				return remove('klass', k);
			},
		],
	);
}

module.exports = { extend };
