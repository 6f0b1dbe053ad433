'use strict';

// Registry of injected faults. Each request takes (consumes one use of) the
// first registered fault that matches it.

const TYPES = {
	status: { terminal: true },
	reset: { terminal: true },
	html: { terminal: true },
	empty: { terminal: true },
	delay: { terminal: false },
	truncate: { terminal: false },
};

function validate(spec, providers) {
	if (!spec || typeof spec !== 'object') throw new TypeError('inject(): expected a fault object');
	const { provider, fault } = spec;
	if (provider !== undefined && !providers.includes(provider)) {
		throw new Error(`inject(): unknown provider "${provider}" (running: ${providers.join(', ')})`);
	}
	if (typeof fault !== 'string') throw new TypeError('inject(): `fault` must be a string');
	if (!TYPES[fault] && !spec.passToHandler) {
		throw new Error(
			`inject(): unknown fault "${fault}"; built-in: ${Object.keys(TYPES).join(', ')}. ` +
				'Provider-specific faults need passToHandler: true.',
		);
	}
	if (
		fault === 'status' &&
		!(Number.isInteger(spec.status) && spec.status >= 100 && spec.status <= 599)
	) {
		throw new TypeError('inject(): status fault needs an integer `status`');
	}
	if (fault === 'delay' && !(spec.ms >= 0)) throw new TypeError('inject(): delay fault needs `ms`');
	if (spec.processThenFail && !(TYPES[fault] && TYPES[fault].terminal)) {
		throw new TypeError(
			'inject(): processThenFail applies to status, reset, html and empty faults',
		);
	}
	if (
		fault === 'reset' &&
		spec.stage !== undefined &&
		!['none', 'headers', 'body'].includes(spec.stage)
	) {
		throw new TypeError("inject(): reset stage must be 'none', 'headers' or 'body'");
	}
	const times = spec.times === undefined ? 1 : spec.times;
	if (!(times === Infinity || (Number.isInteger(times) && times > 0))) {
		throw new TypeError('inject(): times must be a positive integer or Infinity');
	}
	if (
		spec.path !== undefined &&
		typeof spec.path !== 'string' &&
		!(spec.path instanceof RegExp) &&
		typeof spec.path !== 'function'
	) {
		throw new TypeError('inject(): path must be a string, RegExp or function(req)');
	}
	return times;
}

function matches(spec, provider, req) {
	if (spec.provider !== undefined && spec.provider !== provider) return false;
	if (spec.method !== undefined && spec.method.toUpperCase() !== req.method) return false;
	const p = spec.path;
	if (p === undefined) return true;
	if (typeof p === 'string') return p === req.path;
	if (p instanceof RegExp) {
		p.lastIndex = 0;
		return p.test(req.path);
	}
	return Boolean(p(req));
}

class FaultRegistry {
	constructor(providerNames) {
		this.providerNames = providerNames;
		this.active = [];
	}

	inject(spec) {
		const times = validate(spec, this.providerNames);
		const fault = { ...spec, times };
		const registry = this;
		const handle = {
			fault,
			hits: 0,
			remaining: times,
			cancel() {
				handle.remaining = 0;
				registry.active = registry.active.filter((h) => h !== handle);
			},
		};
		this.active.push(handle);
		return handle;
	}

	// Returns the fault spec applied to this request, or undefined.
	take(provider, req) {
		const handle = this.active.find((h) => matches(h.fault, provider, req));
		if (!handle) return undefined;
		handle.hits += 1;
		handle.remaining -= 1;
		if (handle.remaining <= 0) this.active = this.active.filter((h) => h !== handle);
		return handle.fault;
	}

	clear() {
		for (const h of this.active) h.remaining = 0;
		this.active = [];
	}
}

function isTerminal(fault) {
	return Boolean(TYPES[fault.fault] && TYPES[fault.fault].terminal);
}

module.exports = { FaultRegistry, isTerminal, FAULT_TYPES: Object.keys(TYPES) };
