import { sleep } from 'n8n-workflow';

import { MAX_RETRY_AFTER_MS } from './retry';
import type { RateLimitSnapshot } from './types';

/**
 * A slot from `acquire`: the request's number in its bucket (for `observe`), or, when the wait is beyond the
 * longest the pacer accepts, that wait (the caller fails the item naming it).
 */
export type Slot =
	{ seq: number; refusedWaitMs?: undefined } | { seq?: undefined; refusedWaitMs: number };

/** Small margin so our window never ends a hair before the provider's does. */
const EDGE_MS = 15;

interface Bucket {
	limit?: number;
	windowMs: number;
	/**
	 * The requests within the current window, oldest first, each with the time it is known to count
	 * from: its send time, moved to its answer time once answered (see `observe`).
	 */
	sent: Array<{ seq: number; at: number }>;
	blockedUntil: number;
	/** The provider announces when its window resets: trust its count and reset instead of our own window. */
	announcesReset: boolean;
	/** Requests sent so far (numbers each request, so a response knows how many were sent after it). */
	sentCount: number;
	/**
	 * What the provider has left, from the newest response, less the requests sent after that one (with
	 * several requests in flight a response cannot count those still on their way). Undefined = unknown.
	 */
	remaining?: number;
	resetAtMs?: number;
	observedSeq: number;
	/** Numbers of the requests sent and not answered yet (they may reach the provider in another order). */
	inFlight: Set<number>;
	/** What the provider said was left in the response to `observedSeq` (before our own accounting). */
	observedRemaining?: number;
}

/**
 * Keeps one node run under the provider's limit: a sliding window sized by the limit the provider
 * announces in its headers, plus a hard stop when it says nothing is left. State lives per run
 * (see `pacerFor`); across runs and workers the provider's headers and 429 back-off take over.
 */
export class Pacer {
	private readonly buckets = new Map<string, Bucket>();

	constructor(private readonly now: () => number = Date.now) {}

	private bucket(name: string, fallback?: { limit: number; windowMs: number }): Bucket {
		let bucket = this.buckets.get(name);
		if (!bucket) {
			bucket = {
				limit: fallback?.limit,
				windowMs: fallback?.windowMs ?? 1000,
				sent: [],
				blockedUntil: 0,
				announcesReset: false,
				sentCount: 0,
				observedSeq: 0,
				inFlight: new Set(),
			};
			this.buckets.set(name, bucket);
		}
		return bucket;
	}

	/** How long the next request in this bucket must wait; records it as sent when 0. */
	delayFor(name: string, fallback?: { limit: number; windowMs: number }): number {
		const bucket = this.bucket(name, fallback);
		const now = this.now();
		while (bucket.sent.length && bucket.sent[0].at + bucket.windowMs + EDGE_MS <= now)
			bucket.sent.shift();
		let wait = Math.max(0, bucket.blockedUntil - now);
		if (
			!bucket.announcesReset &&
			bucket.limit !== undefined &&
			bucket.sent.length >= bucket.limit
		) {
			wait = Math.max(wait, bucket.sent[0].at + bucket.windowMs + EDGE_MS - now);
		}
		if (bucket.announcesReset && bucket.remaining !== undefined && bucket.remaining <= 0) {
			if (bucket.resetAtMs !== undefined && bucket.resetAtMs > now)
				wait = Math.max(wait, bucket.resetAtMs + EDGE_MS - now);
			else bucket.remaining = undefined;
		}
		if (wait === 0) {
			bucket.sentCount++;
			bucket.sent.push({ seq: bucket.sentCount, at: now });
			if (bucket.remaining !== undefined) bucket.remaining--;
		}
		return wait;
	}

	/**
	 * Waits until the bucket lets a request through and returns the request's number in its bucket (for
	 * `observe`). A wait longer than `maxWaitMs` (a reset days away) is not waited for: it is returned at
	 * once, and the caller fails the item naming it rather than block the run.
	 */
	async acquire(
		name: string,
		fallback?: { limit: number; windowMs: number },
		maxWaitMs = MAX_RETRY_AFTER_MS,
	): Promise<Slot> {
		for (;;) {
			const wait = this.delayFor(name, fallback);
			if (wait === 0) {
				const bucket = this.bucket(name);
				bucket.inFlight.add(bucket.sentCount);
				return { seq: bucket.sentCount };
			}
			if (wait > maxWaitMs) return { refusedWaitMs: wait };
			await sleep(wait);
		}
	}

	/** Learns the provider's limit and remaining budget from the response to request number `seq`. */
	observe(name: string, snapshot: RateLimitSnapshot | undefined, seq?: number): void {
		const bucket = this.bucket(name);
		if (seq !== undefined) {
			bucket.inFlight.delete(seq);
			this.answered(bucket, seq);
		}
		if (!snapshot) return;
		if (
			snapshot.resetAtMs !== undefined &&
			snapshot.remaining !== undefined &&
			Number.isFinite(snapshot.remaining)
		) {
			// An older response than one already read says less about the budget: keep the newer reading.
			const number = seq ?? bucket.sentCount;
			if (
				number < bucket.observedSeq &&
				bucket.remaining !== undefined &&
				bucket.observedRemaining !== undefined &&
				snapshot.resetAtMs === bucket.resetAtMs &&
				snapshot.remaining > bucket.observedRemaining
			) {
				// An older request answered late, whose count is higher than the newer reading's: the provider
				// had already counted it there, so it was held back twice. Give its slot back.
				bucket.remaining++;
			}
			if (number >= bucket.observedSeq) {
				bucket.observedRemaining = snapshot.remaining;
				bucket.observedSeq = number;
				// Requests sent after this one, and older ones still unanswered, may reach the provider after it
				// (connections open at different speeds): none of them is in its count, so none may be spent.
				const olderInFlight = [...bucket.inFlight].filter((other) => other < number).length;
				bucket.remaining = snapshot.remaining - (bucket.sentCount - number) - olderInFlight;
				bucket.resetAtMs = snapshot.resetAtMs;
			}
		}
		bucket.windowMs = snapshot.windowMs;
		bucket.announcesReset = snapshot.resetAtMs !== undefined;
		if (snapshot.limit !== undefined && snapshot.limit > 0) bucket.limit = snapshot.limit;
		if (snapshot.remaining !== undefined && snapshot.remaining <= 0) {
			const now = this.now();
			const reset =
				snapshot.resetAtMs !== undefined && snapshot.resetAtMs > now
					? snapshot.resetAtMs + EDGE_MS
					: (bucket.sent[0]?.at ?? now) + bucket.windowMs + EDGE_MS;
			bucket.blockedUntil = Math.max(bucket.blockedUntil, reset);
		}
	}

	/**
	 * A provider that does not announce its reset counts a request in its window from when it arrived,
	 * which lies between our send and its answer; connections open at different speeds (through a proxy,
	 * each request its own), so the send time can be tens of milliseconds early. Once answered, the request
	 * counts from its answer time, which is never before its arrival: the window then cannot end early.
	 */
	private answered(bucket: Bucket, seq: number): void {
		const entry = bucket.sent.find((request) => request.seq === seq);
		if (!entry) return;
		entry.at = Math.max(entry.at, this.now());
		bucket.sent.sort((a, b) => a.at - b.at);
	}

	/** After a 429: nothing more goes out of this bucket until `waitMs` has passed. */
	block(name: string, waitMs: number): void {
		const bucket = this.bucket(name);
		bucket.blockedUntil = Math.max(bucket.blockedUntil, this.now() + waitMs);
	}
}

const pacers = new WeakMap<object, Pacer>();

/** The pacer of one node run: keyed by the n8n context object, so it ends with the run. */
export function pacerFor(context: object): Pacer {
	let pacer = pacers.get(context);
	if (!pacer) {
		pacer = new Pacer();
		pacers.set(context, pacer);
	}
	return pacer;
}
