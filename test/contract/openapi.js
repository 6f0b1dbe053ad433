'use strict';

// Shared contract validator: checks recorded sandbox requests against an OpenAPI 3 document.
//   const { loadSpec, createValidator } = require('../contract/openapi');
//   const validator = createValidator(loadSpec(file), { patches, exempt });
//   validator.check(request) -> [] (conforms) or ['problem', ...]
//   validator.assertAll(requests) throws an Error listing every non-conforming request.
// A request is { method, path (raw, percent-encoded, no query), query: {name: value|[values]}, body, rawBody, headers }
// (the sandbox log entry shape). Checked: the path matches a path template of the document and the method is
// documented there; required query parameters are present and no undocumented query parameter is sent;
// a request body is sent exactly when the operation takes one (a required body must be present); the JSON body
// validates (ajv, all errors) against the operation's request-body schema after resolving $refs and mapping
// OpenAPI's `nullable` onto JSON Schema.
// `patches`: [{ method, path (template as in the document), reason, patch(schema, operation) -> schema }] fix
// a documented schema where the document is provably wrong (each carries its evidence in `reason`).
// `exempt`: [{ method, path, reason }] operations not validated at all (e.g. documented only elsewhere).
// Optional (added for Nutshell, all off by default):
// `basePath`: a prefix of the request path that the document's path keys omit (e.g. '/rest'); stripped first.
// `checkContentType: true`: a request with a body must carry a Content-Type whose media type is one the
//   operation documents (or one listed for it in `mediaTypes`).
// `mediaTypes`: [{ method, path, accept: ['application/json-patch+json'], reason }] media types accepted for an
//   operation in place of the documented ones (where the document is provably wrong about them).
// `extraQuery`: [{ method, path, names: ['page[limit]'], reason }] query parameters accepted although undocumented.
// Query parameters of style `deepObject` (e.g. `filter`) accept the keys `filter[...]` as OpenAPI defines.

const fs = require('node:fs');
const Ajv = require('ajv');
const addFormats = require('ajv-formats');
const YAML = require('yaml');

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];
const cache = new Map();

function loadSpec(file) {
	if (!cache.has(file)) {
		const text = fs.readFileSync(file, 'utf8');
		cache.set(file, file.endsWith('.json') ? JSON.parse(text) : YAML.parse(text));
	}
	return cache.get(file);
}

function resolvePointer(doc, ref) {
	if (!ref.startsWith('#/')) throw new Error(`external $ref not supported: ${ref}`);
	return ref
		.slice(2)
		.split('/')
		.map((part) => decodeURIComponent(part).replace(/~1/g, '/').replace(/~0/g, '~'))
		.reduce((node, part) => (node === undefined ? undefined : node[part]), doc);
}

// Inlines $refs (cycle-safe) and turns OpenAPI 3.0 `nullable: true` into a JSON Schema type union.
function toJsonSchema(doc, schema, seen = new Set()) {
	if (Array.isArray(schema)) return schema.map((entry) => toJsonSchema(doc, entry, seen));
	if (!schema || typeof schema !== 'object') return schema;
	if (schema.$ref) {
		if (seen.has(schema.$ref)) return {};
		const target = resolvePointer(doc, schema.$ref);
		if (target === undefined) throw new Error(`dangling $ref ${schema.$ref}`);
		return toJsonSchema(doc, target, new Set([...seen, schema.$ref]));
	}
	const out = {};
	for (const [key, value] of Object.entries(schema)) {
		if (
			key === 'example' ||
			key === 'examples' ||
			key === 'xml' ||
			key === 'externalDocs' ||
			key === 'discriminator'
		)
			continue;
		out[key] =
			key === 'properties' || key === 'patternProperties'
				? Object.fromEntries(
						Object.entries(value).map(([name, sub]) => [name, toJsonSchema(doc, sub, seen)]),
					)
				: toJsonSchema(doc, value, seen);
	}
	if (out.nullable === true) {
		if (typeof out.type === 'string') out.type = [out.type, 'null'];
		if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
	}
	delete out.nullable;
	return out;
}

function compileTemplate(key) {
	const [pathPart, queryPart] = key.split('?');
	const segments = pathPart
		.split('/')
		.slice(1)
		.map((segment) => {
			const param = /^\{(.+)\}$/.exec(segment) || /^:(.+)$/.exec(segment);
			return param ? { param: param[1] } : { literal: segment };
		});
	const embeddedQuery = queryPart ? [...new URLSearchParams(queryPart).keys()] : [];
	return {
		key,
		segments,
		literals: segments.filter((s) => s.literal !== undefined).length,
		embeddedQuery,
	};
}

function decode(segment) {
	try {
		return decodeURIComponent(segment);
	} catch {
		return null;
	}
}

function createValidator(
	doc,
	{
		patches = [],
		exempt = [],
		label = 'OpenAPI document',
		basePath = '',
		checkContentType = false,
		mediaTypes = [],
		extraQuery = [],
	} = {},
) {
	// Unknown format names in the document (e.g. "ISO 8601") are ignored; E.164 is checked.
	const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true, logger: false });
	addFormats(ajv);
	ajv.addFormat('E.164', /^\+[1-9]\d{1,14}$/);
	const templates = Object.keys(doc.paths || {})
		.map(compileTemplate)
		.sort((a, b) => b.literals - a.literals);
	const compiled = new Map();
	const applied = new Set();

	function match(rawPath) {
		const parts = rawPath.split('/').slice(1).map(decode);
		if (parts.includes(null)) return [];
		return templates.filter(
			(t) =>
				t.segments.length === parts.length &&
				t.segments.every((s, i) =>
					s.param !== undefined ? parts[i] !== '' : s.literal === parts[i],
				),
		);
	}

	function find(list, method, key) {
		return list.find((entry) => entry.method.toUpperCase() === method && entry.path === key);
	}

	function bodySchema(template, method, operation) {
		const id = `${method} ${template.key}`;
		if (!compiled.has(id)) {
			const content = operation.requestBody && resolveMaybe(operation.requestBody).content;
			const media = content && (content['application/json'] || Object.values(content)[0]);
			let schema = media && media.schema ? toJsonSchema(doc, media.schema) : undefined;
			const patch = find(patches, method, template.key);
			if (patch) {
				schema = patch.patch(schema ? JSON.parse(JSON.stringify(schema)) : schema, operation);
				applied.add(id);
			}
			compiled.set(id, schema ? ajv.compile(schema) : null);
		}
		return compiled.get(id);
	}

	function resolveMaybe(node) {
		return node && node.$ref ? resolvePointer(doc, node.$ref) : node;
	}

	function check(request) {
		const method = String(request.method).toUpperCase();
		const where = `${method} ${request.path}`;
		if (basePath && !request.path.startsWith(`${basePath}/`))
			return [`${where}: outside the base path ${basePath} of the ${label}`];
		const candidates = match(basePath ? request.path.slice(basePath.length) : request.path);
		if (!candidates.length) return [`${where}: no path of the ${label} matches`];
		const template =
			candidates.find((t) => doc.paths[t.key][method.toLowerCase()]) || candidates[0];
		if (find(exempt, method, template.key)) return [];
		const item = doc.paths[template.key];
		const operation = item[method.toLowerCase()];
		if (!operation || !METHODS.includes(method.toLowerCase())) {
			const documented = METHODS.filter((m) => item[m]).map((m) => m.toUpperCase());
			return [
				`${where}: method not documented for ${template.key} (documented: ${documented.join(', ') || 'none'})`,
			];
		}
		const problems = [];
		const parameters = [...(item.parameters || []), ...(operation.parameters || [])].map(
			resolveMaybe,
		);
		const queryParams = parameters.filter((p) => p.in === 'query');
		const extra = find(extraQuery, method, template.key);
		const known = new Set([
			...queryParams.map((p) => p.name),
			...template.embeddedQuery,
			...((extra && extra.names) || []),
		]);
		const deepObjects = new Set(
			queryParams.filter((p) => p.style === 'deepObject').map((p) => p.name),
		);
		const query = request.query || {};
		for (const p of queryParams) {
			if (p.required && query[p.name] === undefined)
				problems.push(`query parameter "${p.name}" is required`);
		}
		for (const name of Object.keys(query)) {
			const deep = /^([^[\]]+)\[[^\]]+\](?:\[\])?$/.exec(name);
			if (!known.has(name) && !(deep && deepObjects.has(deep[1])))
				problems.push(`query parameter "${name}" is not documented`);
			const param = queryParams.find((p) => p.name === name);
			const enumValues =
				param &&
				param.schema &&
				(param.schema.enum || (param.schema.items && param.schema.items.enum));
			if (enumValues) {
				for (const value of [].concat(query[name]))
					if (!enumValues.includes(value))
						problems.push(`query parameter "${name}" has undocumented value "${value}"`);
			}
		}
		const validate = bodySchema(template, method, operation);
		const requestBody = resolveMaybe(operation.requestBody);
		const hasBody = request.rawBody !== undefined && request.rawBody !== '';
		if (!hasBody && requestBody && requestBody.required) problems.push('request body is required');
		if (hasBody && !requestBody) problems.push('the operation takes no request body');
		if (hasBody && requestBody && checkContentType) {
			const override = find(mediaTypes, method, template.key);
			const accepted = override ? override.accept : Object.keys(requestBody.content || {});
			const headers = request.headers || {};
			const sent = String(headers['content-type'] || headers['Content-Type'] || '')
				.split(';')[0]
				.trim()
				.toLowerCase();
			if (!accepted.includes(sent))
				problems.push(
					`Content-Type "${sent || 'none'}" is not documented (${accepted.join(', ')})`,
				);
		}
		if (hasBody && validate) {
			if (request.body === undefined) problems.push('request body is not JSON');
			else if (!validate(request.body)) {
				for (const e of validate.errors)
					problems.push(
						`body${e.instancePath || ''} ${e.message}${e.params && e.params.allowedValues ? ` (${e.params.allowedValues.join(', ')})` : ''}`,
					);
			}
		}
		return problems.map((problem) => `${where} [${template.key}]: ${problem}`);
	}

	function assertAll(requests) {
		const problems = requests.flatMap((request) => check(request));
		if (problems.length)
			throw new Error(`Requests that do not conform to the ${label}:\n  ${problems.join('\n  ')}`);
	}

	return {
		check,
		assertAll,
		templates: () => templates.map((t) => t.key),
		patchesApplied: () => [...applied],
	};
}

module.exports = { loadSpec, createValidator, toJsonSchema };
