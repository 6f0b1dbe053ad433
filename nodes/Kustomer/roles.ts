/**
 * Roles each kind of request needs (https://developer.kustomer.com/docs/get-started/api-keys-and-roles and each endpoint's page at https://developer.kustomer.com/api), to tell the user which role a 403
 * is about when Kustomer's message does not name it. Roles cannot be added to an existing key.
 */
const ROLE_PATTERN = /org\.(?:permission|user|admin)[a-z.]*/i;

const ACTION_BY_METHOD: Record<string, string> = {
	GET: 'read',
	POST: 'create',
	PUT: 'update',
	PATCH: 'update',
	DELETE: 'delete',
};

/** Resource names as Kustomer's permission roles spell them, by the first path segment after /v1. */
const RESOURCE_BY_SEGMENT: Record<string, string> = {
	customers: 'customer',
	conversations: 'conversation',
	messages: 'message',
	notes: 'note',
	drafts: 'draft',
	companies: 'company',
	klasses: 'kobject',
	kobjects: 'kobject',
	users: 'user',
	teams: 'team',
	tags: 'tag',
	'outbound-webhooks': 'outbound_webhook',
};

/** Endpoints whose role differs from the method/resource pattern (per the endpoint pages at https://developer.kustomer.com/api), first match wins. */
const SPECIAL_ROLES: Array<[method: string, pattern: RegExp, role: string]> = [
	['POST', /^\/v1\/customers\/(archive\/)?search$/, 'org.permission.search.create'],
	['POST', /^\/v1\/customers\/merges$/, 'org.permission.customer_merge.create'],
	['GET', /^\/v1\/customers\/(merges\/[^/]+|[^/]+\/merges)$/, 'org.permission.customer_merge.read'],
	['GET', /^\/v1\/customers\/[^/]+\/conversations$/, 'org.permission.conversation.read'],
	['POST', /^\/v1\/customers\/[^/]+\/conversations$/, 'org.permission.conversation.create'],
	['GET', /^\/v1\/(customers|conversations)\/[^/]+\/messages$/, 'org.permission.message.read'],
	['POST', /^\/v1\/(customers|conversations)\/[^/]+\/messages$/, 'org.permission.message.create'],
	['GET', /^\/v1\/(customers|conversations)\/[^/]+\/notes$/, 'org.permission.note.read'],
	['POST', /^\/v1\/conversations\/[^/]+\/notes$/, 'org.permission.note.create'],
	['GET', /^\/v1\/customers\/[^/]+\/klasses\/[^/]+$/, 'org.permission.customer.read'],
	['POST', /^\/v1\/customers\/[^/]+\/klasses\/[^/]+$/, 'org.permission.kobject.create'],
	['GET', /^\/v1\/companies\/[^/]+\/klasses\/[^/]+$/, 'org.permission.company.read'],
	['GET', /^\/v1\/customers\/[^/]+\/drafts$/, 'org.permission.draft.read'],
	['POST', /^\/v1\/conversations\/[^/]+\/tags$/, 'org.permission.conversation.update'],
	['DELETE', /^\/v1\/conversations\/[^/]+\/tags$/, 'org.permission.conversation.delete'],
	['GET', /^\/v1\/conversations\/[^/]+\/events$/, 'org.permission.event.read'],
	['POST', /^\/v1\/messages\/[^/]+\/redactions$/, 'org.permission.message_redaction.create'],
	[
		'GET',
		/^\/v1\/(conversations|drafts|forwards)\/[^/]+\/attachments$/,
		'org.permission.attachment.read',
	],
	['GET', /^\/v1\/messages\/[^/]+\/attachments\//, 'org.permission.attachment.read'],
	['GET', /^\/v1\/(conversations\/[^/]+\/forwards$|forwards\/)/, 'org.permission.draft.read'],
	['POST', /^\/v1\/conversations\/[^/]+\/forwards$/, 'org.permission.conversation_forward.create'],
	['POST', /^\/v1\/klasses$/, 'org.permission.klass.create'],
	['PUT', /^\/v1\/klasses\/[^/]+$/, 'org.permission.klass.update'],
	['DELETE', /^\/v1\/klasses\/[^/]+\/bulk$/, 'org.permission.kobject.delete'],
	['DELETE', /^\/v1\/klasses\/[^/]+$/, 'org.permission.klass.delete'],
	['POST', /^\/v1\/users$/, 'org.admin.user'],
	['GET', /^\/v1\/satisfaction$/, 'org.permission.satisfaction.read'],
	['GET', /^\/v1\/audit-logs$/, 'org.permission.audit_logs.read'],
	['GET', /^\/v1\/klasses(\?|$)/, 'org.permission.klass.read'],
	['GET', /^\/v1\/klasses\/[^/]+$/, 'org.permission.klass.read'],
	['POST', /^\/v1\/klasses\/[^/]+(\/bulk)?$/, 'org.permission.kobject.create'],
	['PUT', /^\/v1\/klasses\/[^/]+\/bulk$/, 'org.permission.kobject.update'],
	['GET', /^\/v1\/metadata\//, 'org.permission.metadata.read'],
	['POST', /^\/v1\/tracking\//, 'org.tracking'],
	['POST', /^\/v1\/attachments$/, 'org.permission.message.create'],
	['PUT', /^\/v1\/[a-z]+\/bulk$/, ''],
];

/** Best guess of the permission role a request needs, e.g. `org.permission.customer.read`. */
export function requiredRole(method: string, path: string): string | undefined {
	const bare = path.split('?')[0];
	const upper = method.toUpperCase();
	const special = SPECIAL_ROLES.find(([m, pattern]) => m === upper && pattern.test(bare));
	if (special && special[2]) return special[2];
	const segment = /^\/v\d\/([^/?]+)/.exec(bare)?.[1];
	const resource = segment ? RESOURCE_BY_SEGMENT[segment] : undefined;
	if (!resource) return undefined;
	const action = special ? 'update' : ACTION_BY_METHOD[upper];
	return action ? `org.permission.${resource}.${action}` : undefined;
}

export function roleHint(message: string, request: { method: string; path: string }): string {
	const role = ROLE_PATTERN.exec(message)?.[0] ?? requiredRole(request.method, request.path);
	const named = role
		? `The API key lacks the role ${role}. `
		: 'The API key lacks a role this request needs. ';
	return `${named}Roles cannot be changed on an existing Kustomer API key: create a new key with that role (Settings › Security › API Keys) and update the credentials.`;
}
