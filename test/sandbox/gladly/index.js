'use strict';

// Fake Gladly REST API (https://developer.gladly.com/rest/), shaped after
// test/fixtures/openapi/gladly-openapi-current.yml:
// Basic auth (email:token), 10 req/s per org with Ratelimit-*-Second headers, 201 + Location creates,
// 204 updates, capped lists with Gladly-Limited-Data, errors as {errors:[{attr,code,detail}]} (and the
// single-object variant the spec shows for some 404/400s), 301 for merged customers, 303 for
// attachments, CSV reports (10/min, 2 concurrent), JSONL export files and events.

const crypto = require('node:crypto');

const EMAIL = 'api-user@acme.example';
const TOKEN = 'gladly-sandbox-token';
const ORG_ID = 'ihKsWxiZCDVtXg1iwVmT9Q';

const CAPS = {
	conversations: 100,
	items: 1000,
	tasks: 2000,
	comments: 1000,
	profiles: 50,
	publicAnswers: 1000,
};

const METRIC_SETS = [
	'AbandonedCallsInIVRReport',
	'AgentAvailableTimeReportV2',
	'AgentAwayTimeReport',
	'AgentDurationsReport',
	'AgentDurationsReportV2',
	'AgentLoginTimeReport',
	'AgentSummary',
	'AgentSummaryGlanceReport',
	'AgentSummaryGlanceReportV2',
	'AgentSummaryV2',
	'AgentTimestampsReport',
	'AnswerUsageByAgentReport',
	'AnswerUsageReport',
	'AutoThrottleChangesReport',
	'AutoThrottleMissedConversationsReport',
	'ChannelMixReportV2',
	'ChannelWaitTimeReport',
	'ChannelWaitTimeReportV2',
	'ChatDisplayPctChangesReport',
	'ContactExportReportV3',
	'ContactSummaryCountsReport',
	'ContactSummaryDurationsReport',
	'ContactSummaryDurationsReportV2',
	'ContactSummaryReport',
	'ContactSummaryReportV2',
	'ContactTimestampsReport',
	'ConversationExportReport',
	'ConversationSidekickExportReport',
	'ConversationSummaryReport',
	'ConversationTimestampsReport',
	'FirstContactResolutionByAgentV2Report',
	'GladAppAnswerSearchReport',
	'GladAppAnswerUsageReport',
	'GladAppContactPointsReport',
	'GladlyAISessionsDetailReport',
	'GladlyAISessionsDetailWithMessagesReport',
	'HelpCenterAnswerSearchReport',
	'HelpCenterAnswerUsageReport',
	'IVRExecutiveSummaryReportV2',
	'IvrEndStatesReportV2',
	'PaymentsByAgentReport',
	'PaymentsSummaryReport',
	'ProactiveVoiceSummaryReport',
	'QuickActionsUsageReport',
	'SelfServiceThreadsReport',
	'SidekickAssistsByClassificationTopicReport',
	'TaskExportReport',
	'TaskSummaryReport',
	'TaskTimestampsReport',
	'TopicHierarchyReport',
	'TopicSummaryReport',
	'WorkSessionEventsReportV3',
	'WorkSessionEventsReportV4',
	'WorkSessionsReport',
	'WorkSessionsReportV3',
];
const EVENT_ENTITIES = [
	'AGENT_AVAILABILITY',
	'AGENT_STATUS',
	'CONTACT',
	'CONVERSATION',
	'CUSTOMER',
	'CUSTOMER_PROFILE',
	'PAYMENT_REQUEST',
	'TASK',
];
const ANSWER_TYPES = ['public', 'email', 'messaging', 'reference'];
const REPLY_TYPES = [
	'CHAT_MESSAGE',
	'EMAIL',
	'FACEBOOK_MESSAGE',
	'INSTAGRAM_DIRECT',
	'SMS',
	'TWITTER',
	'WHATSAPP',
];

const err = (status, code, detail, attr, meta) => ({
	status,
	body: {
		errors: [
			{ ...(attr ? { attr } : {}), code, ...(detail ? { detail } : {}), ...(meta ? { meta } : {}) },
		],
	},
});
// The single-object variant the spec shows for some 404s and the delete-customer 400.
const errObject = (status, code, detail, attr) => ({
	status,
	body: { errors: { ...(attr ? { attr } : {}), code, detail } },
});
const notExist = (what) => err(404, 'not_exist', `${what} does not exist`);
const created = (location, body) => ({ status: 201, headers: { location }, body });
const noContent = () => ({ status: 204 });
const slugid = () => crypto.randomBytes(16).toString('base64url').slice(0, 22);
const isE164 = (v) => typeof v === 'string' && /^\+[1-9]\d{7,14}$/.test(v);
const isEmail = (v) => typeof v === 'string' && /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(v);
const isDay = (v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);
const clone = (v) => JSON.parse(JSON.stringify(v));

function validId(id) {
	return id === undefined || (typeof id === 'string' && /^[A-Za-z0-9_-]{1,49}$/.test(id));
}

function needJson(req) {
	if (req.jsonError) return err(400, 'invalid', 'request body is not valid JSON');
	if (!req.body || typeof req.body !== 'object' || Array.isArray(req.body))
		return err(400, 'invalid', 'request body must be a JSON object');
	return null;
}

function seedDirectory(state) {
	state.organization = {
		id: ORG_ID,
		loginDomain: 'acme.example',
		name: 'Acme Support',
		timezone: 'America/Los_Angeles',
		gladlyUrl: 'https://acme.gladly.com',
	};
	const put = (map, list) => list.forEach((entry) => map.set(entry.id, entry));
	put(state.agents, [
		{ id: 'agent-ada', name: 'Ada Lovelace', emailAddress: 'ada@acme.example' },
		{ id: 'agent-bob', name: 'Bob Ross', emailAddress: 'bob@acme.example' },
		{ id: 'agent-cyd', name: 'Cyd Charisse', emailAddress: 'cyd@acme.example' },
	]);
	put(state.inboxes, [
		{ id: 'inbox-billing', name: 'Billing', disabled: false },
		{ id: 'inbox-support', name: 'Support', disabled: false },
		{ id: 'inbox-old', name: 'Old Inbox', disabled: true },
	]);
	state.inboxAgents = {
		'inbox-billing': ['agent-ada', 'agent-bob'],
		'inbox-support': ['agent-ada', 'agent-bob', 'agent-cyd'],
		'inbox-old': [],
	};
	put(state.teams, [
		{
			id: 'team-tier1',
			name: 'Tier 1',
			description: 'First line',
			agentIds: ['agent-ada', 'agent-bob'],
		},
		{ id: 'team-tier2', name: 'Tier 2', description: 'Escalations', agentIds: ['agent-cyd'] },
	]);
	put(state.topics, [
		{ id: 'topic-billing', name: 'Billing', disabled: false },
		{ id: 'topic-refund', name: 'Refund', disabled: false, parentId: 'topic-billing' },
		{ id: 'topic-shipping', name: 'Shipping', disabled: false },
	]);
	put(state.audiences, [
		{ id: 'aud-all', name: 'Everyone' },
		{ id: 'aud-vip', name: 'VIP' },
	]);
	put(state.customAttributes, [
		{
			id: 'ca-order',
			key: 'ORDER_ID',
			label: 'Order ID',
			deactivated: false,
			createdAt: '2024-01-01T00:00:00.000Z',
			createdBy: 'agent-ada',
		},
	]);
	state.schedules = [
		{
			id: 'sched-daily',
			frequency: 'DAILY',
			type: 'CONVERSATIONS',
			nextStartAt: '2026-01-02T00:00:00.000Z',
			updatedAt: '2025-12-01T00:00:00.000Z',
		},
	];
	state.languages = new Set(['en-us', 'fr-ca']);
	put(state.campaigns, [
		{ id: 'camp-email', type: 'EMAIL', name: 'Delivery updates' },
		{ id: 'camp-sms', type: 'SMS', name: 'Pickup reminders' },
		{ id: 'camp-voice', type: 'VOICE', name: 'Appointment calls' },
	]);
	// Custom channels are set up in Gladly's settings (no API): one, with one entry point address.
	put(state.customChannels, [{ id: 'cc-shop', addresses: ['shop-chat'] }]);
}

function create(env) {
	const state = {};
	const now = () => env.now();
	const iso = (offsetMs = 0) => new Date(now() + offsetMs).toISOString();

	function reset() {
		Object.assign(state, {
			customers: new Map(),
			merged: new Map(),
			conversations: new Map(),
			items: new Map(),
			notes: new Map(),
			tasks: new Map(),
			comments: new Map(),
			agents: new Map(),
			inboxes: new Map(),
			teams: new Map(),
			topics: new Map(),
			audiences: new Map(),
			customAttributes: new Map(),
			answers: new Map(),
			answerContent: new Map(),
			webhooks: new Map(),
			businessHours: new Map(),
			jobs: new Map(),
			files: new Map(),
			events: [],
			attachments: new Map(),
			recordings: new Map(),
			transcripts: new Map(),
			reports: [],
			pings: [],
			pingWebhooks: true,
			campaigns: new Map(),
			recipientCollections: [],
			callRecorders: new Map(),
			sessions: new Map(),
			sessionMessages: new Map(),
			typing: new Map(),
			customChannels: new Map(),
			jwts: [],
			seq: 0,
		});
		seedDirectory(state);
	}
	reset();

	const stamp = () => new Date(now() + state.seq++).toISOString();

	// ---------- customers ----------
	function customerConflicts(profile, exceptId) {
		for (const other of state.customers.values()) {
			if (other.id === exceptId) continue;
			for (const [i, email] of (profile.emails || []).entries()) {
				if (
					(other.emails || []).some((e) => e.normalized === String(email.original).toLowerCase())
				) {
					return err(
						409,
						'taken',
						'email address already belongs to another customer',
						`emails.${i}.original`,
						{ customerId: other.id },
					);
				}
			}
			for (const [i, phone] of (profile.phones || []).entries()) {
				if (
					phone.type === 'MOBILE' &&
					(other.phones || []).some((p) => p.type === 'MOBILE' && p.normalized === phone.original)
				) {
					return err(
						409,
						'taken',
						'mobile phone already belongs to another customer',
						`phones.${i}.original`,
						{ customerId: other.id },
					);
				}
			}
		}
		return null;
	}

	function normalizeProfile(body) {
		const out = {};
		for (const key of ['name', 'image', 'address', 'externalCustomerId', 'customAttributes'])
			if (key in body) out[key] = body[key];
		if (body.emails)
			out.emails = body.emails.map((e, i) => ({
				original: e.original,
				normalized: String(e.original).toLowerCase(),
				primary: e.primary ?? i === 0,
			}));
		if (body.phones) {
			out.phones = body.phones.map((p, i) => ({
				original: p.original,
				normalized: p.original,
				type: p.type || 'MOBILE',
				regionCode: p.regionCode || 'US',
				smsPreference: p.smsPreference || 'ON',
				primary: p.primary ?? i === 0,
			}));
		}
		return out;
	}

	function checkProfileBody(body) {
		if (!Array.isArray(body.emails || []))
			return err(400, 'invalid', 'emails must be a list', 'emails');
		if (!Array.isArray(body.phones || []))
			return err(400, 'invalid', 'phones must be a list', 'phones');
		for (const [i, email] of (body.emails || []).entries()) {
			if (!email || !email.original) return err(400, 'blank', undefined, `emails.${i}.original`);
			if (!isEmail(email.original))
				return err(400, 'invalid', 'invalid email address', `emails.${i}.original`);
		}
		for (const [i, phone] of (body.phones || []).entries()) {
			if (!phone || !phone.original) return err(400, 'blank', undefined, `phones.${i}.original`);
			if (!/^\+?[0-9 ()-]{7,20}$/.test(phone.original))
				return err(400, 'invalid', 'invalid phone number', `phones.${i}.original`);
		}
		if (
			body.customAttributes !== undefined &&
			(typeof body.customAttributes !== 'object' || Array.isArray(body.customAttributes))
		) {
			return err(400, 'invalid', 'customAttributes must be an object', 'customAttributes');
		}
		return null;
	}

	function addCustomer(fields) {
		const id = fields.id || slugid();
		const at = stamp();
		const profile = {
			id,
			...normalizeProfile(fields),
			createdAt: at,
			updatedAt: at,
			externalCustomerIds: {},
		};
		state.customers.set(id, profile);
		return profile;
	}

	function createCustomer(req) {
		const bad = needJson(req) || checkProfileBody(req.body);
		if (bad) return bad;
		if (!validId(req.body.id))
			return err(400, 'invalid', 'id must be URL safe and shorter than 50 characters', 'id');
		if (req.body.id && state.customers.has(req.body.id))
			return err(409, 'taken', 'customer ID exists', 'id');
		const conflict = customerConflicts(req.body);
		if (conflict) return conflict;
		const profile = addCustomer(req.body);
		return created(`/api/v1/customer-profiles/${profile.id}`);
	}

	function findCustomers(req) {
		const given = ['email', 'phoneNumber', 'externalCustomerId'].filter(
			(k) => req.query[k] !== undefined,
		);
		if (given.length === 0)
			return err(400, 'blank', 'one of emailAddress, phoneNumber must be present');
		if (given.length > 1)
			return err(400, 'invalid', 'only one of email, phoneNumber, externalCustomerId may be given');
		const key = given[0];
		const value = String(req.query[key]);
		if (key === 'phoneNumber' && !isE164(value))
			return err(400, 'invalid', 'phoneNumber must be in E.164 format', 'phoneNumber');
		const matches = [...state.customers.values()].filter((c) => {
			if (key === 'email')
				return (c.emails || []).some((e) => e.normalized === value.toLowerCase());
			if (key === 'phoneNumber') return (c.phones || []).some((p) => p.normalized === value);
			return c.externalCustomerId === value;
		});
		matches.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1));
		return { body: clone(matches.slice(0, CAPS.profiles)) };
	}

	function movedCustomer(id, attr = 'customerId') {
		const target = state.merged.get(id);
		return {
			status: 301,
			headers: { location: `/api/v1/customer-profiles/${target}` },
			body: {
				errors: [
					{
						attr,
						code: 'moved',
						detail: 'customer id has changed',
						meta: { old: id, new: target },
					},
				],
			},
		};
	}

	function getCustomer(req) {
		const { customerId: id } = req.params;
		if (state.merged.has(id)) return movedCustomer(id);
		const profile = state.customers.get(id);
		if (!profile) return errObject(404, 'not_exist', `customer profile [${id}] does not exist`);
		return { body: clone(profile) };
	}

	function updateCustomer(req) {
		const profile = state.customers.get(req.params.customerId);
		if (!profile)
			return errObject(
				404,
				'not_exist',
				`customer profile [${req.params.customerId}] does not exist`,
			);
		const bad = needJson(req) || checkProfileBody(req.body);
		if (bad) return bad;
		if ('id' in req.body && req.body.id !== profile.id)
			return err(400, 'invalid', 'id cannot be changed', 'id');
		const conflict = customerConflicts(req.body, profile.id);
		if (conflict) return conflict;
		Object.assign(profile, normalizeProfile(req.body), { updatedAt: stamp() });
		return noContent();
	}

	function deleteCustomer(req) {
		const profile = state.customers.get(req.params.customerId);
		if (!profile)
			return errObject(
				404,
				'not_exist',
				`customer profile [${req.params.customerId}] does not exist`,
			);
		const open = [...state.conversations.values()].some(
			(c) => c.customerId === profile.id && c.status !== 'CLOSED',
		);
		if (open)
			return errObject(
				400,
				'invalid_state',
				'Unable to delete the profile. Please close any open or waiting conversations.',
				'conversation',
			);
		state.customers.delete(profile.id);
		return noContent();
	}

	// ---------- conversations ----------
	const capped = (list, cap) => {
		const limited = list.length > cap;
		return {
			headers: limited ? { 'gladly-limited-data': 'true' } : {},
			body: clone(list.slice(0, cap)),
		};
	};

	function listConversations(req) {
		const id = req.params.customerId;
		if (state.merged.has(id)) return movedCustomer(id);
		if (!state.customers.has(id)) return notExist('customer');
		const list = [...state.conversations.values()]
			.filter((c) => c.customerId === id)
			.sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1));
		return capped(list.map(publicConversation), CAPS.conversations);
	}

	function publicConversation(c) {
		const { customerWaiting, ...rest } = c;
		void customerWaiting;
		return rest;
	}

	function getConversation(req) {
		const conversation = state.conversations.get(req.params.conversationId);
		return conversation
			? { body: clone(publicConversation(conversation)) }
			: err(404, 'not_exist', 'conversation does not exist');
	}

	function patchConversation(req) {
		const conversation = state.conversations.get(req.params.conversationId);
		if (!conversation) return err(404, 'not_exist', 'conversation does not exist');
		const bad = needJson(req);
		if (bad) return bad;
		const { assignee, status } = req.body;
		if (assignee === undefined && status === undefined)
			return err(400, 'blank', 'one of assignee, status must be present');
		if (assignee !== undefined) {
			if (!assignee || !assignee.inboxId) return err(400, 'blank', undefined, 'assignee.inboxId');
			if (!state.inboxes.has(assignee.inboxId))
				return err(400, 'present', 'inbox does not exist', 'assignee.inboxId');
			if (
				assignee.agentId &&
				!(state.inboxAgents[assignee.inboxId] || []).includes(assignee.agentId)
			) {
				return err(400, 'invalid_state', 'agent does not belong to inbox', 'assignee.agentId');
			}
			if (conversation.status === 'CLOSED' && !(status && status.value === 'OPEN')) {
				return err(400, 'invalid_state', 'closed conversation cannot be reassigned', 'assignee');
			}
		}
		if (status !== undefined) {
			if (!status || !['OPEN', 'CLOSED'].includes(status.value))
				return err(400, 'invalid', 'status.value must be OPEN or CLOSED', 'status.value');
			if (status.value === 'CLOSED') {
				if (!conversation.topicIds.length)
					return err(
						400,
						'invalid_state',
						'topics are required before closing of conversation',
						'status',
					);
				if (conversation.customerWaiting && !status.force) {
					return err(
						400,
						'invalid_state',
						"cannot close conversation, customer waiting for response, set 'status.force' to true to override",
						'status.force',
					);
				}
			}
		}
		if (assignee) {
			conversation.inboxId = assignee.inboxId;
			if (assignee.agentId === null || assignee.agentId === undefined) delete conversation.agentId;
			else conversation.agentId = assignee.agentId;
		}
		if (status) {
			conversation.status = status.value;
			if (status.value === 'CLOSED') {
				conversation.closedAt = stamp();
				conversation.customerWaiting = false;
			} else delete conversation.closedAt;
		}
		return noContent();
	}

	function addTopics(req) {
		const conversation = state.conversations.get(req.params.conversationId);
		if (!conversation) return err(404, 'not_exist', 'conversation does not exist');
		const bad = needJson(req);
		if (bad) return bad;
		const ids = req.body.topicIds;
		if (!Array.isArray(ids) || ids.length === 0) return err(400, 'blank', undefined, 'topicIds');
		for (const [i, id] of ids.entries())
			if (!state.topics.has(id))
				return err(400, 'present', 'topic does not exist', `topicIds.${i}`);
		for (const id of ids) if (!conversation.topicIds.includes(id)) conversation.topicIds.push(id);
		return noContent();
	}

	function removeTopic(req) {
		const conversation = state.conversations.get(req.params.conversationId);
		if (!conversation) return err(404, 'not_exist', 'conversation does not exist');
		if (!conversation.topicIds.includes(req.params.topicId))
			return errObject(404, 'not_exist', 'topic is not on the conversation');
		conversation.topicIds = conversation.topicIds.filter((id) => id !== req.params.topicId);
		return noContent();
	}

	function addNote(req) {
		const conversation = state.conversations.get(req.params.conversationId);
		if (!conversation) return err(404, 'not_exist', 'conversation does not exist');
		const bad = needJson(req);
		if (bad) return bad;
		// The example shape {content:{body}} (the spec's schema puts `body` at the top level instead).
		const body = req.body.content && req.body.content.body;
		if (!body) return err(400, 'blank', undefined, 'content.body');
		if (!validId(req.body.id)) return err(400, 'invalid', undefined, 'id');
		if (req.body.id && state.notes.has(req.body.id))
			return err(409, 'taken', 'note already exists', 'id');
		const id = req.body.id || slugid();
		state.notes.set(id, {
			id,
			customerId: conversation.customerId,
			conversationId: conversation.id,
			timestamp: stamp(),
			initiator: { id: 'agent-api', type: 'API' },
			content: { type: 'CONVERSATION_NOTE', body, attachments: [] },
		});
		return created(`/api/v1/conversations/${conversation.id}/notes/${id}`);
	}

	function getNote(req) {
		const note = state.notes.get(req.params.noteId);
		if (!note || note.conversationId !== req.params.conversationId)
			return err(404, 'not_exist', 'note does not exist');
		return { body: clone(note) };
	}

	function listItems(req) {
		const conversation = state.conversations.get(req.params.conversationId);
		if (!conversation) return err(404, 'not_exist', 'conversation does not exist');
		let list = [...state.items.values()].filter((i) => i.conversationId === conversation.id);
		if (req.query.sessionId) list = list.filter((i) => i.sessionId === req.query.sessionId);
		list.sort((a, b) => (a.timestamp < b.timestamp ? -1 : 1));
		return capped(list, CAPS.items);
	}

	function setCustomAttributes(req) {
		const { customerId, conversationId } = req.params;
		const conversation = state.conversations.get(conversationId);
		if (!conversation || conversation.customerId !== customerId)
			return err(404, 'not_exist', 'conversation does not exist');
		const bad = needJson(req);
		if (bad) return bad;
		const { add = [], remove = [] } = req.body;
		if (!Array.isArray(add) || !Array.isArray(remove) || add.length + remove.length === 0)
			return err(400, 'blank', 'one of add, remove must be present');
		for (const [i, entry] of [...add, ...remove].entries()) {
			if (!entry || !entry.key || entry.value === undefined)
				return err(400, 'blank', undefined, `${i < add.length ? 'add' : 'remove'}.${i}`);
		}
		const idOf = (key) =>
			[...state.customAttributes.values()].find((c) => c.key === key)?.id || key;
		for (const entry of remove) {
			conversation.customAttributes = conversation.customAttributes.filter(
				(c) => !(c.id === idOf(entry.key) && c.value === entry.value),
			);
		}
		for (const entry of add)
			conversation.customAttributes.push({ id: idOf(entry.key), value: entry.value });
		return noContent();
	}

	function getCustomAttribute(req) {
		const attribute = state.customAttributes.get(req.params.customAttributeId);
		return attribute
			? { body: clone(attribute) }
			: errObject(404, 'not_exist', 'custom attribute does not exist');
	}

	// ---------- conversation items ----------
	function getItem(req) {
		const item = state.items.get(req.params.itemId);
		return item ? { body: clone(item) } : err(404, 'not_exist', 'conversation item does not exist');
	}

	function checkActivity(body) {
		const content = body.content;
		if (!content || typeof content !== 'object') return err(400, 'blank', undefined, 'content');
		if (content.type !== 'CUSTOMER_ACTIVITY')
			return err(400, 'invalid', 'only CUSTOMER_ACTIVITY items can be created', 'content.type');
		if (!['EMAIL', 'ISSUE', 'SMS', 'SURVEY'].includes(content.activityType))
			return err(400, 'invalid', undefined, 'content.activityType');
		if (content.title && String(content.title).length > 100)
			return err(400, 'too_long', undefined, 'content.title');
		if (content.sourceName && String(content.sourceName).length > 50)
			return err(400, 'too_long', undefined, 'content.sourceName');
		if (!validId(body.id)) return err(400, 'invalid', undefined, 'id');
		if (body.id && state.items.has(body.id))
			return err(409, 'taken', 'conversation item already exists', 'id');
		return null;
	}

	function addActivity(customerId, body) {
		const id = body.id || slugid();
		const item = {
			id,
			customerId,
			timestamp: body.content.occurredAt || stamp(),
			initiator: { id: customerId, type: 'CUSTOMER' },
			content: { ...body.content },
		};
		state.items.set(id, item);
		return item;
	}

	function createItem(req) {
		const bad = needJson(req);
		if (bad) return bad;
		const customer = req.body.customer || {};
		const keys = ['emailAddress', 'mobilePhone'].filter((k) => customer[k]);
		if (keys.length !== 1)
			return err(
				400,
				'blank',
				'exactly one of customer.emailAddress, customer.mobilePhone must be present',
				'customer',
			);
		const invalid = checkActivity(req.body);
		if (invalid) return invalid;
		const profile = findOrCreate(customer);
		return { body: clone(addActivity(profile.id, req.body)) };
	}

	function findOrCreate(customer) {
		if (customer.emailAddress) {
			const email = customer.emailAddress.toLowerCase();
			const found = [...state.customers.values()].find((c) =>
				(c.emails || []).some((e) => e.normalized === email),
			);
			return found || addCustomer({ emails: [{ original: customer.emailAddress }] });
		}
		const found = [...state.customers.values()].find((c) =>
			(c.phones || []).some((p) => p.normalized === customer.mobilePhone),
		);
		return found || addCustomer({ phones: [{ original: customer.mobilePhone, type: 'MOBILE' }] });
	}

	function createCustomerItem(req) {
		const id = req.params.customerId;
		if (state.merged.has(id))
			return {
				...movedCustomer(id, 'customer id'),
				headers: { location: `/api/v1/customers/${state.merged.get(id)}/conversation-items` },
			};
		if (!state.customers.has(id)) return notExist('customer');
		const bad = needJson(req) || checkActivity(req.body);
		if (bad) return bad;
		return { body: clone(addActivity(id, req.body)) };
	}

	function deleteItem(req) {
		const item = state.items.get(req.params.itemId);
		if (!item || (req.params.customerId && item.customerId !== req.params.customerId))
			return err(404, 'not_exist', 'conversation item does not exist');
		if (item.content.type !== 'CUSTOMER_ACTIVITY')
			return err(400, 'invalid', 'only CUSTOMER_ACTIVITY items can be deleted', 'content.type');
		state.items.delete(item.id);
		return noContent();
	}

	function reply(req) {
		const original = state.items.get(req.params.itemId);
		if (!original) return err(404, 'not_exist', 'conversation item does not exist');
		const bad = needJson(req);
		if (bad) return bad;
		const content = req.body.content;
		if (!content || !content.type) return err(400, 'blank', undefined, 'content.type');
		if (!REPLY_TYPES.includes(content.type))
			return err(400, 'invalid', 'unsupported content type', 'content.type');
		if (!content.body) return err(400, 'blank', undefined, 'content.body');
		if (content.type !== 'EMAIL' && String(content.body).length > 2048)
			return err(
				400,
				'too_long',
				'content.body cannot be larger than 2048 characters',
				'content.body',
			);
		if (original.initiator.type !== 'CUSTOMER')
			return err(400, 'invalid', 'can only reply to a message from the customer', 'itemId');
		if (content.type !== original.content.type)
			return err(
				400,
				'invalid',
				`reply type must match the message channel (${original.content.type})`,
				'content.type',
			);
		const conversation = state.conversations.get(original.conversationId);
		if (conversation && conversation.status === 'CLOSED')
			return err(400, 'invalid_state', 'cannot reply in a closed conversation', 'conversation');
		if (content.type === 'CHAT_MESSAGE' && content.messageType === 'QUICK_REPLY_REQUEST') {
			const options = content.messageData && content.messageData.options;
			if (!Array.isArray(options) || options.length < 1 || options.length > 10)
				return err(400, 'invalid', 'between 1 and 10 options', 'content.messageData.options');
		}
		if (!validId(req.body.id)) return err(400, 'invalid', undefined, 'id');
		if (req.body.id && state.items.has(req.body.id))
			return err(409, 'taken', 'conversation item already exists', 'id');
		const id = req.body.id || slugid();
		state.items.set(id, {
			id,
			customerId: original.customerId,
			conversationId: original.conversationId,
			timestamp: stamp(),
			initiator: { id: 'agent-api', type: 'API' },
			content: { ...content },
		});
		if (conversation && !conversation.agentId) conversation.agentId = 'agent-api';
		if (conversation) conversation.customerWaiting = false;
		return created(`/api/v1/conversation-items/${id}`);
	}

	function redact(req) {
		const item = state.items.get(req.params.itemId);
		if (!item) return err(404, 'not_exist', 'conversation item does not exist');
		if (
			!['CHAT_MESSAGE', 'SMS', 'EMAIL', 'TWITTER', 'WHATSAPP', 'VOICEMAIL', 'PHONE_CALL'].includes(
				item.content.type,
			)
		) {
			return err(400, 'invalid', 'item type cannot be redacted', 'itemId');
		}
		if (req.rawBody.length) return err(400, 'present', 'redact takes no body');
		item.content = { type: item.content.type, redacted: true };
		return created(`/api/v1/conversation-items/${item.id}`);
	}

	function recording(req) {
		const buffer = state.recordings.get(req.params.itemId);
		if (!buffer) return err(404, 'not_exist', 'recording does not exist');
		return { headers: { 'content-type': 'audio/mpeg' }, body: buffer };
	}

	function transcript(req) {
		const found = state.transcripts.get(req.params.itemId);
		return found
			? { body: clone(found) }
			: err(404, 'not_exist', 'voice transcript does not exist');
	}

	function attachment(req, ctx) {
		const key = `${req.params.itemId}/${req.params.attachmentId}`;
		const file = state.attachments.get(key);
		if (!file) return err(404, 'not_exist', 'attachment does not exist');
		return {
			status: 303,
			headers: { location: `${ctx.baseUrl}/storage/attachments/${file.token}?signature=sandbox` },
		};
	}

	// Signed storage URL: no Gladly credentials wanted (and refused, to prove they are not sent).
	function storage(req) {
		if (req.headers.authorization) return { status: 400, body: 'Only one auth mechanism allowed' };
		const file = [...state.attachments.values()].find((f) => f.token === req.params.token);
		if (!file) return { status: 404, body: 'NoSuchKey' };
		return {
			headers: {
				'content-type': file.contentType,
				'content-disposition': `attachment; filename="${file.filename}"`,
			},
			body: file.buffer,
		};
	}

	// ---------- communications ----------
	function sendSms(req) {
		const bad = needJson(req);
		if (bad) return bad;
		const { customer, from, body } = req.body;
		if (!customer || !customer.mobileNumber)
			return err(400, 'blank', undefined, 'customer.mobileNumber');
		if (!isE164(customer.mobileNumber))
			return err(400, 'invalid', undefined, 'customer.mobileNumber');
		if (!from) return err(400, 'blank', undefined, 'from');
		if (!body) return err(400, 'blank', undefined, 'body');
		const profile = findOrCreate({ mobilePhone: customer.mobileNumber });
		const id = slugid();
		state.items.set(id, {
			id,
			customerId: profile.id,
			timestamp: stamp(),
			initiator: { id: 'agent-api', type: 'API' },
			content: { type: 'SMS', from, to: customer.mobileNumber, content: body },
		});
		return { body: { customerId: profile.id, conversationItemId: id } };
	}

	function sendEmail(req) {
		const bad = needJson(req);
		if (bad) return bad;
		const { to, from, subject, body } = req.body;
		if (!Array.isArray(to) || to.length !== 1 || !to[0] || !isEmail(to[0].email))
			return err(400, 'invalid', 'exactly one recipient is supported', 'to');
		if (!from) return err(400, 'blank', undefined, 'from');
		if (!subject) return err(400, 'blank', undefined, 'subject');
		if (String(subject).length >= 1000) return err(400, 'too_long', undefined, 'subject');
		if (!body || (!body.html && !body.text)) return err(400, 'blank', undefined, 'body');
		const profile = findOrCreate({ emailAddress: to[0].email });
		const id = slugid();
		state.items.set(id, {
			id,
			customerId: profile.id,
			timestamp: stamp(),
			initiator: { id: 'agent-api', type: 'API' },
			content: { type: 'EMAIL', from, to: [to[0].email], subject, content: body.text || body.html },
		});
		return { body: { customerId: profile.id, conversationItemId: id } };
	}

	// ---------- tasks ----------
	function checkTask(body, forCreate) {
		if (forCreate || body.assignee !== undefined) {
			if (!body.assignee || !body.assignee.inboxId)
				return err(400, 'blank', undefined, 'assignee.inboxId');
			if (!state.inboxes.has(body.assignee.inboxId))
				return err(400, 'present', 'inbox does not exist', 'assignee.inboxId');
		}
		if (forCreate && !body.body) return err(400, 'blank', undefined, 'body');
		if (body.body !== undefined && String(body.body).length > 10000)
			return err(400, 'too_long', undefined, 'body');
		if (forCreate && !body.dueAt) return err(400, 'blank', undefined, 'dueAt');
		if (body.dueAt !== undefined) {
			const due = Date.parse(body.dueAt);
			if (Number.isNaN(due)) return err(400, 'invalid', undefined, 'dueAt');
			if (due <= now()) return err(400, 'invalid', 'dueAt must be in the future', 'dueAt');
		}
		if (body.status !== undefined && !['OPEN', 'CLOSED'].includes(body.status))
			return err(400, 'invalid', undefined, 'status');
		if (forCreate && !validId(body.id)) return err(400, 'invalid', undefined, 'id');
		if (forCreate && body.id && state.tasks.has(body.id))
			return err(409, 'taken', 'task already exists', 'id');
		return null;
	}

	function addTask(customerId, body) {
		const id = body.id || slugid();
		state.tasks.set(id, {
			id,
			customerId,
			timestamp: stamp(),
			createdBy: { id: 'agent-api', type: 'API' },
			assignee: {
				inboxId: body.assignee.inboxId,
				...(body.assignee.agentId ? { agentId: body.assignee.agentId } : {}),
			},
			body: body.body,
			dueAt: body.dueAt,
			status: 'OPEN',
		});
		return created(`/api/v1/tasks/${id}`);
	}

	function createTaskAndCustomer(req) {
		const bad = needJson(req);
		if (bad) return bad;
		const customer = req.body.customer || {};
		const keys = ['emailAddress', 'mobilePhone'].filter((k) => customer[k]);
		if (keys.length !== 1)
			return err(
				400,
				'blank',
				'exactly one of customer.emailAddress, customer.mobilePhone must be present',
				'customer',
			);
		const invalid = checkTask(req.body, true);
		if (invalid) return invalid;
		return addTask(findOrCreate(customer).id, req.body);
	}

	function createTask(req) {
		const id = req.params.customerId;
		if (!state.customers.has(id)) return notExist('customer');
		const bad = needJson(req) || checkTask(req.body, true);
		if (bad) return bad;
		return addTask(id, req.body);
	}

	function listTasks(req) {
		const id = req.params.customerId;
		if (!state.customers.has(id)) return notExist('customer');
		if (req.query.status && !['OPEN', 'CLOSED'].includes(req.query.status))
			return err(400, 'invalid', undefined, 'status');
		let list = [...state.tasks.values()].filter((t) => t.customerId === id);
		if (req.query.status) list = list.filter((t) => t.status === req.query.status);
		list.sort((a, b) => (a.timestamp < b.timestamp ? 1 : -1));
		return capped(list, CAPS.tasks);
	}

	function getTask(req) {
		const task = state.tasks.get(req.params.taskId);
		return task ? { body: clone(task) } : err(404, 'not_exist', 'task does not exist');
	}

	function updateTask(req) {
		const task = state.tasks.get(req.params.taskId);
		if (!task) return err(404, 'not_exist', 'task does not exist');
		const bad = needJson(req) || checkTask(req.body, false);
		if (bad) return bad;
		if (!['status', 'body', 'dueAt', 'assignee'].some((k) => k in req.body))
			return err(400, 'blank', 'nothing to update');
		for (const key of ['status', 'body', 'dueAt']) if (key in req.body) task[key] = req.body[key];
		if (req.body.assignee)
			task.assignee = {
				inboxId: req.body.assignee.inboxId,
				...(req.body.assignee.agentId ? { agentId: req.body.assignee.agentId } : {}),
			};
		return noContent();
	}

	function addComment(req) {
		const task = state.tasks.get(req.params.taskId);
		if (!task) return err(404, 'not_exist', 'task does not exist');
		const bad = needJson(req);
		if (bad) return bad;
		if (!req.body.agentId) return err(400, 'blank', undefined, 'agentId');
		if (!state.agents.has(req.body.agentId))
			return err(400, 'present', 'agent does not exist', 'agentId');
		if (!req.body.comment) return err(400, 'blank', undefined, 'comment');
		if (String(req.body.comment).length > 10000) return err(400, 'too_long', undefined, 'comment');
		if (task.status === 'CLOSED')
			return err(400, 'invalid_state', 'cannot comment on a closed task', 'taskId');
		if (!validId(req.body.id)) return err(400, 'invalid', undefined, 'id');
		if (req.body.id && state.comments.has(req.body.id))
			return err(409, 'taken', 'comment already exists', 'id');
		const id = req.body.id || slugid();
		state.comments.set(id, {
			id,
			agentId: req.body.agentId,
			comment: req.body.comment,
			taskId: task.id,
			createdAt: stamp(),
		});
		return created(`/api/v1/tasks/${task.id}/comments/${id}`);
	}

	function listComments(req) {
		const task = state.tasks.get(req.params.taskId);
		if (!task) return err(404, 'not_exist', 'task does not exist');
		const list = [...state.comments.values()]
			.filter((c) => c.taskId === task.id)
			.sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1));
		return capped(list, CAPS.comments);
	}

	function getComment(req) {
		const comment = state.comments.get(req.params.commentId);
		if (!comment || comment.taskId !== req.params.taskId)
			return err(404, 'not_exist', 'comment does not exist');
		return { body: clone(comment) };
	}

	// ---------- directory ----------
	const listOf = (name) => () => ({ body: clone([...state[name].values()]) });
	const oneOf = (name, param, what) => (req) => {
		const found = state[name].get(req.params[param]);
		return found ? { body: clone(found) } : err(404, 'not_exist', `${what} does not exist`);
	};

	function checkTopic(body, forCreate) {
		if (forCreate || 'name' in body) {
			if (!body.name) return err(400, 'blank', undefined, 'name');
		}
		if (body.parentId && !state.topics.has(body.parentId))
			return err(400, 'invalid', 'parent topic does not exist', 'parentId');
		return null;
	}

	function topicNameTaken(name, exceptId) {
		const other = [...state.topics.values()].find((t) => t.name === name && t.id !== exceptId);
		return other
			? err(409, 'taken', 'another topic already has this name', 'name', { id: other.id })
			: null;
	}

	function createTopic(req) {
		const bad = needJson(req) || checkTopic(req.body, true);
		if (bad) return bad;
		if (!validId(req.body.id)) return err(400, 'invalid', undefined, 'id');
		if (req.body.id && state.topics.has(req.body.id))
			return err(409, 'taken', 'topic ID exists', 'id');
		const taken = topicNameTaken(req.body.name);
		if (taken) return taken;
		const id = req.body.id || slugid();
		state.topics.set(id, {
			id,
			name: req.body.name,
			disabled: Boolean(req.body.disabled),
			...(req.body.parentId ? { parentId: req.body.parentId } : {}),
		});
		return created(`/api/v1/topics/${id}`);
	}

	function updateTopic(req) {
		const topic = state.topics.get(req.params.topicId);
		if (!topic) return errObject(404, 'not_exist', 'topic does not exist');
		const bad = needJson(req) || checkTopic(req.body, true);
		if (bad) return bad;
		const taken = topicNameTaken(req.body.name, topic.id);
		if (taken) return taken;
		topic.name = req.body.name;
		if ('disabled' in req.body) topic.disabled = Boolean(req.body.disabled);
		if ('parentId' in req.body) {
			if (req.body.parentId) topic.parentId = req.body.parentId;
			else delete topic.parentId;
		}
		return noContent();
	}

	// ---------- answers ----------
	function checkAnswer(body, forCreate) {
		if (forCreate && !body.name) return err(400, 'blank', undefined, 'name');
		if (body.name !== undefined && String(body.name).length > 500)
			return err(400, 'too_long', undefined, 'name');
		if (body.description !== undefined && String(body.description).length > 10000)
			return err(400, 'too_long', undefined, 'description');
		if (body.audienceIds !== undefined) {
			if (!Array.isArray(body.audienceIds)) return err(400, 'invalid', undefined, 'audienceIds');
			for (const [i, id] of body.audienceIds.entries())
				if (!state.audiences.has(id))
					return err(400, 'present', 'audience does not exist', `audienceIds.${i}`);
		}
		const other =
			body.name &&
			[...state.answers.values()].find((a) => a.name === body.name && a.id !== body.__except);
		if (other)
			return err(409, 'taken', 'another answer already has this name', 'name', {
				existingAnswerId: other.id,
			});
		return null;
	}

	function createAnswer(req) {
		const bad = needJson(req) || checkAnswer(req.body, true);
		if (bad) return bad;
		if (!validId(req.body.id)) return err(400, 'invalid', undefined, 'id');
		if (req.body.id && state.answers.has(req.body.id))
			return err(409, 'taken', 'answer ID exists', 'id', { existingAnswerId: req.body.id });
		const id = req.body.id || slugid();
		const answer = {
			id,
			name: req.body.name,
			description: req.body.description || '',
			audienceIds: req.body.audienceIds || [],
			createdAt: stamp(),
		};
		answer.updatedAt = answer.createdAt;
		state.answers.set(id, answer);
		return { body: clone(answer) };
	}

	function updateAnswer(req) {
		const answer = state.answers.get(req.params.answerId);
		if (!answer) return errObject(404, 'not_exist', 'answer does not exist');
		const bad = needJson(req) || checkAnswer({ ...req.body, __except: answer.id }, false);
		if (bad) return bad;
		for (const key of ['name', 'description', 'audienceIds'])
			if (key in req.body) answer[key] = req.body[key];
		answer.updatedAt = stamp();
		return noContent();
	}

	function deleteAnswer(req) {
		const answer = state.answers.get(req.params.answerId);
		if (!answer) return errObject(404, 'not_exist', 'answer does not exist');
		if (answer.inUse)
			return err(400, 'in_use', 'answer is used by a help center', 'answerId', {
				helpCenterID: 'hc-1',
			});
		state.answers.delete(answer.id);
		for (const key of [...state.answerContent.keys()])
			if (key.startsWith(`${answer.id}/`)) state.answerContent.delete(key);
		return noContent();
	}

	function contentKey(req) {
		const { answerId, language, type } = req.params;
		if (!state.answers.has(answerId))
			return { error: errObject(404, 'not_exist', 'answer does not exist') };
		if (!state.languages.has(language))
			return {
				error: err(400, 'invalid', 'language is not configured for the organization', 'language'),
			};
		if (!ANSWER_TYPES.includes(type))
			return {
				error: err(400, 'invalid', 'type must be public, email, messaging or reference', 'type'),
			};
		return { key: `${answerId}/${language}/${type}`, answerId, language, type };
	}

	function getContent(req) {
		const found = contentKey(req);
		if (found.error) return found.error;
		const content = state.answerContent.get(found.key);
		return content
			? { body: clone(content) }
			: err(404, 'not_exist', 'answer content does not exist');
	}

	function putContent(req) {
		const found = contentKey(req);
		if (found.error) return found.error;
		const bad = needJson(req);
		if (bad) return bad;
		if (!req.body.bodyHtml) return err(400, 'blank', undefined, 'bodyHtml');
		if (found.type === 'public' && !req.body.title) return err(400, 'blank', undefined, 'title');
		if (found.type === 'email' && !req.body.subject) return err(400, 'blank', undefined, 'subject');
		const content = {
			answerId: found.answerId,
			language: found.language,
			type: found.type,
			...req.body,
			updatedAt: stamp(),
		};
		state.answerContent.set(found.key, content);
		return { body: clone(content) };
	}

	function deleteContent(req) {
		const found = contentKey(req);
		if (found.error) return found.error;
		if (!state.answerContent.delete(found.key))
			return err(404, 'not_exist', 'answer content does not exist');
		return noContent();
	}

	function publicAnswers(req) {
		const lng = req.query.lng || 'en-us';
		return [...state.answers.values()]
			.filter((a) => state.answerContent.has(`${a.id}/${lng}/public`))
			.filter((a) => !req.query.audienceId || a.audienceIds.includes(req.query.audienceId))
			.map((a) => {
				const content = state.answerContent.get(`${a.id}/${lng}/public`);
				return {
					id: a.id,
					name: content.title,
					bodyHtml: content.bodyHtml,
					language: lng,
					updatedAt: content.updatedAt,
				};
			})
			.sort((a, b) => a.name.localeCompare(b.name));
	}

	function checkOrg(req) {
		return req.params.orgId === ORG_ID
			? null
			: err(404, 'not_exist', 'organization does not exist');
	}

	function searchAnswers(req) {
		const bad = checkOrg(req);
		if (bad) return bad;
		if (!req.query.q) return err(400, 'blank', undefined, 'q');
		const q = String(req.query.q).toLowerCase();
		return {
			body: publicAnswers(req)
				.filter((a) => `${a.name} ${a.bodyHtml}`.toLowerCase().includes(q))
				.map(({ id, name }) => ({ id, name })),
		};
	}

	function listPublicAnswers(req) {
		const bad = checkOrg(req);
		return bad || { body: publicAnswers(req).slice(0, CAPS.publicAnswers) };
	}

	function getPublicAnswer(req) {
		const bad = checkOrg(req);
		if (bad) return bad;
		const found = publicAnswers(req).find((a) => a.id === req.params.answerId);
		return found ? { body: found } : errObject(404, 'not_exist', 'answer does not exist');
	}

	// ---------- reports ----------
	function csvCell(value) {
		const text = String(value);
		return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
	}

	async function runReport(req, ctx) {
		const bad = needJson(req);
		if (bad) return bad;
		const body = req.body;
		if (!body.metricSet) return err(400, 'blank', undefined, 'metricSet');
		if (!METRIC_SETS.includes(body.metricSet))
			return err(400, 'invalid', 'unknown metricSet', 'metricSet');
		const timeWindow = body.startAtTime !== undefined || body.endAtTime !== undefined;
		if (timeWindow) {
			if (!['AgentSummary', 'AgentSummaryV2', 'ContactExportReportV3'].includes(body.metricSet)) {
				return err(
					400,
					'invalid',
					'startAtTime/endAtTime are only supported for AgentSummaryReport and ContactExportReportV3',
					'startAtTime',
				);
			}
			if (body.startAt || body.endAt || body.timezone)
				return err(
					400,
					'invalid',
					'startAtTime/endAtTime cannot be combined with startAt, endAt or timezone',
					'startAtTime',
				);
		} else {
			if (!isDay(body.startAt))
				return err(400, body.startAt ? 'invalid' : 'blank', undefined, 'startAt');
			if (!isDay(body.endAt)) return err(400, body.endAt ? 'invalid' : 'blank', undefined, 'endAt');
			if (body.endAt < body.startAt)
				return err(400, 'invalid', 'endAt must not be before startAt', 'endAt');
		}
		if (
			body.aggregationLevel &&
			!['halfHourly', 'daily', 'weekly', 'monthly', 'quarterly'].includes(body.aggregationLevel)
		) {
			return err(400, 'invalid', undefined, 'aggregationLevel');
		}
		const filters = body.filters || {};
		for (const [i, id] of (filters.inboxes || []).entries())
			if (!state.inboxes.has(id))
				return err(400, 'present', 'the requested inbox does not exist', `filters.inboxes.${i}`);
		for (const [i, id] of (filters.teams || []).entries())
			if (!state.teams.has(id))
				return err(400, 'present', 'the requested team does not exist', `filters.teams.${i}`);
		state.reports.push(clone(body));
		await ctx.sleep(state.reportDelayMs || 0);
		const rows = state.reportRows || [
			['Date', 'Inbox', 'Contacts Offered', 'Note'],
			[body.startAt || body.startAtTime, 'Support', '12', 'plain'],
			[body.endAt || body.endAtTime, 'Billing', '7', 'has, comma and "quotes"'],
		];
		const csv = '\ufeff' + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
		return {
			headers: {
				'content-type': 'text/csv; charset=utf-8',
				'content-disposition': `attachment; filename=${body.metricSet}.csv`,
			},
			body: Buffer.from(csv, 'utf8'),
		};
	}

	async function workSessionEvents(req, ctx) {
		const bad = needJson(req);
		if (bad) return bad;
		if (!req.body.startAtTime) return err(400, 'blank', undefined, 'startAtTime');
		if (!req.body.endAtTime) return err(400, 'blank', undefined, 'endAtTime');
		state.reports.push(clone(req.body));
		await ctx.sleep(state.reportDelayMs || 0);
		const csv = '\ufeffid,agent_id,status\r\nws-1,agent-ada,ENDED\r\n';
		return {
			headers: { 'content-type': 'text/csv; charset=utf-8' },
			body: Buffer.from(csv, 'utf8'),
		};
	}

	// ---------- export ----------
	function findJobs(req) {
		const { status, startAt, endAt } = req.query;
		if (status && !['PENDING', 'IN_PROGRESS', 'COMPLETED', 'FAILED'].includes(status))
			return err(400, 'invalid', undefined, 'status');
		for (const [name, value] of [
			['startAt', startAt],
			['endAt', endAt],
		]) {
			if (value !== undefined && Number.isNaN(Date.parse(value)))
				return err(400, 'invalid', undefined, name);
		}
		const from = startAt ? Date.parse(startAt) : now() - 14 * 86400000;
		const to = endAt ? Date.parse(endAt) : now();
		const list = [...state.jobs.values()].filter((job) => {
			const at = Date.parse(job.updatedAt);
			return (!status || job.status === status) && at >= from && at <= to;
		});
		return { body: clone(list) };
	}

	function deleteJob(req) {
		const job = state.jobs.get(req.params.jobId);
		if (!job) return err(404, 'not_exist', 'job does not exist');
		if (!['COMPLETED', 'FAILED'].includes(job.status))
			return err(400, 'temporary_failure', 'only COMPLETED or FAILED jobs can be deleted', 'jobId');
		state.jobs.delete(job.id);
		return noContent();
	}

	function getFile(req) {
		const job = state.jobs.get(req.params.jobId);
		if (!job) return err(404, 'not_exist', 'job does not exist');
		const lines = state.files.get(`${job.id}/${req.params.filename}`);
		if (!lines || !job.files.includes(req.params.filename))
			return err(404, 'not_exist', 'file does not exist');
		async function* stream() {
			for (const line of lines)
				yield (typeof line === 'string' ? line : JSON.stringify(line)) + '\n';
		}
		return { headers: { 'content-type': 'application/x-ndjson' }, stream: stream() };
	}

	// ---------- events ----------
	function getEvents(req) {
		const { startAt, endAt } = req.query;
		if (!startAt) return err(400, 'blank', undefined, 'startAt');
		const from = Date.parse(startAt);
		if (Number.isNaN(from)) return err(400, 'invalid', undefined, 'startAt');
		if (from < now() - 24 * 3600000)
			return err(400, 'invalid', 'startAt must be within the last 24 hours', 'startAt');
		const to = endAt === undefined ? now() : Date.parse(endAt);
		if (Number.isNaN(to)) return err(400, 'invalid', undefined, 'endAt');
		if (to <= from) return err(400, 'invalid', 'endAt must occur after startAt', 'startAt');
		const entities = [].concat(req.query.entities || []);
		if (!entities.length) return err(400, 'blank', undefined, 'entities');
		for (const entity of entities)
			if (!EVENT_ENTITIES.includes(entity))
				return err(400, 'invalid', `unknown entity ${entity}`, 'entities');
		const list = state.events
			.filter(
				(e) =>
					entities.includes(e.type.split('/')[0]) &&
					Date.parse(e.timestamp) >= from &&
					Date.parse(e.timestamp) < to,
			)
			.sort((a, b) => (a.timestamp < b.timestamp ? -1 : 1));
		async function* stream() {
			for (const event of list) yield JSON.stringify(event) + '\n';
		}
		return { headers: { 'content-type': 'application/x-jsonlines' }, stream: stream() };
	}

	// ---------- webhooks ----------
	const WEBHOOK_EVENTS = null; // any "ENTITY/EVENT" name is accepted; the spec enum is long.

	function checkWebhookUrl(url) {
		let parsed;
		try {
			parsed = new URL(url);
		} catch {
			return err(400, 'invalid', 'url is not a valid URL', 'url');
		}
		const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(parsed.hostname);
		if (parsed.protocol !== 'https:' && !(loopback && parsed.protocol === 'http:'))
			return err(400, 'invalid', 'url must use https', 'url');
		return null;
	}

	async function ping(webhook) {
		state.pings.push(webhook.url);
		if (!state.pingWebhooks) return null;
		try {
			const headers = { 'content-type': 'application/json', ...(webhook.headers || {}) };
			if (webhook.credentials) {
				headers.authorization = `Basic ${Buffer.from(`${webhook.credentials.username}:${webhook.credentials.password}`).toString('base64')}`;
			}
			const response = await fetch(webhook.url, {
				method: 'POST',
				headers,
				body: JSON.stringify({ id: slugid(), type: 'PING', timestamp: iso(), content: {} }),
				signal: AbortSignal.timeout(5000),
			});
			if (response.status === 200) return null;
			return err(400, 'invalid', `webhook url answered the PING with ${response.status}`, 'url');
		} catch (error) {
			return err(400, 'invalid', `webhook url did not answer the PING (${error.message})`, 'url');
		}
	}

	function publicWebhook(webhook) {
		const { credentials, headers, ...rest } = webhook;
		return {
			...rest,
			hasCredentials: Boolean(credentials),
			headerKeys: Object.keys(headers || {}),
		};
	}

	function checkWebhookBody(body, forCreate) {
		if (forCreate || 'url' in body) {
			if (!body.url) return err(400, 'blank', undefined, 'url');
			const bad = checkWebhookUrl(body.url);
			if (bad) return bad;
		}
		if (forCreate || 'events' in body) {
			if (!Array.isArray(body.events) || body.events.length === 0)
				return err(400, 'blank', undefined, 'events');
			for (const [i, name] of body.events.entries()) {
				if (
					typeof name !== 'string' ||
					!/^[A-Z_]+\/[A-Z_]+$/.test(name) ||
					(WEBHOOK_EVENTS && !WEBHOOK_EVENTS.includes(name))
				) {
					return err(400, 'invalid', 'unknown event', `events.${i}`);
				}
			}
		}
		if (body.name !== undefined && String(body.name).length > 200)
			return err(400, 'too_long', undefined, 'name');
		if (
			body.credentials !== undefined &&
			(!body.credentials || !body.credentials.username || !body.credentials.password)
		) {
			return err(400, 'blank', 'credentials need username and password', 'credentials');
		}
		return null;
	}

	async function createWebhook(req) {
		const bad = needJson(req) || checkWebhookBody(req.body, true);
		if (bad) return bad;
		if (state.webhooks.size >= 20)
			return err(400, 'invalid', 'an organization can have at most 20 webhooks', 'webhooks');
		if ([...state.webhooks.values()].some((w) => w.url === req.body.url))
			return err(400, 'taken', 'another webhook already uses this url', 'url');
		if (!validId(req.body.id)) return err(400, 'invalid', undefined, 'id');
		if (req.body.id && state.webhooks.has(req.body.id))
			return err(409, 'taken', 'webhook ID exists', 'id');
		const at = stamp();
		const webhook = {
			id: req.body.id || slugid(),
			name: req.body.name || '',
			url: req.body.url,
			events: req.body.events,
			enabled: Boolean(req.body.enabled),
			createdAt: at,
			updatedAt: at,
		};
		if (req.body.credentials) webhook.credentials = req.body.credentials;
		if (req.body.headers) webhook.headers = req.body.headers;
		if (webhook.enabled) {
			const failed = await ping(webhook);
			if (failed) return failed;
		}
		state.webhooks.set(webhook.id, webhook);
		return created(`/api/v1/webhooks/${webhook.id}`);
	}

	async function updateWebhook(req) {
		const webhook = state.webhooks.get(req.params.webhookId);
		if (!webhook) return err(404, 'not_exist', 'webhook does not exist');
		const bad = needJson(req) || checkWebhookBody(req.body, false);
		if (bad) return bad;
		if (
			req.body.url &&
			[...state.webhooks.values()].some((w) => w.url === req.body.url && w.id !== webhook.id)
		)
			return err(400, 'taken', 'another webhook already uses this url', 'url');
		const next = { ...webhook };
		for (const key of ['name', 'url', 'events', 'enabled', 'credentials', 'headers'])
			if (key in req.body) next[key] = req.body[key];
		const needsPing = next.enabled && (!webhook.enabled || next.url !== webhook.url);
		if (needsPing) {
			const failed = await ping(next);
			if (failed) return failed;
		}
		next.updatedAt = stamp();
		if (next.enabled) delete next.disabledAtDueToRetryLimit;
		state.webhooks.set(webhook.id, next);
		return noContent();
	}

	function deleteWebhook(req) {
		const webhook = state.webhooks.get(req.params.webhookId);
		if (!webhook) return err(404, 'not_exist', 'webhook does not exist');
		if (webhook.enabled)
			return err(
				400,
				'invalid_state',
				'webhook must be disabled before it can be deleted',
				'enabled',
			);
		state.webhooks.delete(webhook.id);
		return noContent();
	}

	// ---------- business hours ----------
	const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

	function checkHours(body) {
		if (!body.name) return err(400, 'blank', undefined, 'name');
		if (String(body.name).length > 200) return err(400, 'too_long', undefined, 'name');
		const hours = body.officeHours;
		if (!hours || typeof hours !== 'object') return err(400, 'blank', undefined, 'officeHours');
		if (!hours.timezone) return err(400, 'blank', undefined, 'officeHours.timezone');
		for (const day of DAYS) {
			for (const [i, block] of (hours[day] || []).entries()) {
				if (!/^\d{2}:\d{2}$/.test(block.start || '') || !/^\d{2}:\d{2}$/.test(block.stop || '')) {
					return err(400, 'invalid', 'start and stop must be HH:MM', `officeHours.${day}.${i}`);
				}
			}
		}
		return null;
	}

	function createHours(req) {
		const bad = needJson(req) || checkHours(req.body);
		if (bad) return bad;
		const at = stamp();
		const record = {
			id: req.body.id || slugid(),
			version: 1,
			createdAt: at,
			updatedAt: at,
			name: req.body.name,
			primary: Boolean(req.body.primary),
			officeHours: req.body.officeHours,
		};
		if (state.businessHours.has(record.id))
			return err(409, 'taken', 'business hours ID exists', 'id');
		if (record.primary) for (const other of state.businessHours.values()) other.primary = false;
		state.businessHours.set(record.id, record);
		return created(`/api/v1/business-hours/${record.id}`, clone(record));
	}

	function updateHours(req) {
		const record = state.businessHours.get(req.params.businessHoursId);
		if (!record) return err(404, 'not_exist', 'business hours do not exist');
		const bad = needJson(req) || checkHours(req.body);
		if (bad) return bad;
		if (req.body.version === undefined) return err(400, 'blank', undefined, 'version');
		if (req.body.version !== record.version)
			return err(409, 'version_outdated', `current version is ${record.version}`, 'version');
		Object.assign(record, {
			name: req.body.name,
			officeHours: req.body.officeHours,
			version: record.version + 1,
			updatedAt: stamp(),
		});
		if ('primary' in req.body) record.primary = Boolean(req.body.primary);
		return { body: clone(record) };
	}

	function deleteHours(req) {
		const record = state.businessHours.get(req.params.businessHoursId);
		if (!record) return err(404, 'not_exist', 'business hours do not exist');
		if (record.primary)
			return err(400, 'invalid_state', 'the primary business hours cannot be deleted', 'primary');
		state.businessHours.delete(record.id);
		return noContent();
	}

	// ---------- proactive campaigns ----------
	const isTimezone = (zone) => {
		try {
			new Intl.DateTimeFormat('en-US', { timeZone: zone });
			return typeof zone === 'string' && zone !== '';
		} catch {
			return false;
		}
	};

	function addRecipientCollection(req) {
		const campaign = state.campaigns.get(req.params.campaignId);
		if (!campaign) return err(404, 'not_exist', 'entity does not exist');
		const bad = needJson(req);
		if (bad) return bad;
		const { name, startAfter, endBefore, recipients } = req.body;
		if (!name) return err(400, 'blank', undefined, 'name');
		if (!startAfter || Number.isNaN(Date.parse(startAfter)))
			return err(400, 'invalid', 'startAfter must be an RFC 3339 time', 'startAfter');
		if (endBefore !== undefined && !(Date.parse(endBefore) > Date.parse(startAfter)))
			return err(400, 'invalid', 'endBefore must be after startAfter', 'endBefore');
		if (!Array.isArray(recipients) || recipients.length === 0)
			return err(400, 'blank', undefined, 'recipients');
		// Recipients are reached by the campaign's channel: email campaigns need an email address,
		// SMS and voice campaigns a phone number.
		const field = campaign.type === 'EMAIL' ? 'emailAddress' : 'phoneNumber';
		for (const [i, recipient] of recipients.entries()) {
			if (!recipient || !recipient.customerName)
				return err(400, 'blank', undefined, `recipients.${i}.customerName`);
			if (!recipient[field]) return err(400, 'blank', undefined, `recipients.${i}.${field}`);
			if (field === 'emailAddress' && !isEmail(recipient.emailAddress))
				return err(400, 'invalid', undefined, `recipients.${i}.emailAddress`);
			if (!isTimezone(recipient.timezone))
				return err(400, 'invalid', 'unknown timezone', `recipients.${i}.timezone`);
		}
		const collection = {
			id: slugid(),
			campaignId: campaign.id,
			type: campaign.type,
			name,
			startAfter,
			...(endBefore ? { endBefore } : {}),
			status: Date.parse(startAfter) > now() ? 'SCHEDULED' : 'PENDING',
		};
		state.recipientCollections.push({ ...collection, recipients: clone(recipients) });
		return { body: collection };
	}

	// ---------- agent call recorder ----------
	function agentOf(idOrEmail) {
		return (
			state.agents.get(idOrEmail) ||
			[...state.agents.values()].find((agent) => agent.emailAddress === idOrEmail)
		);
	}

	function recorderOf(agent) {
		const call = state.callRecorders.get(agent.id);
		return { agentId: agent.id, recording: false, ...(call ? clone(call) : {}) };
	}

	function getCallRecorder(req) {
		const agent = agentOf(req.params.agentId);
		if (!agent) return errObject(404, 'not_exist', `agent ${req.params.agentId} does not exist`);
		return { body: recorderOf(agent) };
	}

	function updateCallRecorder(req) {
		const agent = agentOf(req.params.agentId);
		if (!agent) return errObject(404, 'not_exist', `agent ${req.params.agentId} does not exist`);
		const bad = needJson(req);
		if (bad) return bad;
		if (typeof req.body.recording !== 'boolean')
			return err(400, 'invalid', 'recording must be true or false', 'recording');
		// "If an agent is not on a call the update will do nothing."
		const call = state.callRecorders.get(agent.id);
		if (call) call.recording = req.body.recording;
		return noContent();
	}

	// ---------- user identity (chat) ----------
	function createJwt(req) {
		const bad = needJson(req);
		if (bad) return bad;
		const { identityType, identity } = req.body;
		if (!['EMAIL', 'MOBILE_PHONE_NUMBER'].includes(identityType))
			return err(400, 'invalid', undefined, 'identityType');
		if (identityType === 'EMAIL' ? !isEmail(identity) : !isE164(identity))
			return err(400, 'invalid', undefined, 'identity');
		const part = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');
		const payload = part({ sub: identity, typ: identityType, iat: Math.floor(now() / 1000) });
		const token = `${part({ alg: 'HS256', typ: 'JWT' })}.${payload}.${crypto
			.createHmac('sha256', TOKEN)
			.update(payload)
			.digest('base64url')}`;
		state.jwts.push(token);
		return { body: { token } };
	}

	// ---------- message automation (older document only) ----------
	const sessionOr404 = (req) => state.sessions.get(req.params.sessionId);
	const noSession = () => err(404, 'not_exist', 'entity does not exist');

	function getSession(req) {
		const session = sessionOr404(req);
		return session ? { body: clone(session) } : noSession();
	}

	function listSessionMessages(req) {
		if (!sessionOr404(req)) return noSession();
		return { body: clone(state.sessionMessages.get(req.params.sessionId) || []) };
	}

	function getSessionMessage(req) {
		if (!sessionOr404(req)) return noSession();
		const found = (state.sessionMessages.get(req.params.sessionId) || []).find(
			(message) => message.id === req.params.messageId,
		);
		return found ? { body: clone(found) } : err(404, 'not_exist', 'entity does not exist');
	}

	function checkOutbound(body) {
		const { type, content } = body;
		if (!['TEXT', 'HTML', 'MENU'].includes(type))
			return err(400, 'invalid', 'invalid message type', 'type');
		if (!content || typeof content !== 'object') return err(400, 'blank', undefined, 'content');
		if (type !== 'MENU') {
			if (typeof content.value !== 'string' || content.value.length < 1)
				return err(400, 'blank', undefined, 'content.value');
			if (content.value.length > 2048) return err(400, 'too_long', undefined, 'content.value');
			return null;
		}
		if (typeof content.prompt !== 'string' || !content.prompt)
			return err(400, 'blank', undefined, 'content.prompt');
		if (content.prompt.length > 50) return err(400, 'too_long', undefined, 'content.prompt');
		const items = content.menuItems;
		if (!Array.isArray(items) || items.length < 1 || items.length > 10)
			return err(400, 'invalid', 'menuItems needs 1 to 10 items', 'content.menuItems');
		for (const [i, entry] of items.entries()) {
			if (!entry || !/^[A-Za-z0-9_-]{1,50}$/.test(entry.id || ''))
				return err(400, 'invalid', undefined, `content.menuItems.${i}.id`);
			if (!entry.label || String(entry.label).length > 256)
				return err(400, 'invalid', undefined, `content.menuItems.${i}.label`);
		}
		return null;
	}

	function sendSessionMessage(req) {
		const session = sessionOr404(req);
		if (!session) return noSession();
		const bad = needJson(req) || checkOutbound(req.body);
		if (bad) return bad;
		if (session.status === 'CLOSED' || session.target.targetType !== 'AUTOMATION')
			return err(400, 'invalid_state', 'the session is no longer automated', 'sessionId');
		const message = {
			id: crypto.randomBytes(12).toString('hex'),
			sessionId: session.id,
			type: req.body.type,
			content: clone(req.body.content),
			createdAt: stamp(),
			from: { type: 'AUTOMATION', id: session.id },
		};
		state.sessionMessages.set(session.id, [
			...(state.sessionMessages.get(session.id) || []),
			message,
		]);
		session.updatedAt = message.createdAt;
		return { body: clone(message) };
	}

	function setTyping(req) {
		const session = sessionOr404(req);
		if (!session) return noSession();
		const bad = needJson(req);
		if (bad) return bad;
		if (!['STARTED', 'STOPPED'].includes(req.body.state))
			return err(400, 'invalid', undefined, 'state');
		state.typing.set(session.id, req.body.state);
		return noContent();
	}

	const endSession = (targetType, status) => (req) => {
		const session = sessionOr404(req);
		// The document answers 400 not_exist for a hand-off or close of an unknown session.
		if (!session) return err(400, 'not_exist', 'entity does not exist');
		const bad = needJson(req);
		if (bad) return bad;
		const description = req.body.description;
		if (typeof description !== 'string' || !description.trim())
			return err(400, 'blank', undefined, 'description');
		if (description.length > 240) return err(400, 'too_long', undefined, 'description');
		if (session.status === 'CLOSED' || session.target.targetType !== 'AUTOMATION')
			return err(400, 'invalid_state', 'the session is no longer automated', 'sessionId');
		session.target = { targetType };
		session.status = status;
		session.endedReason = description;
		session.updatedAt = stamp();
		return noContent();
	};

	// ---------- custom channels (older document only) ----------
	function receiveCustomMessage(req) {
		const channel = state.customChannels.get(req.params.customChannelId);
		if (!channel) return err(404, 'not_exist', 'custom channel does not exist');
		const bad = needJson(req);
		if (bad) return bad;
		const { sender, to, type, content } = req.body;
		if (!sender || !sender.address) return err(400, 'blank', undefined, 'sender.address');
		if (!channel.addresses.includes(to)) return err(400, 'invalid', 'unknown entry point', 'to');
		if (type === 'TEXT') {
			if (!content || typeof content.text !== 'string' || !content.text)
				return err(400, 'blank', undefined, 'content.text');
		} else if (type === 'FILES') {
			if (!content || !Array.isArray(content.files) || !content.files.length)
				return err(400, 'blank', undefined, 'content.files');
			if (content.files.some((file) => !file || !/^https?:\/\//.test(file.url || '')))
				return err(400, 'invalid', 'files need public URLs', 'content.files');
		} else return err(400, 'invalid', undefined, 'type');
		const identifier = sender.profileIdentifier;
		let profile = [...state.customers.values()].find((customer) =>
			(customer.customChannelAddresses || []).includes(`${channel.id}/${sender.address}`),
		);
		if (!profile && identifier) {
			profile =
				identifier.type === 'EMAIL'
					? findOrCreate({ emailAddress: identifier.address })
					: findOrCreate({ mobilePhone: identifier.address });
		}
		if (!profile) profile = addCustomer({ name: sender.displayName });
		profile.customChannelAddresses = [
			...new Set([...(profile.customChannelAddresses || []), `${channel.id}/${sender.address}`]),
		];
		const id = slugid();
		state.items.set(id, {
			id,
			customerId: profile.id,
			timestamp: stamp(),
			initiator: { id: profile.id, type: 'CUSTOMER' },
			content: {
				type: 'CUSTOM_CHANNEL_MESSAGE',
				customChannelId: channel.id,
				from: sender.address,
				to,
				messageType: type,
				...clone(content),
				...(req.body.groupId ? { groupId: req.body.groupId } : {}),
			},
		});
		return created(`/api/v1/conversation-items/${id}`);
	}

	function customMessageStatus(req) {
		const channel = state.customChannels.get(req.params.customChannelId);
		if (!channel) return err(404, 'not_exist', 'custom channel does not exist');
		const item = state.items.get(req.params.messageId);
		if (!item || !item.content || item.content.customChannelId !== channel.id)
			return err(404, 'not_exist', 'message does not exist');
		const bad = needJson(req);
		if (bad) return bad;
		if (!['ACCEPTED', 'DELIVERED', 'READ', 'FAILED'].includes(req.body.value))
			return err(400, 'invalid', undefined, 'value');
		item.content.status = {
			value: req.body.value,
			...(req.body.details ? { details: req.body.details } : {}),
		};
		return { status: 200 };
	}

	// ---------- seeding helpers for tests ----------
	const instance = {
		state,
		EMAIL,
		TOKEN,
		ORG_ID,
		reset,
		addCustomer: (fields) => clone(addCustomer(fields)),
		merge(oldId, newId) {
			state.customers.delete(oldId);
			state.merged.set(oldId, newId);
		},
		addConversation(fields) {
			const id = fields.id || slugid();
			const conversation = {
				id,
				customerId: fields.customerId,
				inboxId: 'inbox-support',
				customAttributes: [],
				topicIds: [],
				createdAt: stamp(),
				status: 'OPEN',
				customerWaiting: false,
				...fields,
			};
			state.conversations.set(id, conversation);
			return clone(publicConversation(conversation));
		},
		addItem(fields) {
			const id = fields.id || slugid();
			const item = {
				id,
				timestamp: stamp(),
				initiator: { id: fields.customerId, type: 'CUSTOMER' },
				...fields,
			};
			state.items.set(id, item);
			return clone(item);
		},
		addAttachment(itemId, attachmentId, file) {
			state.attachments.set(`${itemId}/${attachmentId}`, { token: slugid(), ...file });
		},
		addRecording(itemId, buffer) {
			state.recordings.set(itemId, buffer);
		},
		addTranscript(itemId, transcriptBody) {
			state.transcripts.set(itemId, transcriptBody);
		},
		addTask(fields) {
			const id = fields.id || slugid();
			const task = {
				id,
				timestamp: stamp(),
				createdBy: { id: 'agent-ada', type: 'AGENT' },
				assignee: { inboxId: 'inbox-support' },
				body: 'Call back',
				dueAt: iso(86400000),
				status: 'OPEN',
				...fields,
			};
			state.tasks.set(id, task);
			return clone(task);
		},
		addJob(job, files = {}) {
			const record = {
				id: job.id || slugid(),
				scheduleId: 'sched-daily',
				status: 'COMPLETED',
				updatedAt: iso(-3600000),
				parameters: { type: 'CONVERSATIONS', startAt: iso(-90000000), endAt: iso(-3600000) },
				files: Object.keys(files),
				...job,
			};
			state.jobs.set(record.id, record);
			for (const [name, lines] of Object.entries(files))
				state.files.set(`${record.id}/${name}`, lines);
			return clone(record);
		},
		addEvent(event) {
			const record = {
				id: slugid(),
				timestamp: iso(-60000),
				initiator: { id: 'agent-ada', type: 'AGENT' },
				content: {},
				...event,
			};
			state.events.push(record);
			return clone(record);
		},
		addWebhook(fields) {
			const at = stamp();
			const webhook = {
				id: fields.id || slugid(),
				name: '',
				events: ['CONVERSATION/CLOSED'],
				enabled: false,
				createdAt: at,
				updatedAt: at,
				...fields,
			};
			state.webhooks.set(webhook.id, webhook);
			return clone(publicWebhook(webhook));
		},
		addAnswer(fields, contents = {}) {
			const at = stamp();
			const answer = {
				id: fields.id || slugid(),
				description: '',
				audienceIds: [],
				createdAt: at,
				updatedAt: at,
				...fields,
			};
			state.answers.set(answer.id, answer);
			for (const [key, content] of Object.entries(contents)) {
				const [language, type] = key.split('/');
				state.answerContent.set(`${answer.id}/${language}/${type}`, {
					answerId: answer.id,
					language,
					type,
					updatedAt: at,
					...content,
				});
			}
			return clone(answer);
		},
		addBusinessHours(fields) {
			const at = stamp();
			const record = {
				id: fields.id || slugid(),
				version: 1,
				createdAt: at,
				updatedAt: at,
				primary: false,
				officeHours: { timezone: 'UTC' },
				...fields,
			};
			state.businessHours.set(record.id, record);
			return clone(record);
		},
		addSession(fields = {}) {
			const at = stamp();
			const session = {
				id: fields.id || slugid(),
				companyAddress: 'chat-entry',
				conversationId: fields.conversationId || slugid(),
				customerAddress: slugid(),
				customerId: fields.customerId || slugid(),
				endpointType: 'CHAT',
				createdAt: at,
				updatedAt: at,
				target: { targetType: 'AUTOMATION' },
				status: 'ACTIVE',
				...fields,
			};
			state.sessions.set(session.id, session);
			return clone(session);
		},
		addSessionMessage(sessionId, fields = {}) {
			const message = {
				id: fields.id || crypto.randomBytes(12).toString('hex'),
				sessionId,
				type: 'TEXT',
				content: { value: 'Where is my order?' },
				createdAt: stamp(),
				from: { type: 'CUSTOMER', id: 'customer' },
				...fields,
			};
			state.sessionMessages.set(sessionId, [
				...(state.sessionMessages.get(sessionId) || []),
				message,
			]);
			return clone(message);
		},
		/** An agent on a call: the recorder then reports the call and can be paused. */
		startCall(agentId, fields = {}) {
			state.callRecorders.set(agentId, {
				recording: true,
				conversationItemId: slugid(),
				customerId: slugid(),
				...fields,
			});
		},
		routes: [
			['GET', '/api/v1/organization', () => ({ body: clone(state.organization) })],

			['POST', '/api/v1/customer-profiles', createCustomer],
			['GET', '/api/v1/customer-profiles', findCustomers],
			['GET', '/api/v1/customer-profiles/:customerId', getCustomer],
			['PATCH', '/api/v1/customer-profiles/:customerId', updateCustomer],
			['DELETE', '/api/v1/customer-profiles/:customerId', deleteCustomer],

			['GET', '/api/v1/customers/:customerId/conversations', listConversations],
			['POST', '/api/v1/customers/:customerId/conversation-items', createCustomerItem],
			['DELETE', '/api/v1/customers/:customerId/conversation-items/:itemId', deleteItem],
			['POST', '/api/v1/customers/:customerId/tasks', createTask],
			['GET', '/api/v1/customers/:customerId/tasks', listTasks],

			['GET', '/api/v1/conversations/:conversationId', getConversation],
			['PATCH', '/api/v1/conversations/:conversationId', patchConversation],
			['POST', '/api/v1/conversations/:conversationId/topics', addTopics],
			['DELETE', '/api/v1/conversations/:conversationId/topics/:topicId', removeTopic],
			['POST', '/api/v1/conversations/:conversationId/notes', addNote],
			['GET', '/api/v1/conversations/:conversationId/notes/:noteId', getNote],
			['GET', '/api/v1/conversations/:conversationId/items', listItems],
			[
				'POST',
				'/api/v1/customer-history/:customerId/conversations/:conversationId/custom-attributes',
				setCustomAttributes,
			],
			['GET', '/api/v1/custom-attributes/:customAttributeId', getCustomAttribute],

			['POST', '/api/v1/conversation-items', createItem],
			['GET', '/api/v1/conversation-items/:itemId', getItem],
			['DELETE', '/api/v1/conversation-items/:itemId', deleteItem],
			['POST', '/api/v1/conversation-items/:itemId/reply', reply],
			['POST', '/api/v1/conversation-items/:itemId/redact', redact],
			['GET', '/api/v1/conversation-items/:itemId/media/recording', recording],
			['GET', '/api/v1/conversation-items/:itemId/voice-transcript', transcript],
			['GET', '/api/v1/conversation-items/:itemId/attachments/:attachmentId', attachment],
			['GET', '/storage/attachments/:token', storage, { auth: false, rateLimit: false }],

			['POST', '/api/v1/communications/sms', sendSms],
			['POST', '/api/v1/communications/email', sendEmail],

			['POST', '/api/v1/tasks', createTaskAndCustomer],
			['GET', '/api/v1/tasks/:taskId', getTask],
			['PATCH', '/api/v1/tasks/:taskId', updateTask],
			['POST', '/api/v1/tasks/:taskId/comments', addComment],
			['GET', '/api/v1/tasks/:taskId/comments', listComments],
			['GET', '/api/v1/tasks/:taskId/comments/:commentId', getComment],

			['GET', '/api/v1/agents', listOf('agents')],
			['GET', '/api/v1/agents/:agentId', oneOf('agents', 'agentId', 'agent')],
			['GET', '/api/v1/teams', listOf('teams')],
			['GET', '/api/v1/teams/:teamId', oneOf('teams', 'teamId', 'team')],
			['GET', '/api/v1/inboxes', listOf('inboxes')],
			['GET', '/api/v1/inboxes/:inboxId', oneOf('inboxes', 'inboxId', 'inbox')],
			['GET', '/api/v1/audiences', listOf('audiences')],
			['GET', '/api/v1/topics', listOf('topics')],
			['POST', '/api/v1/topics', createTopic],
			['GET', '/api/v1/topics/:topicId', oneOf('topics', 'topicId', 'topic')],
			['PATCH', '/api/v1/topics/:topicId', updateTopic],

			['POST', '/api/v1/answers', createAnswer],
			['GET', '/api/v1/answers/:answerId', oneOf('answers', 'answerId', 'answer')],
			['PATCH', '/api/v1/answers/:answerId', updateAnswer],
			['DELETE', '/api/v1/answers/:answerId', deleteAnswer],
			['GET', '/api/v1/answers/:answerId/languages/:language/type/:type', getContent],
			['PUT', '/api/v1/answers/:answerId/languages/:language/type/:type', putContent],
			['DELETE', '/api/v1/answers/:answerId/languages/:language/type/:type', deleteContent],
			['GET', '/api/v1/orgs/:orgId/answers-search', searchAnswers, { auth: false }],
			['GET', '/api/v1/orgs/:orgId/answers', listPublicAnswers, { auth: false }],
			['GET', '/api/v1/orgs/:orgId/answers/:answerId', getPublicAnswer, { auth: false }],

			[
				'POST',
				'/api/v1/reports',
				runReport,
				{ bucket: 'reports', limit: { limit: 10, windowMs: 60_000, concurrency: 2 } },
			],
			['POST', '/api/v1/reports/work-session-events', workSessionEvents, { bucket: 'reports' }],

			['GET', '/api/v1/export/schedules', () => ({ body: clone(state.schedules) })],
			['GET', '/api/v1/export/jobs', findJobs],
			['GET', '/api/v1/export/jobs/:jobId', oneOf('jobs', 'jobId', 'job')],
			['DELETE', '/api/v1/export/jobs/:jobId', deleteJob],
			['GET', '/api/v1/export/jobs/:jobId/files/:filename', getFile],

			['GET', '/api/v1/events', getEvents],

			['POST', '/api/v1/webhooks', createWebhook],
			[
				'GET',
				'/api/v1/webhooks',
				() => ({ body: [...state.webhooks.values()].map(publicWebhook) }),
			],
			[
				'GET',
				'/api/v1/webhooks/:webhookId',
				(req) => {
					const webhook = state.webhooks.get(req.params.webhookId);
					return webhook
						? { body: publicWebhook(webhook) }
						: err(404, 'not_exist', 'webhook does not exist');
				},
			],
			['PATCH', '/api/v1/webhooks/:webhookId', updateWebhook],
			['DELETE', '/api/v1/webhooks/:webhookId', deleteWebhook],

			['GET', '/api/v1/business-hours', listOf('businessHours')],
			['POST', '/api/v1/business-hours', createHours],
			[
				'GET',
				'/api/v1/business-hours/:businessHoursId',
				oneOf('businessHours', 'businessHoursId', 'business hours'),
			],
			['PUT', '/api/v1/business-hours/:businessHoursId', updateHours],
			['DELETE', '/api/v1/business-hours/:businessHoursId', deleteHours],

			['POST', '/api/v1/campaigns/:campaignId/recipient-collections', addRecipientCollection],
			['GET', '/api/v1/agents/:agentId/call-recorder', getCallRecorder],
			['PATCH', '/api/v1/agents/:agentId/call-recorder', updateCallRecorder],
			['POST', '/api/v1/user-identity-jwt', createJwt],

			['GET', '/api/v1/message-automation/sessions/:sessionId', getSession],
			['GET', '/api/v1/message-automation/sessions/:sessionId/messages', listSessionMessages],
			['POST', '/api/v1/message-automation/sessions/:sessionId/messages', sendSessionMessage],
			[
				'GET',
				'/api/v1/message-automation/sessions/:sessionId/messages/:messageId',
				getSessionMessage,
			],
			['POST', '/api/v1/message-automation/sessions/:sessionId/typing-indicators', setTyping],
			[
				'POST',
				'/api/v1/message-automation/sessions/:sessionId/handoff',
				endSession('AGENT', 'HANDED_OFF'),
			],
			[
				'POST',
				'/api/v1/message-automation/sessions/:sessionId/close',
				endSession('AUTOMATION', 'CLOSED'),
			],
			[
				'POST',
				'/api/v1/communications/custom-channels/:customChannelId/messages',
				receiveCustomMessage,
			],
			[
				'PUT',
				'/api/v1/communications/custom-channels/:customChannelId/messages/:messageId/status',
				customMessageStatus,
			],
		],
	};
	return instance;
}

function basicAuth(header) {
	const match = /^Basic\s+(.+)$/i.exec(header || '');
	if (!match) return null;
	const decoded = Buffer.from(match[1], 'base64').toString('utf8');
	const colon = decoded.indexOf(':');
	return colon === -1
		? null
		: { user: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

module.exports = {
	name: 'gladly',
	EMAIL,
	TOKEN,
	ORG_ID,
	METRIC_SETS,
	defaultRateLimit: { limit: 10, windowMs: 1000 },
	rateLimitHeaders: (s) => ({
		'Ratelimit-Limit-Second': String(s.limit),
		'Ratelimit-Remaining-Second': String(s.remaining),
	}),
	// Gladly documents no Retry-After and no 429 body; this is a plausible shape.
	tooManyRequests: (s) => ({
		status: 429,
		body: {
			errors: [
				{
					code: 'rate_limited',
					detail:
						s.reason === 'concurrency' ? 'too many concurrent requests' : 'rate limit reached',
				},
			],
		},
	}),
	authenticate(req) {
		const auth = basicAuth(req.headers.authorization);
		if (auth && auth.user === EMAIL && auth.password === TOKEN) return null;
		return {
			status: 401,
			headers: { 'www-authenticate': 'Basic realm="Gladly"' },
			body: { errors: [{ code: 'unauthorized', detail: 'invalid credentials' }] },
		};
	},
	notFound: (req) => ({
		status: 404,
		body: { errors: [{ code: 'not_exist', detail: `no route for ${req.path}` }] },
	}),
	create,
};
