import type { IHttpRequestMethods } from 'n8n-workflow';

/**
 * Kustomer endpoints the node calls although Kustomer does not document them. Kustomer's API
 * reference (https://developer.kustomer.com/api) documents only the tag list, GET /v1/tags; creating,
 * renaming and deleting tags have no documented endpoint. The calls below are the REST-consistent
 * guess, kept here so they are changed in one place once Kustomer documents (or an org shows) the
 * real ones:
 * - Create: POST /v1/tags with flat attributes `{ name, color }`, like every other Kustomer body.
 * - Update: PUT /v1/tags/{id}. Every Kustomer resource that can be changed takes PUT (customers,
 *   conversations, companies, Klasses, teams, users, drafts, forwards), while PATCH is offered only by
 *   some; and Kustomer's PUT merges the attributes sent unless `replace=true` is asked for, so a PUT
 *   with only the color keeps the name.
 * - Delete: DELETE /v1/tags/{id}.
 */
export const TAG_WRITES = {
	create: { method: 'POST', path: () => '/v1/tags' },
	update: { method: 'PUT', path: (id: string) => `/v1/tags/${id}` },
	delete: { method: 'DELETE', path: (id: string) => `/v1/tags/${id}` },
} satisfies Record<string, { method: IHttpRequestMethods; path: (id: string) => string }>;

/**
 * HTTP statuses with which an org's API says it has no such endpoint (404 Not Found, 405 Method Not
 * Allowed): the item then fails with a message that the tag write is undocumented, not with the
 * user's input.
 */
export const ENDPOINT_NOT_ACCEPTED = [404, 405];
