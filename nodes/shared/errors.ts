import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import type { INode, JsonObject } from 'n8n-workflow';

import { MAX_RETRY_AFTER_MS } from './retry';
import type { ApiResponse, ProviderErrorInfo, ProviderProfile } from './types';

const MAX_WAIT_S = MAX_RETRY_AFTER_MS / 1000;

export function itemSuffix(itemIndex: number | undefined): string {
	return itemIndex === undefined ? '' : ` [item ${itemIndex}]`;
}

/** Turns any error body into short plain text: JSON as is, HTML reduced to its title/text. */
export function plainText(body: unknown, max = 300): string {
	if (body === undefined || body === null) return '';
	if (Buffer.isBuffer(body)) return plainText(body.toString('utf8'), max);
	if (typeof body !== 'string') return JSON.stringify(body).slice(0, max);
	const text = body.trim();
	if (/^<!doctype html|^<html|<\/[a-z]+>/i.test(text)) {
		const title = /<title[^>]*>([^<]*)<\/title>/i.exec(text)?.[1]?.trim();
		const stripped = text
			.replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
			.replace(/<[^>]+>/g, ' ')
			.replace(/\s+/g, ' ')
			.trim();
		return (title || stripped).slice(0, max);
	}
	return text.slice(0, max);
}

/** Parses a JSON body that arrived as text; undefined when it is not JSON. */
export function tryParseJson(text: unknown): unknown {
	if (typeof text !== 'string') return text;
	const trimmed = text.trim();
	if (!trimmed || !/^[[{"]/.test(trimmed)) return undefined;
	try {
		return JSON.parse(trimmed);
	} catch {
		return undefined;
	}
}

const STATUS_HINTS: Record<number, string> = {
	400: 'Check the values sent for this item; the message above names the field the service rejected.',
	401: 'Check the credentials: the key may be wrong, revoked or expired.',
	403: 'The credentials are valid but not allowed to do this.',
	404: 'Check the ID; the record may have been deleted or belong to another account.',
	409: 'The record conflicts with an existing one.',
	413: 'The request is too large for the service; send less data per item.',
	429: 'The service rate limit was reached and did not clear after several retries. Lower the batch size or run less often.',
	500: 'The service failed; the node retried where it was safe. Try again later.',
	502: 'The service was unreachable; the node retried where it was safe. Try again later.',
	503: 'The service is unavailable; the node retried where it was safe. Try again later.',
	504: 'The service timed out; the node retried where it was safe. Try again later.',
};

export function defaultHint(status: number): string | undefined {
	return STATUS_HINTS[status] ?? (status >= 500 ? STATUS_HINTS[500] : undefined);
}

/**
 * Builds the NodeApiError for a provider's error response. The error carries only the status, the
 * provider's code and message: never the request, so no header or key can end up in it.
 */
export function providerError(
	node: INode,
	profile: ProviderProfile,
	response: ApiResponse<unknown>,
	request: { method: string; path: string },
	itemIndex?: number,
): NodeApiError {
	const info: ProviderErrorInfo = profile.parseError(response, request);
	const status = response.statusCode;
	const message = `${profile.app} answered ${status}: ${info.message || plainText(response.body) || 'no details'}${itemSuffix(itemIndex)}`;
	const safe: JsonObject = { httpCode: String(status), message, providerCode: info.code ?? null };
	return new NodeApiError(node, safe, {
		message,
		description: info.hint ?? defaultHint(status),
		httpCode: String(status),
		itemIndex,
	});
}

export function networkError(
	node: INode,
	app: string,
	detail: { code: string; message: string; maybeProcessed: boolean; attempts: number },
	itemIndex?: number,
): NodeApiError {
	const what = detail.code ? `${detail.code}` : detail.message;
	const message = `Could not reach ${app} (${what}) after ${detail.attempts} attempt${detail.attempts === 1 ? '' : 's'}${itemSuffix(itemIndex)}`;
	const description = detail.maybeProcessed
		? `The connection broke after the request was sent, so ${app} may have processed it. Check in ${app} before running this item again.`
		: `Check the network and the ${app} status page, then run the workflow again.`;
	const error = new NodeApiError(
		node,
		{ message, networkCode: detail.code || null } as JsonObject,
		{ message, description, itemIndex },
	);
	// NodeApiError swaps a message naming a network code (ECONNRESET, ETIMEDOUT…) for n8n's generic text,
	// which names neither the app nor the item: keep ours.
	error.message = message;
	return error;
}

export function unreadableResponse(
	node: INode,
	app: string,
	status: number,
	body: unknown,
	maybeProcessed: boolean,
	itemIndex?: number,
): NodeApiError {
	const preview = plainText(body, 120);
	const message = `${app} returned an unreadable response (HTTP ${status}${preview ? `: ${preview}` : ', empty body'})${itemSuffix(itemIndex)}`;
	const description = maybeProcessed
		? `${app} may have processed the request. Check in ${app} before running this item again.`
		: 'The node retried the request; the service kept answering with a broken response. Try again later.';
	return new NodeApiError(node, { message, httpCode: String(status) } as JsonObject, {
		message,
		description,
		httpCode: String(status),
		itemIndex,
	});
}

/**
 * The provider asks for a wait longer than the node allows (a Retry-After of an hour, a rate-limit
 * reset days away): the item fails at once and the message names the wait, rather than the run
 * stalling or the request being resent early.
 */
export function waitTooLong(
	node: INode,
	app: string,
	what: string,
	itemIndex?: number,
	status?: number,
): NodeApiError {
	const message = `${app} is not accepting requests now: ${what}${itemSuffix(itemIndex)}`;
	const description = `The node waits at most ${MAX_WAIT_S} s. Run the workflow again later, or lower how often it runs.`;
	const error = new NodeApiError(
		node,
		{ message, httpCode: status === undefined ? null : String(status) } as JsonObject,
		{
			message,
			description,
			httpCode: status === undefined ? undefined : String(status),
			itemIndex,
		},
	);
	error.message = message;
	return error;
}

/** A user-input problem: names the parameter and the item; thrown before any request is sent. */
export function inputError(
	node: INode,
	parameter: string,
	problem: string,
	itemIndex?: number,
	description?: string,
): NodeOperationError {
	return new NodeOperationError(
		node,
		`Parameter '${parameter}' ${problem}${itemSuffix(itemIndex)}`,
		{
			itemIndex,
			description,
		},
	);
}
