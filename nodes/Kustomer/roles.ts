/**
 * Roles each kind of request needs (reference: kustomer.md §15), to tell the user which role a 403
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

/** Best guess of the permission role a request needs, e.g. `org.permission.customer.read`. */
export function requiredRole(method: string, path: string): string | undefined {
	const segment = /^\/v\d\/([^/?]+)/.exec(path)?.[1];
	const resource = segment ? RESOURCE_BY_SEGMENT[segment] : undefined;
	if (!resource) return undefined;
	// Search is a POST but only reads.
	const action = /\/search(?:$|\?)/.test(path) ? 'read' : ACTION_BY_METHOD[method.toUpperCase()];
	return action ? `org.permission.${resource}.${action}` : undefined;
}

export function roleHint(message: string, request: { method: string; path: string }): string {
	const role = ROLE_PATTERN.exec(message)?.[0] ?? requiredRole(request.method, request.path);
	const named = role ? `The API key lacks the role ${role}. ` : 'The API key lacks a role this request needs. ';
	return `${named}Roles cannot be changed on an existing Kustomer API key: create a new key with that role (Settings › Security › API Keys) and update the credentials.`;
}
