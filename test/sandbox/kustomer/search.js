'use strict';

// Kustomer's search DSL over the sandbox store: POST /v1/customers/search and /archive/search.
// Criterion: { "<context>_<attribute>": { "<operator>": value } }; groups: and / or / not.

const CONTEXTS = ['customer', 'conversation', 'message', 'note', 'company', 'kobject'];
const OPERATORS = new Set([
	'equals',
	'not_equals',
	'contains',
	'starts_with',
	'in',
	'not_in',
	'gt',
	'gte',
	'lt',
	'lte',
	'set',
	'not_set',
]);

class SearchError extends Error {
	constructor(detail, pointer) {
		super(detail);
		this.pointer = pointer;
	}
}

const camelCache = new Map();
function camel(snake) {
	let out = camelCache.get(snake);
	if (out === undefined) {
		out = snake.replace(/_([a-z0-9])/g, (_, c) => c.toUpperCase());
		camelCache.set(snake, out);
	}
	return out;
}

/** { type, klass } for a queryContext such as "customer", "kobject" or "kobject_ecomm-order". */
function parseContext(queryContext) {
	if (typeof queryContext !== 'string' || !queryContext)
		throw new SearchError('queryContext is required', '/queryContext');
	if (CONTEXTS.includes(queryContext)) return { type: queryContext, klass: undefined };
	const m = /^kobject_(.+)$/.exec(queryContext);
	if (m) return { type: 'kobject', klass: m[1] };
	throw new SearchError(`unknown queryContext "${queryContext}"`, '/queryContext');
}

/** The values of one attribute of a record, as a flat list (arrays of objects are unwrapped). */
function valuesOf(record, field, context) {
	const prefix = `${context.type}_`;
	if (!field.startsWith(prefix))
		throw new SearchError(
			`attribute "${field}" does not belong to queryContext ${context.type}`,
			`/${field}`,
		);
	let name = field.slice(prefix.length);
	const a = record.attributes;
	let value;
	if (name.startsWith('custom_')) {
		name = name.slice('custom_'.length);
		if (context.type === 'kobject') {
			// kobject_custom_<klass>_<attr>
			const klass = record.rel.klass && record.rel.klass.id;
			if (klass && name.startsWith(`${klass}_`)) name = name.slice(klass.length + 1);
		}
		value = a.custom ? a.custom[name] : undefined;
	} else if (name === 'id') {
		value = record.id;
	} else if (name === 'email' || name === 'emails') {
		value = (a.emails || []).map((e) => e.email);
	} else if (name === 'phone' || name === 'phones') {
		value = (a.phones || []).map((p) => p.phone);
	} else if (name === 'external_id' || name === 'external_ids') {
		value = [a.externalId, ...(a.externalIds || []).map((e) => e.externalId)].filter(
			(v) => v !== undefined && v !== null,
		);
	} else if (['customer', 'company', 'conversation', 'klass'].includes(name)) {
		value = record.rel[name] && record.rel[name].id;
	} else {
		value = a[camel(name)];
	}
	if (value === undefined || value === null) return [];
	return Array.isArray(value)
		? value.map((v) => (v && typeof v === 'object' && 'id' in v ? v.id : v))
		: [value];
}

function compare(a, b) {
	const isoA = typeof a === 'string' && /^\d{4}-\d{2}-\d{2}/.test(a) ? Date.parse(a) : NaN;
	const isoB = typeof b === 'string' && /^\d{4}-\d{2}-\d{2}/.test(b) ? Date.parse(b) : NaN;
	if (!Number.isNaN(isoA) && !Number.isNaN(isoB)) return isoA - isoB;
	if (typeof a === 'number' || typeof b === 'number') return Number(a) - Number(b);
	return String(a).localeCompare(String(b));
}

function test(values, op, operand, field) {
	const lower = (v) => String(v).toLowerCase();
	switch (op) {
		case 'equals':
			return values.some((v) =>
				typeof v === 'string' && typeof operand === 'string'
					? lower(v) === lower(operand)
					: v === operand,
			);
		case 'not_equals':
			return !values.some((v) =>
				typeof v === 'string' && typeof operand === 'string'
					? lower(v) === lower(operand)
					: v === operand,
			);
		case 'contains':
			return values.some((v) => lower(v).includes(lower(operand)));
		case 'starts_with':
			return values.some((v) => lower(v).startsWith(lower(operand)));
		case 'in':
		case 'not_in': {
			if (!Array.isArray(operand))
				throw new SearchError(`operator ${op} needs an array`, `/${field}/${op}`);
			const hit = values.some((v) => operand.some((o) => compare(v, o) === 0));
			return op === 'in' ? hit : !hit;
		}
		case 'gt':
			return values.some((v) => compare(v, operand) > 0);
		case 'gte':
			return values.some((v) => compare(v, operand) >= 0);
		case 'lt':
			return values.some((v) => compare(v, operand) < 0);
		case 'lte':
			return values.some((v) => compare(v, operand) <= 0);
		case 'set':
			return values.length > 0;
		case 'not_set':
			return values.length === 0;
		default:
			throw new SearchError(`unknown operator "${op}"`, `/${field}`);
	}
}

function matches(record, criterion, context) {
	if (!criterion || typeof criterion !== 'object' || Array.isArray(criterion))
		throw new SearchError('each criterion must be an object');
	const keys = Object.keys(criterion);
	if (keys.length === 0) throw new SearchError('empty criterion');
	return keys.every((key) => {
		const value = criterion[key];
		if (key === 'and') return asList(value).every((c) => matches(record, c, context));
		if (key === 'or') return asList(value).some((c) => matches(record, c, context));
		if (key === 'not') return !asList(value).some((c) => matches(record, c, context));
		if (!value || typeof value !== 'object' || Array.isArray(value))
			throw new SearchError(`criterion "${key}" must be { operator: value }`, `/${key}`);
		const ops = Object.keys(value);
		if (ops.length !== 1)
			throw new SearchError(`criterion "${key}" needs exactly one operator`, `/${key}`);
		if (!OPERATORS.has(ops[0])) throw new SearchError(`unknown operator "${ops[0]}"`, `/${key}`);
		return test(valuesOf(record, key, context), ops[0], value[ops[0]], key);
	});
}

function asList(value) {
	return Array.isArray(value) ? value : value === undefined ? [] : [value];
}

function sortKey(value) {
	if (value === undefined) return undefined;
	if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)) {
		const ms = Date.parse(value);
		if (!Number.isNaN(ms)) return ms;
	}
	return value;
}

function sortRecords(list, sort, context) {
	const specs = asList(sort).flatMap((s) => Object.entries(s || {}));
	for (const [field, dir] of specs) {
		if (dir !== 'asc' && dir !== 'desc')
			throw new SearchError(`sort direction for ${field} must be asc or desc`, '/sort');
	}
	// Decorate once: values are read and dates parsed per record, not per comparison.
	const decorated = list.map((r) => ({
		r,
		keys: specs.map(([field]) => sortKey(valuesOf(r, field, context)[0])),
	}));
	decorated.sort((a, b) => {
		for (let i = 0; i < specs.length; i++) {
			const va = a.keys[i];
			const vb = b.keys[i];
			if (va === undefined && vb === undefined) continue;
			if (va === undefined) return 1;
			if (vb === undefined) return -1;
			const c =
				typeof va === 'number' && typeof vb === 'number'
					? va - vb
					: String(va).localeCompare(String(vb));
			if (c !== 0) return specs[i][1] === 'asc' ? c : -c;
		}
		return a.r.id < b.r.id ? -1 : a.r.id > b.r.id ? 1 : 0;
	});
	return decorated.map((d) => d.r);
}

/**
 * Runs a search over `records`. `archive` selects objects last updated before the window
 * (2 years by default); otherwise only objects inside it.
 */
function runSearch(records, body, { archive, windowStartMs }) {
	if (!body || typeof body !== 'object' || Array.isArray(body))
		throw new SearchError('search body must be an object');
	const context = parseContext(body.queryContext);
	const criteria = [];
	if (body.and !== undefined) criteria.push({ and: asList(body.and) });
	if (body.or !== undefined) criteria.push({ or: asList(body.or) });
	if (body.not !== undefined) criteria.push({ not: asList(body.not) });
	const list = records.filter((r) => {
		if (r.type !== context.type) return false;
		if (context.klass && (!r.rel.klass || r.rel.klass.id !== context.klass)) return false;
		if (r.deleted && body.includeDeleted !== true) return false;
		const updated = Date.parse(r.attributes.updatedAt);
		if (archive ? updated >= windowStartMs : updated < windowStartMs) return false;
		return criteria.every((c) => matches(r, c, context));
	});
	return sortRecords(list, body.sort, context);
}

module.exports = { runSearch, SearchError, parseContext };
