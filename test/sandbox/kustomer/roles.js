'use strict';

// Roles per endpoint, from Kustomer's endpoint pages (https://developer.kustomer.com/api) (any one listed role is enough; legacy
// org.user.* roles are accepted too). `null` = no role needed. First match wins.

const SEARCH = [
	'org.permission.search.create',
	'org.permission.search.update',
	'org.permission.search_global.create',
	'org.permission.search_preview.create',
	'org.user.search.read',
	'org.admin.search.read',
];

const LEGACY_ACTION = { read: 'read', create: 'write', update: 'write', delete: 'delete' };

function perm(resource, action) {
	return [
		`org.permission.${resource}.${action}`,
		`org.user.${resource}.${LEGACY_ACTION[action] || action}`,
	];
}

const ID = '[^/]+';
const TABLE = [
	['*', `^/v1/auth/tokens/current$`, null],
	['POST', `^/v1/customers/(archive/)?search$`, SEARCH],
	['POST', `^/v1/customers/merges$`, perm('customer_merge', 'create')],
	['GET', `^/v1/customers/(merges/${ID}|${ID}/merges)$`, perm('customer_merge', 'read')],
	['GET', `^/v1/customers/${ID}/conversations$`, perm('conversation', 'read')],
	['POST', `^/v1/customers/${ID}/conversations$`, perm('conversation', 'create')],
	['GET', `^/v1/customers/${ID}/messages$`, perm('message', 'read')],
	['POST', `^/v1/customers/${ID}/messages$`, perm('message', 'create')],
	['GET', `^/v1/customers/${ID}/notes$`, perm('note', 'read')],
	['GET', `^/v1/customers/${ID}/klasses/${ID}$`, perm('customer', 'read')],
	[
		'POST',
		`^/v1/customers/${ID}/klasses/${ID}$`,
		[...perm('kobject', 'create'), 'org.permission.kobject.kobject_*.create'],
	],
	['GET', `^/v1/customers/${ID}/drafts$`, perm('draft', 'read')],
	['POST', `^/v1/customers/${ID}/drafts$`, null],
	['GET', `^/v1/(drafts|forwards)/${ID}/attachments`, perm('attachment', 'read')],
	['*', `^/v1/drafts/`, null],
	['GET', `^/v1/conversations/${ID}/attachments$`, perm('attachment', 'read')],
	['GET', `^/v1/conversations/${ID}/forwards$`, perm('draft', 'read')],
	['POST', `^/v1/conversations/${ID}/forwards$`, perm('conversation_forward', 'create')],
	['GET', `^/v1/forwards/`, perm('draft', 'read')],
	['GET', `^/v1/messages/${ID}/attachments/`, perm('attachment', 'read')],
	['POST', `^/v1/klasses$`, [...perm('klass', 'create'), 'org.admin.klass.write']],
	['PUT', `^/v1/klasses/${ID}$`, [...perm('klass', 'update'), 'org.admin.klass.write']],
	['DELETE', `^/v1/klasses/${ID}$`, [...perm('klass', 'delete'), 'org.admin.klass.write']],
	['DELETE', `^/v1/klasses/${ID}/bulk$`, perm('kobject', 'delete')],
	['POST', `^/v1/users$`, ['org.admin.user']],
	['GET', `^/v1/satisfaction`, perm('satisfaction', 'read')],
	['GET', `^/v1/audit-logs`, perm('audit_logs', 'read')],
	['GET', `^/v1/conversations/${ID}/events$`, perm('event', 'read')],
	['GET', `^/v1/conversations/${ID}/messages$`, perm('message', 'read')],
	['POST', `^/v1/conversations/${ID}/messages$`, perm('message', 'create')],
	['GET', `^/v1/conversations/${ID}/notes$`, perm('note', 'read')],
	['POST', `^/v1/conversations/${ID}/notes$`, [...perm('note', 'create'), 'org.user.note.read']],
	['POST', `^/v1/conversations/${ID}/tags$`, perm('conversation', 'update')],
	['DELETE', `^/v1/conversations/${ID}/tags$`, perm('conversation', 'delete')],
	[
		'POST',
		`^/v1/messages/${ID}/redactions$`,
		['org.permission.message_redaction.create', 'org.admin.message.write'],
	],
	['GET', `^/v1/companies/${ID}/klasses/${ID}$`, perm('company', 'read')],
	['GET', `^/v1/klasses(/${ID})?$`, [...perm('klass', 'read'), 'org.admin.klass.read']],
	[
		'POST',
		`^/v1/klasses/${ID}(/bulk)?$`,
		[...perm('kobject', 'create'), 'org.permission.kobject.kobject_*.create'],
	],
	['PUT', `^/v1/klasses/${ID}/bulk$`, perm('kobject', 'update')],
	['GET', `^/v1/klasses/${ID}/${ID}$`, perm('kobject', 'read')],
	['PUT', `^/v1/klasses/${ID}/${ID}$`, perm('kobject', 'update')],
	['DELETE', `^/v1/klasses/${ID}/${ID}$`, perm('kobject', 'delete')],
	['GET', `^/v1/metadata/${ID}$`, [...perm('metadata', 'read'), 'org.admin.metadata.read']],
	['GET', `^/v1/teams$`, ['org.permission.team.read']],
	['POST', `^/v1/tracking/`, ['org.tracking']],
	['GET', `^/v1/brands`, ['org.permission.brand.read', 'org.admin.brand.read']],
	['GET', `^/v1/tags`, ['org.permission.tag.read', 'org.user.tag.read', 'org.admin.tag.read']],
	['POST', `^/v1/attachments$`, [...perm('message', 'create'), ...perm('note', 'create')]],
];

const BY_RESOURCE = {
	customers: 'customer',
	conversations: 'conversation',
	messages: 'message',
	notes: 'note',
	companies: 'company',
	tags: 'tag',
};
const ACTION = { GET: 'read', POST: 'create', PUT: 'update', PATCH: 'update', DELETE: 'delete' };

/** Acceptable roles for a request, or null when none is needed (users, teams' other calls, queues...). */
function rolesFor(method, path) {
	for (const [m, pattern, roles] of TABLE) {
		if ((m === '*' || m === method) && new RegExp(pattern).test(path)) return roles;
	}
	const m = /^\/v1\/([a-z-]+)(?:\/|$)/.exec(path);
	const resource = m && BY_RESOURCE[m[1]];
	if (!resource) return null;
	const bulkUpdate = /\/bulk$/.test(path) && method === 'PUT';
	return perm(resource, bulkUpdate ? 'update' : ACTION[method] || 'read');
}

/** Every read role above plus search: what a "read-only" key gets. */
const READ_ROLES = [
	...[
		'customer',
		'conversation',
		'message',
		'note',
		'company',
		'klass',
		'kobject',
		'metadata',
		'team',
		'draft',
		'event',
		'tag',
		'brand',
		'attachment',
		'satisfaction',
		'audit_logs',
	].map((r) => `org.permission.${r}.read`),
	'org.permission.search.create',
];

module.exports = { rolesFor, READ_ROLES };
