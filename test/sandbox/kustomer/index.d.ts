/** Types of the fake Kustomer (test/sandbox/kustomer/index.js) for TypeScript tests. */
export interface SandboxRecord {
	type: string;
	id: string;
	attributes: Record<string, unknown>;
	rel: Record<string, { type: string; id: string }>;
	deleted: boolean;
}

export interface KustomerConfig {
	searchMaxPages: number;
	searchMaxRecords: number;
	searchWindowMs: number;
	listMaxPages: number;
	listMaxRecords: number;
	maxBodyBytes: number;
	absoluteLinks: boolean;
	attachmentRedirect: boolean;
}

export interface KustomerInstance {
	state: {
		sent: Array<{ id: string; channel: string; to: unknown; body: unknown }>;
		uploads: Map<string, { uploaded: boolean; data?: Buffer; filename?: string }>;
		tracking: Array<{ kind: string; body: Record<string, unknown> }>;
		deletedTokens: string[];
		machineUser: string;
	};
	config: KustomerConfig;
	metadata: Record<string, Record<string, { type: string; displayName: string }>>;
	configure(changes: Partial<KustomerConfig>): void;
	setClock(fn?: () => number): void;
	insert(
		type: string,
		attributes?: Record<string, unknown>,
		rel?: Record<string, string | undefined>,
		id?: string,
	): SandboxRecord;
	get(id: string): SandboxRecord | undefined;
	all(type: string): SandboxRecord[];
	/** Audit-log events (GET /v1/audit-logs), from ./extensions/admin-and-reports.js. */
	auditLogs: { add(attributes: Record<string, unknown>): SandboxRecord };
	/**
	 * CSAT surveys (GET /v1/satisfaction); respond() sets a conversation's survey response
	 * (`satisfactionLevel`) and updates the conversation, at `updatedAt` (default: the response's
	 * updatedAt, else now).
	 */
	satisfaction: {
		add(attributes: Record<string, unknown>): SandboxRecord;
		respond(
			conversationId: string,
			level: Record<string, unknown>,
			options?: { updatedAt?: string },
		): SandboxRecord;
	};
	/** Tag writes (POST /v1/tags, PUT/DELETE /v1/tags/:id): 404 or 405 refuses them; reset clears it. */
	tagWrites: { refuseWith: 404 | 405 | null };
	seedCustomers(
		n: number,
		options?: {
			startMs?: number;
			stepMs?: number;
			sameEvery?: number;
			make?: (index: number) => Record<string, unknown>;
		},
	): SandboxRecord[];
}

export declare const TOKEN: string;
