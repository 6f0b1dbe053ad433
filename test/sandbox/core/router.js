'use strict';

// Tiny router. Patterns are '/literal/:param/...' with an optional trailing '*'
// that captures the rest of the path (decoded segments joined by '/') as params['*'].
// The raw request path is split on '/' BEFORE each segment is percent-decoded, so
// an id containing '%2F' stays one segment. First matching route wins.

function decodeSegment(seg) {
	try {
		return decodeURIComponent(seg);
	} catch {
		return null; // malformed escape: matches nothing
	}
}

function compileRoute(entry, index) {
	let method, pattern, handler, options;
	if (Array.isArray(entry)) [method, pattern, handler, options] = entry;
	else ({ method, path: pattern, handler, ...options } = entry);
	if (typeof method !== 'string' || typeof pattern !== 'string' || typeof handler !== 'function') {
		throw new TypeError(`route #${index}: expected [method, '/path', handler, options?]`);
	}
	if (!pattern.startsWith('/'))
		throw new TypeError(`route #${index}: path must start with '/': ${pattern}`);
	const parts = pattern.split('/').slice(1);
	const segments = parts.map((p, i) => {
		if (p === '*') {
			if (i !== parts.length - 1) throw new TypeError(`route ${pattern}: '*' must be last`);
			return { rest: true };
		}
		if (p.startsWith(':')) return { param: p.slice(1) };
		return { literal: p };
	});
	return {
		method: method.toUpperCase(),
		pattern,
		handler,
		options: options || {},
		segments,
	};
}

function compileRoutes(routes) {
	if (!Array.isArray(routes)) throw new TypeError('provider instance must expose routes: an array');
	return routes.map(compileRoute);
}

function matchSegments(route, rawSegments) {
	const params = {};
	const segs = route.segments;
	for (let i = 0; i < segs.length; i++) {
		const s = segs[i];
		if (s.rest) {
			const rest = rawSegments.slice(i).map(decodeSegment);
			if (rest.includes(null)) return null;
			params['*'] = rest.join('/');
			return params;
		}
		if (i >= rawSegments.length) return null;
		const value = decodeSegment(rawSegments[i]);
		if (value === null) return null;
		if (s.param !== undefined) {
			if (value === '') return null;
			params[s.param] = value;
		} else if (s.literal !== value) {
			return null;
		}
	}
	return rawSegments.length === segs.length ? params : null;
}

// Returns { route, params } on a match, { allowed: [methods] } when only the
// method differs, or null.
function matchRoute(compiled, method, rawPath) {
	const rawSegments = rawPath.split('/').slice(1);
	const allowed = [];
	for (const route of compiled) {
		const params = matchSegments(route, rawSegments);
		if (!params) continue;
		if (
			route.method === '*' ||
			route.method === method ||
			(method === 'HEAD' && route.method === 'GET')
		) {
			return { route, params };
		}
		allowed.push(route.method);
	}
	return allowed.length ? { allowed: [...new Set(allowed)] } : null;
}

module.exports = { compileRoutes, matchRoute, decodeSegment };
