'use strict';

// Fixed-window rate limiter with optional concurrency caps.
// Windows are aligned on windowMs from an anchor: the limiter's creation, and
// again whenever counters are reset or a bucket is reconfigured, so a test that
// resets and then bursts always starts at the beginning of a window.

function validate(bucket, cfg) {
	if (cfg === false || cfg === null || cfg === undefined) return null;
	if (typeof cfg !== 'object')
		throw new TypeError(`rate limit "${bucket}": expected { limit, windowMs } or false`);
	const { limit, windowMs, concurrency } = cfg;
	if (limit !== undefined && !(Number.isInteger(limit) && limit >= 0)) {
		throw new TypeError(`rate limit "${bucket}": limit must be an integer >= 0`);
	}
	if (limit !== undefined && !(windowMs > 0))
		throw new TypeError(`rate limit "${bucket}": windowMs must be > 0`);
	if (concurrency !== undefined && !(Number.isInteger(concurrency) && concurrency > 0)) {
		throw new TypeError(`rate limit "${bucket}": concurrency must be an integer > 0`);
	}
	if (limit === undefined && concurrency === undefined) {
		throw new TypeError(`rate limit "${bucket}": give limit/windowMs, concurrency, or both`);
	}
	return { limit, windowMs, concurrency };
}

class RateLimiter {
	constructor(now = Date.now) {
		this.now = now;
		this.configs = new Map();
		this.counters = new Map();
		this.anchor = now();
	}

	configure(bucket, cfg) {
		const valid = validate(bucket, cfg);
		if (valid) this.configs.set(bucket, valid);
		else this.configs.delete(bucket);
		this.reset();
	}

	isLimited(bucket) {
		return this.configs.has(bucket);
	}

	reset() {
		this.counters.clear();
		this.anchor = this.now();
	}

	_counter(bucket, key) {
		const id = `${bucket}\u0000${key}`;
		let c = this.counters.get(id);
		if (!c) {
			c = { windowIndex: -1, count: 0, inFlight: 0 };
			this.counters.set(id, c);
		}
		const cfg = this.configs.get(bucket);
		if (cfg && cfg.limit !== undefined) {
			const index = Math.floor((this.now() - this.anchor) / cfg.windowMs);
			if (index !== c.windowIndex) {
				c.windowIndex = index;
				c.count = 0;
			}
		}
		return c;
	}

	// { bucket, key, limit, remaining, resetAtMs, windowMs, concurrency, inFlight } or null if unlimited.
	state(bucket, key = '') {
		const cfg = this.configs.get(bucket);
		if (!cfg) return null;
		const c = this._counter(bucket, key);
		const windowed = cfg.limit !== undefined;
		return {
			bucket,
			key,
			limit: windowed ? cfg.limit : Infinity,
			remaining: windowed ? Math.max(0, cfg.limit - c.count) : Infinity,
			resetAtMs: windowed ? this.anchor + (c.windowIndex + 1) * cfg.windowMs : this.now(),
			windowMs: windowed ? cfg.windowMs : 0,
			concurrency: cfg.concurrency,
			inFlight: c.inFlight,
		};
	}

	// Checks every bucket first and commits only if all admit the request, so a
	// request rejected by one bucket is not counted against the others.
	// Returns { ok: true, release } or { ok: false, state, reason }.
	acquire(targets) {
		const active = targets.filter((t) => this.configs.has(t.bucket));
		for (const t of active) {
			const cfg = this.configs.get(t.bucket);
			const c = this._counter(t.bucket, t.key || '');
			if (cfg.limit !== undefined && c.count >= cfg.limit) {
				return { ok: false, reason: 'limit', state: this.state(t.bucket, t.key || '') };
			}
			if (cfg.concurrency !== undefined && c.inFlight >= cfg.concurrency) {
				return { ok: false, reason: 'concurrency', state: this.state(t.bucket, t.key || '') };
			}
		}
		const held = active.map((t) => {
			const c = this._counter(t.bucket, t.key || '');
			c.count += 1;
			c.inFlight += 1;
			return c;
		});
		let released = false;
		return {
			ok: true,
			release: () => {
				if (released) return;
				released = true;
				for (const c of held) c.inFlight = Math.max(0, c.inFlight - 1);
			},
		};
	}
}

module.exports = { RateLimiter, validateRateLimit: validate };
