import { sleep } from 'n8n-workflow';
import type { IDataObject } from 'n8n-workflow';

import { gladlyRequest } from './transport';
import { idSegment } from '../shared/ids';
import type { RequestContext } from '../shared/types';

/** Gladly waits 15 s for a webhook answer: fetching the full objects gets at most this much of it. */
export const FETCH_BUDGET_MS = 5_000;

const LOOKUPS: Array<[field: string, key: string, path: string]> = [
	['conversationId', 'conversation', '/conversations'],
	['customerId', 'customer', '/customer-profiles'],
	['messageId', 'message', '/conversation-items'],
	['taskId', 'task', '/tasks'],
];

/**
 * Fetches the conversation, customer, message and task an event names (its payload carries ids
 * only), in parallel and within `budgetMs` in total. What did not arrive in time, or failed, is
 * left out and named in `fetchError`; the ids stay in `content` either way.
 */
export async function fetchFullObjects(
	context: RequestContext,
	content: IDataObject,
	budgetMs = FETCH_BUDGET_MS,
): Promise<IDataObject> {
	const fetched: IDataObject = {};
	const problems: string[] = [];
	const wanted = LOOKUPS.filter(([field]) => typeof content[field] === 'string' && content[field]);
	if (wanted.length === 0) return fetched;
	const work = Promise.all(
		wanted.map(async ([field, key, base]) => {
			try {
				const id = idSegment(context.getNode(), content[field] as string, field, 0);
				// Not retried after a timeout (idempotent: false): the budget is spent by then anyway.
				const response = await gladlyRequest({ n8n: context }, 'GET', `${base}/${id}`, {
					timeoutMs: budgetMs,
					idempotent: false,
				});
				fetched[key] = response.body as IDataObject;
			} catch (error) {
				problems.push(`${key}: ${(error as Error).message}`);
			}
		}),
	);
	let finished = false;
	void work.then(() => (finished = true));
	// Short naps rather than one long timer: no timer outlives the answer by more than 50 ms.
	const deadline = Date.now() + budgetMs;
	while (!finished && Date.now() < deadline) await sleep(Math.min(50, deadline - Date.now()));
	const missing = wanted.filter(([, key]) => !(key in fetched)).map(([, key]) => key);
	if (!finished)
		problems.push(
			`no answer within ${budgetMs / 1000} s for ${missing.filter((key) => !problems.some((p) => p.startsWith(`${key}:`))).join(', ')}`,
		);
	return problems.length
		? {
				...fetched,
				fetchError: `Could not fetch ${problems.join('; ')}. The item carries the ids only.`,
			}
		: fetched;
}
