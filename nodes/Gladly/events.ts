import type { INodePropertyOptions } from 'n8n-workflow';

/**
 * Gladly's event types: the one place their names are listed. The Webhook resource and the Gladly
 * Trigger offer `WEBHOOK_EVENTS`, the Gladly Polling Trigger `POLLED_EVENTS`.
 */

/**
 * Every webhook event type of Gladly's current API document (createWebhook `events` enum,
 * test/fixtures/openapi/gladly-openapi-current.yml), PING excluded.
 */
export const GLADLY_EVENTS = [
	'AGENT_AVAILABILITY/FOCUS_ENTERED',
	'AGENT_AVAILABILITY/FOCUS_EXITED',
	'AGENT_AVAILABILITY/UPDATED',
	'AGENT_STATUS/CHANGED_ACTIVE_REASON',
	'AGENT_STATUS/LOGGED_IN',
	'AGENT_STATUS/LOGGED_OUT',
	'AGENT_STATUS/RETURNED_FROM_AWAY',
	'AGENT_STATUS/WENT_AWAY',
	'CONTACT/ENDED',
	'CONTACT/FULFILLED',
	'CONTACT/HOLD_ENDED',
	'CONTACT/HOLD_STARTED',
	'CONTACT/JOINED',
	'CONTACT/MESSAGE_RECEIVED',
	'CONTACT/MESSAGE_SENT',
	'CONTACT/OFFERED',
	'CONTACT/OFFER_ACCEPTED',
	'CONTACT/OFFER_REJECTED',
	'CONTACT/STARTED',
	'CONTACT/TRANSFERRED',
	'CONVERSATION/CLOSED',
	'CONVERSATION/CREATED',
	'CONVERSATION/CUSTOM_ATTRIBUTE_ADDED',
	'CONVERSATION/CUSTOM_ATTRIBUTE_REMOVED',
	'CONVERSATION/NOTE_CREATED',
	'CONVERSATION/REOPENED',
	'CONVERSATION/TOPIC_ADDED',
	'CONVERSATION/TOPIC_REMOVED',
	'CONVERSATION_ASSIGNEE/UPDATED',
	'CONVERSATION_STATUS/UPDATED',
	'CUSTOMER/MERGED',
	'CUSTOMER_PROFILE/CREATED',
	'CUSTOMER_PROFILE/DELETED',
	'CUSTOMER_PROFILE/MERGED',
	'CUSTOMER_PROFILE/UPDATED',
	'EXPORT_JOB/COMPLETED',
	'EXPORT_JOB/FAILED',
	'PAYMENT_REQUEST/CREATED',
	'PAYMENT_REQUEST/STATUS_CHANGED',
	'PAYMENT_REQUEST/VIEWED',
	'TASK/ASSIGNEE_UPDATED',
	'TASK/CLOSED',
	'TASK/COMMENT_ADDED',
	'TASK/CONTENT_UPDATED',
	'TASK/CREATED',
	'TASK/DUE_DATE_UPDATED',
	'TASK/FOLLOWER_ADDED',
	'TASK/FOLLOWER_REMOVED',
	'TASK/REOPENED',
];

/**
 * Message Automation and Custom Channels events: listed (with their payloads) only by the older copy
 * of Gladly's document (test/fixtures/openapi/gladly-openapi.json), like the endpoints they go with.
 */
export const MESSAGING_EVENTS = [
	'AUTOMATION/MESSAGE_RECEIVED',
	'AUTOMATION/MESSAGE_SENT',
	'CUSTOM_CHANNEL/MESSAGE_SENT',
];

/** Everything a webhook can be registered for. */
export const WEBHOOK_EVENTS = [...GLADLY_EVENTS, ...MESSAGING_EVENTS].sort();

/**
 * Webhook events the Events API (`GET /events`) never returns: its response schema lists every other
 * type, but not these (messaging events, conversation status, the deprecated profile merge, export jobs).
 */
const NOT_IN_EVENTS_API = new Set([
	...MESSAGING_EVENTS,
	'CONVERSATION_STATUS/UPDATED',
	'CUSTOMER_PROFILE/MERGED',
	'EXPORT_JOB/COMPLETED',
	'EXPORT_JOB/FAILED',
]);

/** The event types the Events API can return, so the ones a polling trigger can see. */
export const POLLED_EVENTS = WEBHOOK_EVENTS.filter((type) => !NOT_IN_EVENTS_API.has(type));

/** "CONVERSATION_ASSIGNEE/UPDATED" → "Conversation Assignee Updated". */
export function titleOf(value: string): string {
	return value
		.split(/[/_]/)
		.map((word) => word.charAt(0) + word.slice(1).toLowerCase())
		.join(' ');
}

const optionsOf = (types: string[]): INodePropertyOptions[] =>
	types
		.map((value) => ({
			name:
				value === 'CUSTOMER_PROFILE/MERGED'
					? 'Customer Profile Merged (Deprecated)'
					: titleOf(value),
			value,
			description: `Gladly event ${value}`,
		}))
		.sort((a, b) => a.name.localeCompare(b.name));

/** Options of the Gladly Trigger's Trigger On: every webhook event. */
export const EVENT_OPTIONS = optionsOf(WEBHOOK_EVENTS);

/** Options of the Gladly Polling Trigger's Event Types: what the Events API returns. */
export const POLLED_EVENT_OPTIONS = optionsOf(POLLED_EVENTS);
