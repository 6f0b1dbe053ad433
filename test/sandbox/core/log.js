'use strict';

// Request log (shared by all providers) and per-provider counters.

class RequestLog {
	constructor({ enabled = true } = {}) {
		this.enabled = enabled;
		this.entries = []; // stable array: clear() empties it in place
		this.seq = 0;
	}

	record(entry) {
		entry.id = ++this.seq;
		if (this.enabled) this.entries.push(entry);
		return entry;
	}

	for(provider) {
		return this.entries.filter((e) => e.provider === provider);
	}

	clear() {
		this.entries.length = 0;
	}
}

class Stats {
	constructor(providers) {
		this.providers = providers;
		this.reset();
	}

	reset() {
		this.byProvider = new Map(
			this.providers.map((p) => [p, { requests: 0, http429: 0, byStatus: {} }]),
		);
	}

	request(provider) {
		this.byProvider.get(provider).requests += 1;
	}

	// status: an HTTP status, or 'reset' for a dropped connection.
	answered(provider, status) {
		const s = this.byProvider.get(provider);
		s.byStatus[status] = (s.byStatus[status] || 0) + 1;
		if (status === 429) s.http429 += 1;
	}

	get(provider) {
		const s = this.byProvider.get(provider);
		if (!s) throw new Error(`stats(): unknown provider "${provider}"`);
		return { requests: s.requests, http429: s.http429, byStatus: { ...s.byStatus } };
	}
}

module.exports = { RequestLog, Stats };
