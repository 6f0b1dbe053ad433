'use strict';

// Fake Nutshell REST 2.0 (+ the few JSON-RPC methods the node uses), per
// Nutshell's REST documentation (https://developers.nutshell.com/reference) and test/fixtures/openapi/nutshell-openapi.json.
// Behaviour no public source confirms is modelled exactly as the node sends it (nodes/Nutshell/unconfirmed.ts): won/lost/cancelled through
// POST /rest/leads/{id}/status with an outcome id, stage moves by JSON Patch of /leads/0/links/stage.
//
// - Basic auth (email : API key); a failure answers 401 with an HTML page, as the reference says.
// - Unknown paths answer 404 with an HTML page. No rate limit by default and no rate-limit headers
//   (none is published); configure one with startSandbox({ rateLimits: { nutshell: {...} } }).
// - Lists page with page[limit] and a 0-based page[page]; a page past the end is empty; meta.total.
// - Creates take exactly one record in the {"<plural>": [ {...} ]} envelope (notes: {data}, tasks: unwrapped).
// - PATCH needs Content-Type application/json-patch+json (tasks also accept application/json) and
//   answers 204; activities are replaced with PUT.
// - /rest/events is newest first with since_id/max_id/limit/meta.next; after since_id a full page holds the
//   oldest `limit` events, or the newest with state.eventsOrder = 'newest' (Nutshell does not say which).
// - /rest/events/deleted lists deletions, paged like the lists (page[limit], 0-based page[page]).
// - Quotes and invoices (invoices carry quote ids, as in Nutshell's examples) with status changes and
//   quote → invoice; product and competitor maps, added through a JSON Patch of the lead's productMaps /
//   competitors link (nodes/Nutshell/unconfirmed.ts), patched and deleted on their own paths
//   (DELETE /rest/productMaps/{id} with the document's capital M only); product categories; the lead
//   report (JSON, or a CSV/HTML/PDF/PNG file); a lead's stages; the pipeline export (CSV); custom field
//   definitions and a record's values.

const EMAIL = 'sandbox@nutshell.test';
const API_KEY = 'nutshell-sandbox-key-1234';

const DEFAULT_PAGE_LIMIT = 20;

function htmlError(status, title) {
	return {
		status,
		headers: { 'content-type': 'text/html; charset=UTF-8' },
		body: `<!DOCTYPE html><html><head><title>An Error Occurred: ${title}</title></head><body><h1>Oops! An Error Occurred</h1><h2>The server returned a "${status} ${title}".</h2></body></html>`,
	};
}

function jsonApiError(status, title, detail = null) {
	return {
		status,
		body: {
			meta: { instanceId: 1 },
			links: {},
			errors: [{ type: 'errors', status: String(status), title, detail, code: null, field: null }],
		},
	};
}

function authenticate(req) {
	const header = req.headers.authorization || '';
	const match = /^Basic\s+(.+)$/i.exec(header);
	const decoded = match ? Buffer.from(match[1], 'base64').toString('utf8') : '';
	const expected = `${EMAIL}:${API_KEY}`;
	return decoded === expected ? null : htmlError(401, 'Unauthorized');
}

// A new lead: owned by the API user, at the first stage of the default pipeline.
const defaultLeadLinks = () => ({
	accounts: [],
	contacts: [],
	sources: [],
	tags: [],
	owner: '1-users',
	stageset: '1-stagesets',
	stage: '101-stages',
});
const numeric = (id) => Number(String(id).split('-')[0]);
const asArray = (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
const timeObject = (seconds) =>
	seconds === null || seconds === undefined
		? null
		: {
				timestamp: seconds,
				absoluteLocalizedString: new Date(seconds * 1000).toISOString().slice(0, 10),
				value: new Date(seconds * 1000).toISOString(),
			};

function create(env) {
	const nowSeconds = () => Math.floor(env.now() / 1000);
	const state = {};

	function store(type) {
		return { type, records: new Map(), next: 1 };
	}
	function add(name, record) {
		const s = state[name];
		const id = record.id || `${s.next}-${s.type}`;
		s.next = Math.max(s.next, numeric(id)) + 1;
		const full = { ...record, id, type: s.type };
		s.records.set(id, full);
		return full;
	}
	function find(name, rawId) {
		const s = state[name];
		const id = /^\d+$/.test(String(rawId)) ? `${rawId}-${s.type}` : String(rawId);
		return s.records.get(id);
	}

	function event(payloadType, action, record, changes = []) {
		return add('events', {
			createdTime: nowSeconds(),
			actorType: 'users',
			payloadType,
			action,
			changes,
			links: { actor: '1-users', payloads: [record.id] },
		});
	}

	function seed() {
		Object.assign(state, {
			users: store('users'),
			stagesets: store('stagesets'),
			stages: store('stages'),
			outcomes: store('outcomes'),
			sources: store('sources'),
			tags: store('tags'),
			products: store('products'),
			competitors: store('competitors'),
			territories: store('territories'),
			markets: store('markets'),
			industries: store('industries'),
			accountTypes: store('accountTypes'),
			activityTypes: store('activityTypes'),
			leads: store('leads'),
			contacts: store('contacts'),
			accounts: store('accounts'),
			activities: store('activities'),
			tasks: store('tasks'),
			notes: store('notes'),
			events: store('events'),
			quotes: store('quotes'),
			// Invoices have quote ids in Nutshell's examples (789-quotes); numbered apart from quotes here.
			invoices: { type: 'quotes', records: new Map(), next: 500 },
			productMaps: store('productMaps'),
			competitorMaps: store('competitorMaps'),
			productCategories: store('productCategories'),
			emails: store('emails'),
			deleted: [],
			// Which `limit` events /rest/events returns after since_id: 'oldest' (the sandbox's reading of
			// Nutshell's docs) or 'newest' (the other reading; Nutshell does not say). Tests set both.
			eventsOrder: 'oldest',
			leadNumber: 1000,
			teams: [
				{ id: 1, entityType: 'Teams', name: 'Sales Team' },
				{ id: 2, entityType: 'Teams', name: 'Support Team' },
			],
		});
		add('users', {
			id: '1-users',
			name: 'Ada Admin',
			firstName: 'Ada',
			emails: [EMAIL],
			isEnabled: true,
			isAdministrator: true,
		});
		add('users', {
			id: '2-users',
			name: 'Bob Seller',
			firstName: 'Bob',
			emails: ['bob@nutshell.test'],
			isEnabled: true,
			isAdministrator: false,
		});
		add('stagesets', {
			id: '1-stagesets',
			name: 'Sales',
			default: true,
			canAccess: true,
			status: 1,
		});
		add('stagesets', {
			id: '2-stagesets',
			name: 'Renewals',
			default: false,
			canAccess: true,
			status: 1,
		});
		for (const [id, name, position, set] of [
			['101-stages', 'Qualify', 1, '1-stagesets'],
			['102-stages', 'Propose', 2, '1-stagesets'],
			['103-stages', 'Negotiate', 3, '1-stagesets'],
			['201-stages', 'Contact', 1, '2-stagesets'],
			['202-stages', 'Renew', 2, '2-stagesets'],
		]) {
			add('stages', {
				id,
				name,
				position,
				description: '',
				numSteps: 1,
				canAdvanceStage: true,
				links: [{ stageset: set }],
			});
		}
		add('outcomes', { id: '1-outcomes', name: 'Won', status: 'won', type: 'won' });
		add('outcomes', { id: '2-outcomes', name: 'Lost on price', status: 'lost', type: 'lost' });
		add('outcomes', {
			id: '3-outcomes',
			name: 'Customer went dark',
			status: 'cancelled',
			type: 'cancelled',
		});
		add('sources', {
			id: '1-sources',
			name: 'Website',
			channel: { value: 8, display: 'Direct to website' },
		});
		add('sources', {
			id: '2-sources',
			name: 'Trade show',
			channel: { value: 7, display: 'Traditional' },
		});
		add('tags', { id: '1-tags', name: 'Enterprise', tagType: 'leads', colorType: '1' });
		add('tags', { id: '2-tags', name: 'VIP', tagType: 'contacts', colorType: '3' });
		add('products', {
			id: '1-products',
			name: 'Widget',
			sku: 'W-1',
			productType: 'product',
			price: { amount: '100', currency: 'USD' },
		});
		add('competitors', { id: '1-competitors', name: 'Acme CRM' });
		add('territories', { id: '1-territories', name: 'North' });
		add('markets', {
			id: '1-markets',
			name: 'US',
			currency: 'USD',
			currencySymbol: '$',
			isDefault: true,
		});
		add('industries', { id: '1-industries', name: 'Manufacturing' });
		add('accountTypes', { id: '1-accountTypes', name: 'Customer' });
		add('activityTypes', { id: '1-activityTypes', name: 'Phone Call' });
		add('activityTypes', { id: '2-activityTypes', name: 'Meeting' });
		add('productCategories', { id: '1-productCategories', name: 'Hardware', modifiedTime: 0 });
		// One quote and one invoice (a sales document with a quote id, as in Nutshell's examples).
		const line = {
			id: '1-quoteProductLineItems',
			position: 0,
			product: '1-products',
			name: 'Widget',
			quantity: 2,
			price: { amount: '100.00', currency: 'USD', formatted: '$100.00' },
		};
		const document = (id, number, displayStatus, createdTime) => ({
			id,
			number,
			displayStatus,
			total: { amount: '200.00', currency: 'USD', formatted: '$200.00' },
			productLineItems: [line],
			createdTime,
			links: { lead: '1-leads' },
		});
		add('quotes', document('1-quotes', '1000-01', 'READY', '2026-01-15T10:30:00Z'));
		add('invoices', document('500-quotes', '1000-02', 'SENT', '2026-02-01T09:00:00Z')).type =
			'invoices';
		add('emails', {
			id: '1-emails',
			subject: 'Proposal',
			excerpt: 'Please find attached',
			sentTime: 1767225600,
			links: { from: '1-users', to: ['1-contacts'], cc: [] },
		});
		state.customFields = {
			leads: [{ id: '1-customfields', name: 'Favorite Number', type: 'Text', entityType: 'Leads' }],
			contacts: [{ id: '2-customfields', name: 'Shoe Size', type: 'Text', entityType: 'Contacts' }],
			accounts: [
				{ id: '3-customfields', name: 'Region Code', type: 'Text', entityType: 'Accounts' },
			],
		};
	}
	seed();

	const meta = (extra = {}) => ({ instanceId: 1, ...extra });
	const envelope = (plural, records, extra = {}) => ({
		body: { meta: meta(extra), links: {}, [plural]: records },
	});

	function textMatch(record, q) {
		if (!q) return true;
		const needle = String(q).toLowerCase();
		const hay = [
			record.name,
			record.description,
			record.title,
			record.sku,
			...(record.emails || []).map((e) => (typeof e === 'string' ? e : e.value)),
		]
			.filter(Boolean)
			.join(' ')
			.toLowerCase();
		return hay.includes(needle);
	}

	// filter[key]=value or filter[key][]=a&filter[key][]=b
	function readFilters(query, prefix = 'filter') {
		const filters = {};
		for (const [key, value] of Object.entries(query)) {
			const m = new RegExp(`^${prefix}\\[([^\\]]+)\\](?:\\[\\])?$`).exec(key);
			if (m) filters[m[1]] = asArray(value);
		}
		return filters;
	}

	const LINK_FILTERS = {
		owners: 'owner',
		tags: 'tags',
		accounts: 'accounts',
		contacts: 'contacts',
		sources: 'sources',
		stageset: 'stageset',
		territories: 'territory',
	};

	function passesFilters(record, filters) {
		for (const [key, values] of Object.entries(filters)) {
			if (key === 'number') {
				if (!values.some((v) => String(record.number) === String(v))) return false;
			} else if (key === 'name') {
				if (
					!values.some((v) =>
						String(record.name || '')
							.toLowerCase()
							.includes(String(v).toLowerCase()),
					)
				)
					return false;
			} else if (key === 'email') {
				if (
					!values.some((v) =>
						(record.emails || []).some(
							(e) => String(e.value).toLowerCase() === String(v).toLowerCase(),
						),
					)
				)
					return false;
			} else if (key === 'status') {
				if (!values.includes(record.status)) return false;
			} else if (key === 'createdTime') {
				const [from, to] = String(values[0]).split(' TO ');
				const t =
					typeof record.createdTime === 'object'
						? record.createdTime.timestamp
						: record.createdTime;
				if (t < Date.parse(`${from}Z`) / 1000 || t > Date.parse(`${to}Z`) / 1000) return false;
			} else if (LINK_FILTERS[key]) {
				const linked = asArray(record.links && record.links[LINK_FILTERS[key]]).map(String);
				if (
					!values.some(
						(v) => linked.includes(String(v)) || linked.some((l) => numeric(l) === Number(v)),
					)
				)
					return false;
			} else {
				return { error: `Invalid filter key: ${key}` };
			}
		}
		return true;
	}

	function paged(plural, name, { emailParam = false } = {}) {
		return (req) => {
			const limit =
				req.query['page[limit]'] === undefined
					? DEFAULT_PAGE_LIMIT
					: Number(req.query['page[limit]']);
			const page = req.query['page[page]'] === undefined ? 0 : Number(req.query['page[page]']);
			if (!Number.isInteger(page) || page < 0)
				return jsonApiError(
					400,
					'Invalid filter',
					`Invalid page number: ${req.query['page[page]']}`,
				);
			if (!Number.isInteger(limit) || limit < 1 || limit > 10000)
				return jsonApiError(
					400,
					'Invalid filter',
					`Invalid page limit: ${req.query['page[limit]']}`,
				);
			const filters = readFilters(req.query);
			const all = [];
			for (const record of state[name].records.values()) {
				if (record.deletedTime) continue;
				if (!textMatch(record, req.query.q)) continue;
				if (emailParam && req.query.email !== undefined) {
					const wanted = String(req.query.email).toLowerCase();
					if (!(record.emails || []).some((e) => String(e.value).toLowerCase() === wanted))
						continue;
				}
				const ok = passesFilters(record, filters);
				if (ok && ok.error) return jsonApiError(400, 'Invalid filter', ok.error);
				if (ok) all.push(record);
			}
			const sort = req.query.sort;
			if (sort) {
				const desc = String(sort).startsWith('-');
				const field = String(sort).replace(/^-/, '');
				const val = (r) =>
					r[field] && typeof r[field] === 'object' && 'timestamp' in r[field]
						? r[field].timestamp
						: r[field];
				all.sort((a, b) => (val(a) > val(b) ? 1 : val(a) < val(b) ? -1 : 0) * (desc ? -1 : 1));
			}
			const slice = all.slice(page * limit, page * limit + limit);
			return envelope(plural, slice, { count: slice.length, total: all.length });
		};
	}

	function getOne(plural, name) {
		return (req) => {
			const record = find(name, req.params.id);
			return record ? envelope(plural, [record]) : htmlError(404, 'Not Found');
		};
	}

	function listAll(plural, name, { bare = false } = {}) {
		return (req) => {
			const records = [...state[name].records.values()].filter(
				(r) => !r.deletedTime && textMatch(r, req.query.q),
			);
			const filters = readFilters(req.query);
			const typed = filters.tagType
				? records.filter((r) => filters.tagType.includes(r.tagType))
				: records;
			return bare ? { body: typed } : envelope(plural, typed, { total: typed.length });
		};
	}

	// The one-record envelope every create uses.
	function readEnvelope(req, plural) {
		if (req.jsonError || !req.body || typeof req.body !== 'object')
			return { error: jsonApiError(400, 'Invalid JSON body') };
		const list = req.body[plural];
		if (!Array.isArray(list) || list.length === 0)
			return { error: jsonApiError(400, `Expected a "${plural}" array with one record`) };
		if (list.length > 1)
			return {
				error: jsonApiError(400, `You may only create one ${plural} resource per request.`),
			};
		if (!list[0] || typeof list[0] !== 'object' || Array.isArray(list[0]))
			return { error: jsonApiError(400, `Invalid ${plural} record`) };
		return { record: list[0] };
	}

	function checkLinks(links, allowed) {
		for (const [rel, value] of Object.entries(links || {})) {
			const type = allowed[rel];
			if (!type) return `Unknown link "${rel}"`;
			for (const id of asArray(value)) {
				if (typeof id !== 'string' || !new RegExp(`^\\d+-${type}$`).test(id))
					return `Link "${rel}" needs IDs like 1-${type}, got ${JSON.stringify(id)}`;
				if (state[type] && state[type].records && !state[type].records.has(id))
					return `${id} does not exist`;
			}
		}
		return undefined;
	}

	function checkCustomFields(plural, values) {
		for (const name of Object.keys(values || {})) {
			if (!state.customFields[plural].some((f) => f.name === name))
				return `Unknown custom field "${name}"`;
		}
		return undefined;
	}

	const LEAD_LINKS = {
		accounts: 'accounts',
		contacts: 'contacts',
		owner: 'users',
		sources: 'sources',
		tags: 'tags',
		competitorMaps: 'competitorMaps',
	};
	const PARTY_LINKS = {
		accounts: 'accounts',
		contacts: 'contacts',
		owner: 'users',
		territory: 'territories',
		tags: 'tags',
		emAudiences: 'emAudiences',
		accountType: 'accountTypes',
		industry: 'industries',
	};

	function createParty(plural) {
		return (req) => {
			const { record, error } = readEnvelope(req, plural);
			if (error) return error;
			const { productMaps, ...links } = record.links || {};
			const linkError =
				checkLinks(links, PARTY_LINKS) || checkCustomFields(plural, record.customFields);
			if (linkError) return jsonApiError(400, linkError);
			if (
				plural === 'accounts' &&
				!['name', 'phones', 'emails', 'addresses', 'urls'].some((k) => record[k])
			) {
				return jsonApiError(400, 'At least one of name, phone, email, address or url is required');
			}
			const name = record.name || [record.firstName, record.lastName].filter(Boolean).join(' ');
			const saved = add(plural, {
				...record,
				name,
				emails: (record.emails || []).map((e, i) => ({
					isPrimary: i === 0,
					name: e.name || 'work',
					value: e.value,
				})),
				phones: (record.phones || []).map((p, i) => ({
					isPrimary: i === 0,
					name: p.name || 'work',
					value:
						typeof p.value === 'string'
							? { number: p.value.replace(/\D/g, ''), numberFormatted: p.value }
							: p.value,
				})),
				customFields: record.customFields || {},
				createdTime: nowSeconds(),
				links: { owner: '1-users', tags: [], accounts: [], ...links },
				htmlUrl: `https://app.nutshell.com/${plural === 'contacts' ? 'person' : 'company'}/${state[plural].next}`,
			});
			event(plural, 'create', saved);
			return { status: plural === 'contacts' ? 200 : 201, ...envelope(plural, [saved]) };
		};
	}

	function createLead(req) {
		const { record, error } = readEnvelope(req, 'leads');
		if (error) return error;
		const { productMaps = [], ...idLinks } = record.links || {};
		const mapError = productMaps.map(badProductMap).find(Boolean);
		if (mapError) return jsonApiError(400, mapError);
		const linkError =
			checkLinks(idLinks, LEAD_LINKS) || checkCustomFields('leads', record.customFields);
		if (linkError) return jsonApiError(400, linkError);
		if (record.manualValue !== undefined && typeof record.manualValue !== 'string')
			return jsonApiError(400, 'manualValue must be a string');
		const number = String(++state.leadNumber);
		const saved = add('leads', {
			name: record.description || `Lead-${number}`,
			description: record.description || '',
			number,
			status: 'open',
			value: {
				amount: record.manualValue || '0',
				currency: 'USD',
				formatted: `$${record.manualValue || '0'}`,
			},
			confidence: 0,
			dueTime:
				record.dueTime && record.dueTime.timestamp ? timeObject(record.dueTime.timestamp) : null,
			createdTime: timeObject(nowSeconds()),
			closedTime: null,
			isCurrentUserWatching: false,
			customFields: record.customFields || {},
			links: { ...defaultLeadLinks(), ...idLinks, productMaps: [] },
			htmlUrl: `https://app.nutshell.com/lead/${number}`,
		});
		for (const map of productMaps) addProductMap(saved, map);
		event('leads', 'create', saved);
		return { status: 201, ...envelope('leads', [saved]) };
	}

	// A product on a lead (a LeadProductMap), saved as its own record and linked from the lead.
	function addProductMap(lead, map) {
		const product = state.products.records.get(map.links.product);
		const saved = add('productMaps', {
			name: product.name,
			productType: map.productType || 'product',
			quantity: map.quantity === undefined ? 1 : map.quantity,
			price: {
				currency: 'USD',
				...(map.price && map.price.amount !== undefined ? map.price : product.price),
			},
			links: { product: product.id, lead: lead.id },
		});
		lead.links.productMaps = [...asArray(lead.links.productMaps), saved.id];
		return saved;
	}

	function badProductMap(map) {
		if (!map || typeof map !== 'object' || Array.isArray(map) || !map.links)
			return `Invalid product map ${JSON.stringify(map)}`;
		if (!state.products.records.has(map.links.product))
			return `Product ${JSON.stringify(map.links.product)} does not exist`;
		if (map.quantity !== undefined && (typeof map.quantity !== 'number' || map.quantity < 0))
			return 'quantity must be a number of 0 or more';
		if (
			map.price !== undefined &&
			(!map.price ||
				typeof map.price.amount !== 'string' ||
				!/^\d+(\.\d+)?$/.test(map.price.amount))
		)
			return 'price.amount must be a string amount';
		return undefined;
	}

	function addCompetitorMap(lead, competitorId) {
		const competitor = state.competitors.records.get(competitorId);
		const saved = add('competitorMaps', {
			name: competitor.name,
			status: 'potential',
			links: { lead: lead.id, competitor: competitor.id },
		});
		lead.links.competitorMaps = [...asArray(lead.links.competitorMaps), saved.id];
		lead.links.competitors = [...asArray(lead.links.competitors), competitor.id];
		return saved;
	}

	const unescapePointer = (s) => s.replace(/~1/g, '/').replace(/~0/g, '~');

	// RFC 6902 subset Nutshell documents: add / remove / replace on /<plural>/0/...
	function applyPatch(plural, record, ops) {
		const copy = JSON.parse(JSON.stringify(record));
		const events = [];
		// Records a patch creates (product and competitor maps), made only once the whole patch is valid.
		const pending = [];
		for (const op of ops) {
			if (!op || typeof op !== 'object' || typeof op.path !== 'string')
				return { error: 'Each patch needs op and path' };
			if (!['add', 'remove', 'replace'].includes(op.op))
				return { error: `Unsupported patch op "${op.op}"` };
			const parts = op.path.split('/').slice(1).map(unescapePointer);
			if (parts[0] !== plural || parts[1] !== '0' || parts.length < 3)
				return { error: `Patch path must start with /${plural}/0/: ${op.path}` };
			const [field, sub, tail] = parts.slice(2);
			if (op.op !== 'remove' && !('value' in op))
				return { error: `Patch ${op.path} needs a value` };
			if (field === 'customFields') {
				if (!sub || !state.customFields[plural].some((f) => f.name === sub))
					return { error: `Unknown custom field "${sub}"` };
				if (op.op === 'remove') delete copy.customFields[sub];
				else copy.customFields = { ...copy.customFields, [sub]: op.value };
			} else if (field === 'links') {
				if (!sub) return { error: 'Patch of links needs a relation' };
				const current = copy.links[sub];
				if (op.op === 'replace' && tail === undefined) {
					if (sub === 'stage') {
						const stage = state.stages.records.get(op.value);
						if (!stage) return { error: `Stage ${op.value} does not exist` };
						if (stage.links[0].stageset !== copy.links.stageset)
							return {
								error: `Stage ${op.value} is not in the lead's pipeline ${copy.links.stageset}`,
							};
						events.push([
							'stagechange',
							[{ attribute: 'stage', oldValue: current, newValue: op.value }],
						]);
					}
					copy.links[sub] = op.value;
				} else if (op.op === 'add' && tail === '-' && plural === 'leads' && sub === 'productMaps') {
					// A product on the lead: the map object, as on create (nodes/Nutshell/unconfirmed.ts).
					const problem = badProductMap(op.value);
					if (problem) return { error: problem };
					pending.push(() => addProductMap(copy, op.value));
				} else if (op.op === 'add' && tail === '-' && plural === 'leads' && sub === 'competitors') {
					if (typeof op.value !== 'string' || !state.competitors.records.has(op.value))
						return { error: `Competitor ${JSON.stringify(op.value)} does not exist` };
					pending.push(() => addCompetitorMap(copy, op.value));
				} else if (op.op === 'add' && tail === '-') {
					if (typeof op.value !== 'string') return { error: 'A link value must be an ID string' };
					copy.links[sub] = [...asArray(current).filter((v) => v !== op.value), op.value];
				} else if (op.op === 'remove' && tail !== undefined) {
					copy.links[sub] = asArray(current).filter((v) => v !== tail);
				} else {
					return { error: `Unsupported patch on ${op.path}` };
				}
			} else if (sub === '-' && op.op === 'add') {
				copy[field] = [...asArray(copy[field]), op.value];
			} else if (sub === undefined) {
				if (op.op === 'remove') delete copy[field];
				else if (field === 'manualValue')
					copy.value = { ...copy.value, amount: op.value, formatted: `$${op.value}` };
				else if (field === 'dueTime') copy.dueTime = timeObject(op.value && op.value.timestamp);
				else copy[field] = op.value;
				if (field === 'description' && plural === 'leads') copy.name = op.value;
			} else {
				return { error: `Unsupported patch path ${op.path}` };
			}
		}
		for (const make of pending) make();
		return { record: copy, events };
	}

	function patchRecord(plural, { allowPlainJson = false } = {}) {
		return (req) => {
			const type = String(req.headers['content-type'] || '')
				.split(';')[0]
				.trim();
			if (
				type !== 'application/json-patch+json' &&
				!(allowPlainJson && type === 'application/json')
			) {
				return {
					status: 400,
					body: JSON.stringify('application/json-patch+json is required, see http://jsonapi.org'),
					headers: { 'content-type': 'application/json' },
				};
			}
			const record = find(plural, req.params.id);
			if (!record || record.deletedTime) return htmlError(404, 'Not Found');
			if (req.jsonError || !Array.isArray(req.body))
				return jsonApiError(400, 'The body must be a JSON Patch array');
			if (req.body.length === 0) return jsonApiError(400, 'No patches sent');
			const result = applyPatch(plural, record, req.body);
			if (result.error) return jsonApiError(400, result.error);
			state[plural].records.set(record.id, result.record);
			for (const [action, changes] of result.events) event(plural, action, result.record, changes);
			event(plural, 'update', result.record);
			return { status: 204 };
		};
	}

	function remove(plural, { status = 200 } = {}) {
		return (req) => {
			const record = find(plural, req.params.id);
			if (!record || record.deletedTime) return htmlError(404, 'Not Found');
			record.deletedTime = nowSeconds();
			state.deleted.push(
				add('events', {
					createdTime: nowSeconds(),
					actorType: 'users',
					payloadType: plural,
					action: 'delete',
					changes: [],
					links: { actor: '1-users', payloads: [record.id] },
				}),
			);
			return status === 204 ? { status: 204 } : envelope(plural, [record]);
		};
	}

	function undelete(plural) {
		return (req) => {
			const record = find(plural, req.params.id);
			if (!record) return htmlError(404, 'Not Found');
			delete record.deletedTime;
			event(plural, 'undelete', record);
			return envelope(plural, [record]);
		};
	}

	function leadAction(fn) {
		return (req) => {
			const lead = find('leads', req.params.id);
			if (!lead || lead.deletedTime) return htmlError(404, 'Not Found');
			const result = fn(lead, req);
			if (result && result.status >= 400) return result;
			return envelope('leads', [lead]);
		};
	}

	const setStatus = leadAction((lead, req) => {
		const outcome =
			req.body && typeof req.body.outcomeId === 'string'
				? state.outcomes.records.get(req.body.outcomeId)
				: undefined;
		if (!outcome)
			return jsonApiError(400, 'outcomeId must be the ID of an outcome, such as 1-outcomes');
		for (const id of asArray(req.body.competitorMaps))
			if (typeof id !== 'string') return jsonApiError(400, 'competitorMaps must be IDs');
		const mapError = asArray(req.body.productMaps).map(badProductMap).find(Boolean);
		if (mapError) return jsonApiError(400, mapError);
		lead.status = outcome.status;
		lead.closedTime = timeObject(nowSeconds());
		lead.links.outcome = outcome.id;
		if (req.body.productMaps) {
			lead.links.productMaps = [];
			for (const map of req.body.productMaps) addProductMap(lead, map);
		}
		event('leads', 'status', lead, [
			{ attribute: 'status', oldValue: 'open', newValue: outcome.status },
		]);
		return undefined;
	});

	const reopen = leadAction((lead) => {
		lead.status = 'open';
		lead.closedTime = null;
		delete lead.links.outcome;
		event('leads', 'reopen', lead);
		return undefined;
	});

	const changeStageset = leadAction((lead, req) => {
		const set = req.body && state.stagesets.records.get(req.body.stageset);
		if (!set)
			return jsonApiError(400, 'stageset must be the ID of a pipeline, such as 1-stagesets');
		lead.links.stageset = set.id;
		lead.links.stage = [...state.stages.records.values()]
			.filter((s) => s.links[0].stageset === set.id)
			.sort((a, b) => a.position - b.position)[0].id;
		event('leads', 'stagechange', lead);
		return undefined;
	});

	const watch = leadAction((lead) => {
		lead.isCurrentUserWatching = !lead.isCurrentUserWatching;
		return undefined;
	});

	const ACTIVITY_FIELDS = [
		'name',
		'description',
		'note',
		'location',
		'activityType',
		'startTime',
		'endTime',
		'transcription',
		'isFlagged',
		'isLogged',
		'isAllDay',
		'links',
	];

	function activityFromBody(req) {
		const { record, error } = readEnvelope(req, 'activities');
		if (error) return { error };
		for (const key of Object.keys(record))
			if (!ACTIVITY_FIELDS.includes(key))
				return { error: jsonApiError(400, `Unknown activity field "${key}"`) };
		if (!record.name) return { error: jsonApiError(400, 'name is required') };
		for (const key of ['startTime', 'endTime']) {
			if (record[key] !== undefined && !Number.isInteger(record[key]))
				return { error: jsonApiError(400, `${key} must be a Unix timestamp`) };
		}
		if (record.activityType && !state.activityTypes.records.has(record.activityType))
			return { error: jsonApiError(400, `${record.activityType} does not exist`) };
		for (const id of asArray(record.links && record.links.participants)) {
			if (!/^\d+-(contacts|users|accounts|leads)$/.test(id))
				return { error: jsonApiError(400, `Invalid participant ${JSON.stringify(id)}`) };
		}
		return { record };
	}

	function createActivity(req) {
		const { record, error } = activityFromBody(req);
		if (error) return error;
		const saved = add('activities', {
			...record,
			status: record.isLogged ? 'logged' : 'scheduled',
			createdTime: nowSeconds(),
		});
		event('activities', 'create', saved);
		return { status: 201, ...envelope('activities', [saved]) };
	}

	function putActivity(req) {
		const existing = find('activities', req.params.id);
		if (!existing) return htmlError(404, 'Not Found');
		const { record, error } = activityFromBody(req);
		if (error) return error;
		const saved = {
			id: existing.id,
			type: 'activities',
			createdTime: existing.createdTime,
			...record,
			status: record.isLogged ? 'logged' : 'scheduled',
		};
		state.activities.records.set(existing.id, saved);
		event('activities', 'update', saved);
		return envelope('activities', [saved]);
	}

	// /activities pages with `limit` only (the spec declares no page[...] there).
	function listActivities(req) {
		if (req.query['page[page]'] !== undefined)
			return jsonApiError(400, 'Invalid filter', 'page[page] is not supported on activities');
		const limit = req.query.limit === undefined ? 50 : Number(req.query.limit);
		const filters = readFilters(req.query);
		const day = (s) => Date.parse(`${s}T00:00:00Z`) / 1000;
		const list = [...state.activities.records.values()].filter((a) => {
			if (!textMatch(a, req.query.q)) return false;
			if (
				filters.participant &&
				!filters.participant.some((p) => asArray(a.links && a.links.participants).includes(p))
			)
				return false;
			if (filters.status && !filters.status.includes(a.status)) return false;
			if (
				filters.activityType &&
				!filters.activityType.some((t) => numeric(a.activityType) === Number(t))
			)
				return false;
			if (filters.dateMin && a.startTime < day(filters.dateMin[0])) return false;
			if (filters.dateMax && a.startTime >= day(filters.dateMax[0]) + 86400) return false;
			return true;
		});
		return envelope('activities', list.slice(0, limit), { total: list.length });
	}

	function createTask(req) {
		const body = req.body;
		if (req.jsonError || !body || typeof body !== 'object' || Array.isArray(body))
			return jsonApiError(400, 'Invalid JSON body');
		if (body.tasks) return jsonApiError(400, 'Tasks are created without an envelope');
		if (!body.title) return jsonApiError(400, 'title is required');
		if (body.dueTime !== undefined && !/^\d+$/.test(String(body.dueTime)))
			return jsonApiError(400, 'dueTime must be a Unix timestamp');
		const saved = add('tasks', {
			title: body.title,
			name: body.title,
			description: body.description || '',
			dueTime: body.dueTime ? Number(body.dueTime) : null,
			isCompleted: false,
			links: body.links || {},
		});
		return envelope('tasks', [saved]);
	}

	function listTasks(req) {
		const base = paged('tasks', 'tasks');
		const filters = readFilters(req.query);
		const { assignee, relatedEntity, dateMin, dateMax } = filters;
		const restQuery = Object.fromEntries(
			Object.entries(req.query).filter(([k]) => !k.startsWith('filter[')),
		);
		const saved = state.tasks.records;
		const kept = new Map(
			[...saved].filter(([, t]) => {
				if (assignee && !assignee.includes(t.links.assignee)) return false;
				if (relatedEntity && !relatedEntity.includes(t.links.relatedEntity)) return false;
				if (dateMin && t.dueTime < Date.parse(`${dateMin[0]}T00:00:00Z`) / 1000) return false;
				if (dateMax && t.dueTime >= Date.parse(`${dateMax[0]}T00:00:00Z`) / 1000 + 86400)
					return false;
				return true;
			}),
		);
		state.tasks.records = kept;
		try {
			return base({ ...req, query: restQuery });
		} finally {
			state.tasks.records = saved;
		}
	}

	function createNote(req) {
		const data = req.body && req.body.data;
		if (req.jsonError || !data || typeof data !== 'object' || Array.isArray(data))
			return jsonApiError(400, 'Notes are created as {"data": {...}}');
		if (!data.body) return jsonApiError(400, 'body is required');
		const parent = data.links && data.links.parent;
		const m = /^(\d+)-(leads|contacts|accounts)$/.exec(String(parent));
		if (!m || !state[m[2]].records.has(parent))
			return jsonApiError(400, `Invalid note parent ${JSON.stringify(parent)}`);
		const saved = add('notes', {
			body: data.body,
			bodyHtml: `<p>${data.body}</p>`,
			parentType: m[2],
			links: { parent },
		});
		event('notes', 'create', saved);
		return { status: 201, ...envelope('notes', [saved]) };
	}

	function createSimple(plural, check) {
		return (req) => {
			const { record, error } = readEnvelope(req, plural);
			if (error) return error;
			const problem = check(record);
			if (problem) return jsonApiError(400, problem);
			const saved = add(plural, record);
			return { status: plural === 'tags' ? 200 : 201, ...envelope(plural, [saved]) };
		};
	}

	function listEvents(req) {
		const limit = req.query.limit === undefined ? 20 : Math.min(Number(req.query.limit), 100);
		const sinceId = req.query.since_id === undefined ? undefined : numeric(req.query.since_id);
		const maxId = req.query.max_id === undefined ? undefined : numeric(req.query.max_id);
		const sinceTime = req.query.since_time === undefined ? undefined : Number(req.query.since_time);
		const types = asArray(req.query['filters[payload][]']);
		const all = [...state.events.records.values()]
			.filter((e) => !state.deleted.includes(e))
			.filter(
				(e) =>
					(sinceId === undefined || numeric(e.id) > sinceId) &&
					(maxId === undefined || numeric(e.id) <= maxId) &&
					(sinceTime === undefined || e.createdTime > sinceTime),
			)
			.filter((e) => types.length === 0 || types.includes(e.payloadType))
			.sort((a, b) => numeric(a.id) - numeric(b.id));
		// Walking forward from since_id: the oldest `limit` events after it (or the newest, with
		// state.eventsOrder 'newest'); without one, the newest.
		const forward =
			(sinceId !== undefined || sinceTime !== undefined) && state.eventsOrder !== 'newest';
		const window = forward ? all.slice(0, limit) : all.slice(-limit);
		const page = window.reverse();
		const newest = page[0];
		const base = env.url();
		const next = newest
			? `${base}/rest/events?limit=${limit}&since_id=${newest.id}&since_time=${newest.createdTime}`
			: req.query.since_id
				? `${base}/rest/events?limit=${limit}&since_id=${req.query.since_id}`
				: null;
		const payloads = page.map((e) => {
			const [id] = e.links.payloads;
			const name = /-(\w+)$/.exec(id)[1];
			return state[name] && state[name].records ? state[name].records.get(id) : undefined;
		});
		return {
			body: {
				meta: meta({ next, last: page.length ? page[page.length - 1].id : null }),
				links: {},
				events: page,
				actors: [],
				payloads: payloads.filter(Boolean),
			},
		};
	}

	function listDeleted(req) {
		const type = req.query['filter[types]'];
		const list = state.deleted.filter((e) => !type || e.payloadType === type);
		const sorted = req.query.sort === '-change_time' ? [...list].reverse() : list;
		// Paged like the main lists: page[limit] (default 20, at most 10,000) and a 0-based page[page].
		const limit = req.query['page[limit]'] === undefined ? 20 : Number(req.query['page[limit]']);
		const page = req.query['page[page]'] === undefined ? 0 : Number(req.query['page[page]']);
		if (
			!Number.isInteger(page) ||
			page < 0 ||
			!Number.isInteger(limit) ||
			limit < 1 ||
			limit > 10000
		)
			return jsonApiError(400, 'Invalid filter', 'Invalid page');
		return envelope('events', sorted.slice(page * limit, page * limit + limit));
	}

	// JSON-RPC 2.0 (legacy): only the methods the node uses where REST has nothing.
	function rpc(req) {
		const body = req.body || {};
		const reply = (payload) => ({
			body: { jsonrpc: '2.0', id: body.id === undefined ? null : body.id, ...payload },
		});
		if (body.jsonrpc !== '2.0' || typeof body.method !== 'string')
			return reply({ error: { code: -32600, message: 'Invalid Request', data: null } });
		if (body.method === 'findTeams') {
			const limit = Number((body.params && body.params.limit) || 50);
			const page = Number((body.params && body.params.page) || 1);
			return reply({ result: state.teams.slice((page - 1) * limit, page * limit) });
		}
		if (body.method === 'searchByEmail') {
			const email = String((body.params && body.params.emailAddressString) || '').toLowerCase();
			if (!email)
				return reply({
					error: { code: 400, message: 'emailAddressString is required', data: null },
				});
			const hits = (name, entityType) =>
				[...state[name].records.values()]
					.filter(
						(r) =>
							!r.deletedTime &&
							(r.emails || []).some(
								(e) => String(typeof e === 'string' ? e : e.value).toLowerCase() === email,
							),
					)
					.map((r) => ({ stub: true, id: numeric(r.id), entityType, name: r.name }));
			return reply({
				result: {
					contacts: hits('contacts', 'Contacts'),
					accounts: hits('accounts', 'Accounts'),
					users: hits('users', 'Users'),
				},
			});
		}
		return reply({
			error: { code: -32601, message: `Method not found: ${body.method}`, data: null },
		});
	}

	const customFieldAttributes = (plural) => () =>
		plural === 'accounts'
			? { body: { customFields: state.customFields.accounts } }
			: { body: state.customFields[plural] };

	const listFields = (plural) => () => ({
		body: {
			meta: meta(),
			fields: [
				{ name: 'name', displayName: 'Name', isFilterable: true, isSortable: true },
				{ name: 'owners', displayName: 'Owner', isFilterable: true, isSortable: false },
				{ name: 'tags', displayName: 'Tags', isFilterable: true, isSortable: false },
				{ name: 'createdTime', displayName: 'Created', isFilterable: true, isSortable: true },
				...(plural === 'leads'
					? [
							{ name: 'number', displayName: 'Lead number', isFilterable: true, isSortable: false },
							{ name: 'stageset', displayName: 'Pipeline', isFilterable: true, isSortable: false },
							{ name: 'status', displayName: 'Status', isFilterable: true, isSortable: false },
							{ name: 'value', displayName: 'Value', isFilterable: false, isSortable: true },
						]
					: [{ name: 'email', displayName: 'Email', isFilterable: true, isSortable: true }]),
			],
		},
	});

	// Quotes and invoices (sales documents): lists filtered by lead and creation day, paged like the lists.
	const DAY = /^\d{4}-\d{2}-\d{2}$/;
	function listDocuments(kind) {
		return (req) => {
			const filters = readFilters(req.query);
			for (const key of Object.keys(filters))
				if (!['lead', 'dateMin', 'dateMax'].includes(key))
					return jsonApiError(400, 'Invalid filter', `Invalid filter key: ${key}`);
			for (const key of ['dateMin', 'dateMax'])
				if (filters[key] && !DAY.test(String(filters[key][0])))
					return jsonApiError(400, 'Invalid filter', `${key} must be YYYY-MM-DD`);
			const day = (record) => String(record.createdTime).slice(0, 10);
			const all = [...state[kind].records.values()].filter(
				(record) =>
					!record.deletedTime &&
					(!filters.lead || filters.lead.includes(record.links.lead)) &&
					(!filters.dateMin || day(record) >= filters.dateMin[0]) &&
					(!filters.dateMax || day(record) <= filters.dateMax[0]),
			);
			const limit =
				req.query['page[limit]'] === undefined
					? DEFAULT_PAGE_LIMIT
					: Number(req.query['page[limit]']);
			const page = req.query['page[page]'] === undefined ? 0 : Number(req.query['page[page]']);
			if (!Number.isInteger(page) || page < 0 || !Number.isInteger(limit) || limit < 1)
				return jsonApiError(400, 'Invalid filter', 'Invalid page');
			const slice = all.slice(page * limit, page * limit + limit);
			return envelope(kind, slice, { count: slice.length, total: all.length });
		};
	}

	function getDocument(kind) {
		return (req) => {
			const record = find(kind, req.params.id);
			return record && !record.deletedTime ? envelope(kind, [record]) : htmlError(404, 'Not Found');
		};
	}

	const DOCUMENT_STATUSES = ['READY', 'SENT', 'REVOKED', 'ACCEPTED', 'ARCHIVED'];
	function documentStatus(kind) {
		return (req) => {
			const record = find(kind, req.params.id);
			if (!record || record.deletedTime) return htmlError(404, 'Not Found');
			const body = req.body;
			if (req.jsonError || !body || typeof body !== 'object' || Array.isArray(body))
				return jsonApiError(400, 'Invalid JSON body');
			if (!DOCUMENT_STATUSES.includes(body.status))
				return jsonApiError(400, `status must be one of ${DOCUMENT_STATUSES.join(', ')}`);
			const allowed = [
				'status',
				'acceptedName',
				'acceptedEmail',
				...(kind === 'invoices' ? ['comment'] : []),
			];
			for (const key of Object.keys(body)) {
				if (!allowed.includes(key)) return jsonApiError(400, `Unknown field "${key}"`);
				if (typeof body[key] !== 'string') return jsonApiError(400, `${key} must be a string`);
			}
			const now = new Date(env.now()).toISOString().slice(0, 19) + 'Z';
			record.displayStatus = body.status;
			if (body.status === 'SENT') record.sentTime = now;
			if (body.status === 'ACCEPTED')
				record[kind === 'invoices' ? 'paidTime' : 'acceptedTime'] = now;
			if (body.acceptedName !== undefined) record.acceptedName = body.acceptedName;
			if (body.acceptedEmail !== undefined) record.acceptedEmail = body.acceptedEmail;
			if (body.comment !== undefined) record.completionComment = body.comment;
			return envelope(kind, [record]);
		};
	}

	function quoteToInvoice(req) {
		const quote = find('quotes', req.params.id);
		if (!quote || quote.deletedTime) return htmlError(404, 'Not Found');
		if (req.rawBody && req.rawBody.length) return jsonApiError(400, 'No request body is expected');
		const { id, displayStatus, sentTime, acceptedTime, acceptedName, acceptedEmail, ...copy } =
			quote;
		const saved = add('invoices', {
			...copy,
			displayStatus: 'DRAFT',
			createdTime: new Date(env.now()).toISOString().slice(0, 19) + 'Z',
			links: { ...quote.links, quote: id },
		});
		saved.type = 'invoices';
		return { status: 201, ...envelope('invoices', [saved]) };
	}

	// Product and competitor maps: a list without parameters, Get, PATCH (JSON Patch), DELETE.
	function listMaps(plural) {
		return (req) => {
			for (const key of Object.keys(req.query))
				return jsonApiError(400, 'Invalid filter', `Unknown parameter ${key}`);
			const records = [...state[plural].records.values()].filter((r) => !r.deletedTime);
			return plural === 'competitorMaps'
				? {
						body: {
							competitorMaps: records,
							leads: [],
							competitors: [...state.competitors.records.values()],
						},
					}
				: envelope(plural, records, { total: records.length });
		};
	}

	function getMap(plural) {
		return (req) => {
			const record = find(plural, req.params.id);
			if (!record || record.deletedTime) return htmlError(404, 'Not Found');
			return plural === 'competitorMaps'
				? { body: { competitorMaps: [record], leads: [], competitors: [] } }
				: envelope(plural, [record]);
		};
	}

	const MAP_FIELDS = {
		productMaps: {
			quantity: (v) => typeof v === 'number' && v >= 0,
			price: (v) =>
				v &&
				typeof v === 'object' &&
				typeof v.amount === 'string' &&
				/^\d+(\.\d+)?$/.test(v.amount),
		},
		competitorMaps: { status: (v) => v === null || ['potential', 'stole', 'beat'].includes(v) },
	};

	// Only `replace` of the fields a map has (the document gives no example of these patches).
	function checkMapPatch(plural, ops) {
		for (const op of Array.isArray(ops) ? ops : []) {
			const m =
				op && typeof op.path === 'string'
					? new RegExp(`^/${plural}/0/(\\w+)$`).exec(op.path)
					: null;
			const check = m && MAP_FIELDS[plural][m[1]];
			if (!check || op.op !== 'replace') return `Unsupported patch ${JSON.stringify(op)}`;
			if (!check(op.value)) return `Invalid value for ${m[1]}: ${JSON.stringify(op.value)}`;
		}
		return undefined;
	}

	function patchMap(plural) {
		const patch = patchRecord(plural);
		return (req) => {
			const problem = checkMapPatch(plural, req.body);
			if (problem && Array.isArray(req.body) && req.body.length) return jsonApiError(400, problem);
			const result = patch(req);
			if (result.status === 204 && plural === 'productMaps') {
				const map = state.productMaps.records.get(find(plural, req.params.id).id);
				map.price = { currency: 'USD', ...map.price };
			}
			return result;
		};
	}

	function removeMap(plural, status) {
		const removeRecord = remove(plural, { status });
		return (req) => {
			const map = find(plural, req.params.id);
			const result = removeRecord(req);
			const lead = map && state.leads.records.get(map.links.lead);
			if (lead && result.status !== 404) {
				lead.links[plural] = asArray(lead.links[plural]).filter((id) => id !== map.id);
				if (plural === 'competitorMaps')
					lead.links.competitors = asArray(lead.links.competitors).filter(
						(id) => id !== map.links.competitor,
					);
			}
			return result;
		};
	}

	// GET /leads/report: the document's enums; JSON reports, or the report as a file.
	const REPORT = {
		reportType: ['sales', 'losses', 'newleads', 'forecast', 'attribution', 'custom'],
		format: ['json', 'csv', 'pdf', 'png', 'html'],
		gap: ['d', 'w', 'm', 'y', 'q'],
		segmentByField: [
			'outcomes',
			'competitors',
			'products',
			'productCategories',
			'assignees',
			'territories',
			'sources',
			'tags',
			'channels',
		],
		useConfidence: ['true', 'false', '1', '0'],
	};
	function leadReport(req) {
		for (const [key, values] of Object.entries(REPORT))
			if (req.query[key] !== undefined && !values.includes(String(req.query[key])))
				return jsonApiError(400, 'Invalid input', `${key} must be one of ${values.join(', ')}`);
		const type = req.query.reportType || 'sales';
		const status = { sales: 'won', losses: 'lost' }[type];
		const leads = [...state.leads.records.values()].filter(
			(lead) =>
				!lead.deletedTime &&
				(!status || lead.status === status) &&
				(!req.query['filter[name]'] || String(lead.name).includes(req.query['filter[name]'])),
		);
		const total = leads.reduce(
			(sum, lead) => sum + Number((lead.value && lead.value.amount) || 0),
			0,
		);
		const bucket = {
			bucket: 'all',
			count: { value: leads.length, formatted: String(leads.length) },
			total: { value: total, prefix: '$', formatted: `$${total}` },
		};
		const format = req.query.format || 'json';
		if (format === 'json')
			return {
				body: {
					meta: meta(),
					reports: [
						{
							report: {
								id: `${type}-report`,
								key: type,
								name: `${type} report`,
								data: [{ bucket }],
								summary: bucket,
							},
						},
					],
				},
			};
		const file = {
			csv: ['text/csv', `Bucket,Count,Total\nall,${leads.length},${total}\n`],
			html: [
				'text/html',
				`<table><tr><td>all</td><td>${leads.length}</td><td>${total}</td></tr></table>`,
			],
			pdf: ['application/pdf', '%PDF-1.4\n% fake report\n'],
			png: ['image/png', Buffer.from('89504e470d0a1a0a', 'hex')],
		}[format];
		return {
			headers: {
				'content-type': file[0],
				'content-disposition': `attachment; filename="${type}-report.${format}"`,
			},
			body: file[1],
		};
	}

	// GET /leads/{id}/stages: the stages of the lead's pipeline it has reached, with the time spent.
	function leadStages(req) {
		const lead = find('leads', req.params.id);
		if (!lead || lead.deletedTime) return htmlError(404, 'Not Found');
		const current = state.stages.records.get(lead.links.stage);
		const stages = [...state.stages.records.values()]
			.filter(
				(stage) =>
					stage.links[0].stageset === lead.links.stageset &&
					(!current || stage.position <= current.position),
			)
			.sort((a, b) => a.position - b.position);
		return {
			body: {
				meta: meta({
					stageset: state.stagesets.records.get(lead.links.stageset),
					timeSpent: stages.map((_, i) => ({
						value: i + 1,
						unit: 'days',
						formatted: `${i + 1} days`,
						prefix: '',
						suffix: ' days',
					})),
				}),
				stages,
			},
		};
	}

	// GET /stagesets/{id}/export: a CSV of the pipeline's leads and their stages.
	function pipelineExport(req) {
		const set = find('stagesets', req.params.id);
		if (!set) return htmlError(404, 'Not Found');
		const rows = [...state.leads.records.values()]
			.filter((lead) => !lead.deletedTime && lead.links.stageset === set.id)
			.map((lead) => {
				const stage = state.stages.records.get(lead.links.stage);
				return `${lead.id},"${String(lead.name).replace(/"/g, '""')}",${stage ? stage.name : ''}`;
			});
		return {
			headers: {
				'content-type': 'text/csv; charset=UTF-8',
				'content-disposition': `attachment; filename="${set.name}-lead-movements.csv"`,
			},
			body: ['Lead ID,Lead,Stage', ...rows].join('\n') + '\n',
		};
	}

	// Custom fields: definitions (POST /<entity>/customfield) and one record's values.
	const FIELD_TYPES = [
		'Text',
		'LongText',
		'Currency',
		'Date',
		'Decision',
		'Enum',
		'Number',
		'Email',
		'Location',
		'Phone',
		'URL',
	];
	function createCustomField(plural) {
		return (req) => {
			const body = req.body;
			if (req.jsonError || !body || typeof body !== 'object' || Array.isArray(body))
				return jsonApiError(400, 'Invalid JSON body');
			if (typeof body.name !== 'string' || !body.name.trim())
				return jsonApiError(400, 'name is required');
			if (!FIELD_TYPES.includes(body.type))
				return jsonApiError(400, `Unknown custom field type ${JSON.stringify(body.type)}`);
			if (plural !== 'leads' && ['Email', 'Location', 'Phone', 'URL'].includes(body.type))
				return jsonApiError(400, `${body.type} fields are only applicable to leads`);
			if (body.type === 'Enum' && (!Array.isArray(body.choices) || !body.choices.length))
				return jsonApiError(400, 'choices are required for enums');
			if (body.type !== 'Enum' && (body.choices !== undefined || body.isMultiple !== undefined))
				return jsonApiError(400, 'choices and isMultiple are for enums only');
			if (state.customFields[plural].some((field) => field.name === body.name))
				return jsonApiError(400, `A custom field named "${body.name}" already exists`);
			const field = {
				id: `${100 + state.customFields.leads.length + state.customFields.contacts.length + state.customFields.accounts.length}-customfields`,
				name: body.name,
				type: body.type,
				entityType: { leads: 'Leads', contacts: 'Contacts', accounts: 'Accounts' }[plural],
				...(body.type === 'Enum'
					? { choices: body.choices, isMultiple: Boolean(body.isMultiple) }
					: {}),
			};
			state.customFields[plural].push(field);
			return { body: { customFields: [field] } };
		};
	}

	function recordCustomFields(plural) {
		return (req) => {
			const record = find(plural, req.params.id);
			if (!record || record.deletedTime) return htmlError(404, 'Not Found');
			const values = state.customFields[plural].map((field) => ({
				...field,
				value:
					(record.customFields || {})[field.name] === undefined
						? null
						: record.customFields[field.name],
			}));
			return plural === 'accounts' ? { body: { customFields: values } } : { body: values };
		};
	}

	const instance = {
		state,
		/** Adds `count` leads (for paging tests); returns their ids. */
		seedLeads(count, template = {}) {
			const ids = [];
			for (let i = 0; i < count; i++) {
				const number = String(++state.leadNumber);
				ids.push(
					add('leads', {
						name: `Seed lead ${i + 1}`,
						description: `Seed lead ${i + 1}`,
						number,
						status: 'open',
						value: { amount: String(i), currency: 'USD' },
						createdTime: timeObject(nowSeconds()),
						links: defaultLeadLinks(),
						...template,
					}).id,
				);
			}
			return ids;
		},
		add,
		find,
		event,
		reset() {
			for (const key of Object.keys(state)) delete state[key];
			seed();
		},
		routes: [
			['POST', '/api/v1/json', rpc],
			['GET', '/rest/users', paged('users', 'users')],
			['GET', '/rest/users/:id', getOne('users', 'users')],

			['GET', '/rest/leads/customfields/attributes', customFieldAttributes('leads')],
			['GET', '/rest/leads/list/fields', listFields('leads')],
			['GET', '/rest/leads/report', leadReport],
			['POST', '/rest/leads/customfield', createCustomField('leads')],
			['GET', '/rest/leads/:id/customfields', recordCustomFields('leads')],
			['GET', '/rest/leads/:id/stages', leadStages],
			['GET', '/rest/leads', paged('leads', 'leads')],
			['POST', '/rest/leads', createLead],
			['GET', '/rest/leads/:id', getOne('leads', 'leads')],
			['PATCH', '/rest/leads/:id', patchRecord('leads')],
			['DELETE', '/rest/leads/:id', remove('leads')],
			['POST', '/rest/leads/:id/undelete', undelete('leads')],
			['POST', '/rest/leads/:id/status', setStatus],
			['POST', '/rest/leads/:id/reopen', reopen],
			['POST', '/rest/leads/:id/stageset', changeStageset],
			['POST', '/rest/leads/:id/watch', watch],

			['GET', '/rest/contacts/customfields/attributes', customFieldAttributes('contacts')],
			['GET', '/rest/contacts/list/fields', listFields('contacts')],
			['POST', '/rest/contacts/customfield', createCustomField('contacts')],
			['GET', '/rest/contacts/:id/customfields', recordCustomFields('contacts')],
			['GET', '/rest/contacts', paged('contacts', 'contacts', { emailParam: true })],
			['POST', '/rest/contacts', createParty('contacts')],
			['GET', '/rest/contacts/:id', getOne('contacts', 'contacts')],
			['PATCH', '/rest/contacts/:id', patchRecord('contacts')],
			['DELETE', '/rest/contacts/:id', remove('contacts', { status: 204 })],
			['POST', '/rest/contacts/:id/undelete', undelete('contacts')],

			['GET', '/rest/accounts/customfields/attributes', customFieldAttributes('accounts')],
			['GET', '/rest/accounts/list/fields', listFields('accounts')],
			['POST', '/rest/accounts/customfield', createCustomField('accounts')],
			['GET', '/rest/accounts/:id/customfields', recordCustomFields('accounts')],
			['GET', '/rest/accounts', paged('accounts', 'accounts', { emailParam: true })],
			['POST', '/rest/accounts', createParty('accounts')],
			['GET', '/rest/accounts/:id', getOne('accounts', 'accounts')],
			['PATCH', '/rest/accounts/:id', patchRecord('accounts')],
			['DELETE', '/rest/accounts/:id', remove('accounts')],
			['POST', '/rest/accounts/:id/undelete', undelete('accounts')],

			['GET', '/rest/activities', listActivities],
			['POST', '/rest/activities', createActivity],
			['GET', '/rest/activities/:id', getOne('activities', 'activities')],
			['PUT', '/rest/activities/:id', putActivity],
			['GET', '/rest/activitytypes', listAll('activityTypes', 'activityTypes')],

			['GET', '/rest/tasks', listTasks],
			['POST', '/rest/tasks', createTask],
			['GET', '/rest/tasks/:id', getOne('tasks', 'tasks')],
			['PATCH', '/rest/tasks/:id', patchRecord('tasks', { allowPlainJson: true })],
			['DELETE', '/rest/tasks/:id', remove('tasks')],

			['POST', '/rest/notes', createNote],
			['GET', '/rest/notes/:id', getOne('notes', 'notes')],
			['DELETE', '/rest/notes/:id', remove('notes')],
			['GET', '/rest/notes', paged('notes', 'notes')],
			['POST', '/rest/notes/:id/undelete', undelete('notes')],

			['GET', '/rest/quotes', listDocuments('quotes')],
			['GET', '/rest/quotes/:id', getDocument('quotes')],
			['POST', '/rest/quotes/:id/status', documentStatus('quotes')],
			['POST', '/rest/quotes/:id/invoice', quoteToInvoice],
			['GET', '/rest/invoices', listDocuments('invoices')],
			['GET', '/rest/invoices/:id', getDocument('invoices')],
			['POST', '/rest/invoices/:id/status', documentStatus('invoices')],

			['GET', '/rest/productmaps', listMaps('productMaps')],
			['GET', '/rest/productmaps/:id', getMap('productMaps')],
			['PATCH', '/rest/productmaps/:id', patchMap('productMaps')],
			// The document spells the delete path with a capital M (and only that one).
			['DELETE', '/rest/productMaps/:id', removeMap('productMaps', 200)],
			['GET', '/rest/competitormaps', listMaps('competitorMaps')],
			['GET', '/rest/competitormaps/:id', getMap('competitorMaps')],
			['PATCH', '/rest/competitormaps/:id', patchMap('competitorMaps')],
			['DELETE', '/rest/competitormaps/:id', removeMap('competitorMaps', 204)],
			['GET', '/rest/productcategories', listAll('productCategories', 'productCategories')],
			['GET', '/rest/productcategories/:id', getOne('productCategories', 'productCategories')],
			[
				'POST',
				'/rest/productcategories',
				createSimple('productCategories', (r) => (!r.name ? 'name is required' : undefined)),
			],
			['GET', '/rest/emails/:id', getOne('emails', 'emails')],
			['GET', '/rest/stagesets/:id/export', pipelineExport],

			['GET', '/rest/sources', listAll('sources', 'sources')],
			[
				'POST',
				'/rest/sources',
				createSimple('sources', (r) =>
					!r.name
						? 'name is required'
						: r.channel !== undefined &&
							  !(Number.isInteger(r.channel) && r.channel >= 0 && r.channel <= 8)
							? 'channel must be 0-8'
							: undefined,
				),
			],
			['GET', '/rest/tags', listAll('tags', 'tags')],
			[
				'POST',
				'/rest/tags',
				createSimple('tags', (r) =>
					!r.name || !['1', '2', '3'].includes(r.tagType)
						? 'Name and tagType are required'
						: undefined,
				),
			],
			['GET', '/rest/products', listAll('products', 'products')],
			['GET', '/rest/products/:id', getOne('products', 'products')],
			['DELETE', '/rest/products/:id', remove('products')],
			['POST', '/rest/products/:id/undelete', undelete('products')],
			['GET', '/rest/competitors', listAll('competitors', 'competitors')],
			['GET', '/rest/competitors/:id', getOne('competitors', 'competitors')],
			['GET', '/rest/outcomes', listAll('outcomes', 'outcomes')],
			['GET', '/rest/outcomes/:id', getOne('outcomes', 'outcomes')],
			['GET', '/rest/markets', listAll('markets', 'markets')],
			['GET', '/rest/markets/:id', getOne('markets', 'markets')],
			['GET', '/rest/industries', listAll('industries', 'industries', { bare: true })],
			['GET', '/rest/industries/:id', getOne('industries', 'industries')],
			['GET', '/rest/stagesets', listAll('stagesets', 'stagesets', { bare: true })],
			['GET', '/rest/stages', listAll('stages', 'stages', { bare: true })],
			['GET', '/rest/territories', listAll('territories', 'territories', { bare: true })],
			['GET', '/rest/accounttypes', listAll('accountTypes', 'accountTypes', { bare: true })],

			['GET', '/rest/events/deleted', listDeleted],
			['GET', '/rest/events', listEvents],
		],
	};
	return instance;
}

module.exports = {
	name: 'nutshell',
	EMAIL,
	API_KEY,
	// No published rate limit: off unless a test configures one. No rate-limit headers either.
	defaultRateLimit: null,
	// Only when a test configures a limit: 429 with Retry-After (whole seconds until the window resets).
	tooManyRequests: (state) => ({
		status: 429,
		headers: {
			'retry-after': String(Math.max(0, Math.ceil((state.resetAtMs - Date.now()) / 1000))),
		},
		body: { code: 429, message: 'Too Many Requests' },
	}),
	authenticate,
	notFound: () => htmlError(404, 'Not Found'),
	methodNotAllowed: () => ({ status: 405, body: 'Internal Error' }),
	create,
};
