'use strict';
/**
 * Run REAL n8n from tests and scripts: a fresh user folder, a community package installed into
 * it, CLI commands (import, publish, execute), `n8n start` / `n8n worker` child processes,
 * Redis for queue mode, and the REST calls for owner setup, login and credential tests.
 * Plain CommonJS with Node built-ins only. Documented in scripts/n8n/README.md.
 *
 *   const { ensureN8n } = require('./install');
 *   const { createInstance } = require('./instance');
 *   const n8n = await ensureN8n({ version: '2.41.1' });
 *   const inst = await createInstance({ n8n });
 *   await inst.installPackage('/path/to/pkg.tgz');
 *   await inst.importCredentials([{ id: 'c1', name: 'x', type: 'myApi', data: { ... } }]);
 *   await inst.importWorkflow({ id: 'w1', name: 'wf', nodes: [...], connections: {...} });
 *   const run = await inst.execute('w1');          // run.data = n8n's IRun
 *   await inst.cleanup();
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const net = require('net');
const { spawn, spawnSync } = require('child_process');
const { makeLogger, run, freePort, rmrf, sleep } = require('./util');
const { runNpm, envForNode } = require('./node24');

const DEFAULT_ENCRYPTION_KEY = 'kgn-e2e-fixed-encryption-key-not-a-secret';
const DEFAULT_OWNER = {
	email: 'owner@example.com',
	firstName: 'E2E',
	lastName: 'Owner',
	password: 'E2e-Owner-Passw0rd',
};

/** Every live child we started, so a crashing test run does not leave n8n or Redis behind. */
const live = new Set();
let exitHookInstalled = false;
function track(child) {
	live.add(child);
	child.once('exit', () => live.delete(child));
	if (!exitHookInstalled) {
		exitHookInstalled = true;
		process.once('exit', () => {
			for (const c of live) killTree(c, 'SIGKILL');
		});
	}
}

/** Signal the child's process group (its own, see spawnManaged), or just the child on Windows. */
function killTree(child, signal) {
	if (!child || !child.pid) return;
	try {
		if (process.platform !== 'win32') process.kill(-child.pid, signal);
		else child.kill(signal);
	} catch {
		try {
			child.kill(signal);
		} catch {
			/* already gone */
		}
	}
}

/** Env keys inherited from the caller that would change n8n's behaviour: dropped. */
const STRIP_ENV =
	/^(N8N_|DB_|EXECUTIONS_|QUEUE_|WEBHOOK_URL$|GENERIC_TIMEZONE$|NODE_FUNCTION_ALLOW|OFFLOAD_MANUAL)/;

function withLoopback(noProxy) {
	const entries = new Set(
		String(noProxy || '')
			.split(',')
			.map((e) => e.trim())
			.filter(Boolean),
	);
	for (const host of ['localhost', '127.0.0.1', '::1']) entries.add(host);
	return [...entries].join(',');
}

/**
 * The environment every n8n process of an instance gets (before per-process ports).
 * Exported for callers who spawn n8n themselves.
 */
function baseEnv({
	userFolder,
	encryptionKey = DEFAULT_ENCRYPTION_KEY,
	logLevel = 'info',
	queue = null,
	extra = {},
}) {
	const env = {};
	for (const [k, v] of Object.entries(process.env)) if (!STRIP_ENV.test(k)) env[k] = v;
	// A sandbox started in this process (test/sandbox) puts HTTPS_PROXY, NODE_EXTRA_CA_CERTS and NO_PROXY
	// into process.env, so every n8n process started here (main, worker, webhook, execute, import)
	// reaches the fake providers at the apps' https hosts, as an admin's corporate proxy would. n8n's
	// own loopback traffic never goes through the proxy.
	if (env.HTTPS_PROXY || env.https_proxy) env.NO_PROXY = withLoopback(env.NO_PROXY || env.no_proxy);
	Object.assign(env, {
		N8N_USER_FOLDER: userFolder,
		N8N_ENCRYPTION_KEY: encryptionKey,
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_HIRING_BANNER_ENABLED: 'false',
		N8N_DYNAMIC_BANNERS_ENABLED: 'false',
		N8N_LICENSE_AUTO_RENEW_ENABLED: 'false',
		N8N_SECURE_COOKIE: 'false',
		N8N_LISTEN_ADDRESS: '127.0.0.1',
		N8N_HOST: '127.0.0.1',
		N8N_PROTOCOL: 'http',
		N8N_RUNNERS_BROKER_LISTEN_ADDRESS: '127.0.0.1',
		N8N_COMMUNITY_PACKAGES_ENABLED: 'true',
		N8N_LOG_OUTPUT: 'console',
		N8N_LOG_LEVEL: logLevel,
		N8N_GRACEFUL_SHUTDOWN_TIMEOUT: '10',
		DB_TYPE: 'sqlite',
		DB_SQLITE_DATABASE: path.join(userFolder, '.n8n', 'database.sqlite'),
		NO_COLOR: '1',
		FORCE_COLOR: '0',
	});
	if (queue) {
		Object.assign(env, {
			EXECUTIONS_MODE: 'queue',
			QUEUE_BULL_REDIS_HOST: queue.host || '127.0.0.1',
			QUEUE_BULL_REDIS_PORT: String(queue.port),
		});
	}
	return Object.assign(env, extra);
}

/**
 * Env that depends on what the installed n8n has: modules that only phone home are disabled
 * (N8N_DISABLED_MODULES rejects unknown module names, so only list those that exist).
 */
function versionEnv(n8n) {
	const modulesDir = path.join(path.dirname(path.dirname(n8n.n8nBin)), 'dist', 'modules');
	const disable = ['mcp-registry'].filter((m) => fs.existsSync(path.join(modulesDir, m)));
	return disable.length ? { N8N_DISABLED_MODULES: disable.join(',') } : {};
}

/**
 * Parse the stdout of `n8n execute --id X --rawOutput`: the run (IRun) as JSON, printed with
 * 2-space indentation. Log lines may come before or after it. Returns the object or null.
 */
function parseExecuteOutput(text) {
	const lines = String(text).split(/\r?\n/);
	for (let i = 0; i < lines.length; i++) {
		if (lines[i] !== '{') continue;
		for (let j = lines.length - 1; j > i; j--) {
			if (lines[j] !== '}') continue;
			try {
				return JSON.parse(lines.slice(i, j + 1).join('\n'));
			} catch {
				/* try a shorter span */
			}
		}
	}
	return null;
}

/** Output items of one node in an IRun: `runData[node][runIndex].data.main[output]` as json objects. */
function nodeOutput(runResult, nodeName, { runIndex = 0, output = 0 } = {}) {
	const runs = runResult?.data?.resultData?.runData?.[nodeName];
	if (!runs || !runs[runIndex]) return undefined;
	const main = runs[runIndex].data?.main?.[output] || [];
	return main.map((it) => it.json);
}

/** A running n8n (or Redis) child process with its log. */
class ManagedProcess {
	constructor({ name, child, logFile, port = null, baseUrl = null, log }) {
		this.name = name;
		this.child = child;
		this.pid = child.pid;
		this.logFile = logFile;
		this.port = port;
		this.baseUrl = baseUrl;
		this._out = '';
		this._waiters = new Set();
		this._log = log;
		this.exited = new Promise((resolve) => {
			child.once('exit', (code, signal) => {
				this.exitCode = code;
				this.exitSignal = signal;
				for (const w of this._waiters) w.check(true);
				resolve({ code, signal });
			});
		});
		const stream = fs.createWriteStream(logFile, { flags: 'a' });
		this._stream = stream;
		const onData = (d) => {
			stream.write(d);
			this._out += d.toString();
			for (const w of this._waiters) w.check(false);
		};
		child.stdout.on('data', onData);
		child.stderr.on('data', onData);
		child.once('close', () => stream.end());
	}

	/** Everything the process printed so far (stdout and stderr, interleaved). */
	get output() {
		return this._out;
	}

	get running() {
		return this.child.exitCode === null && this.child.signalCode === null;
	}

	/** Wait until the log matches `re` (RegExp or string); resolves the match. */
	waitForLog(re, timeoutMs = 60000) {
		const rx = typeof re === 'string' ? new RegExp(re.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : re;
		return new Promise((resolve, reject) => {
			const w = {
				check: (exited) => {
					const m = this._out.match(rx);
					if (m) {
						done();
						resolve(m);
					} else if (exited) {
						done();
						reject(
							new Error(
								`${this.name} exited (${this.exitCode ?? this.exitSignal}) before its log matched ${rx}; log: ${this.logFile}\n${this._out.slice(-3000)}`,
							),
						);
					}
				},
			};
			const timer = setTimeout(() => {
				done();
				reject(
					new Error(
						`timed out after ${timeoutMs} ms waiting for ${rx} in ${this.name}'s log (${this.logFile})\n${this._out.slice(-3000)}`,
					),
				);
			}, timeoutMs);
			const done = () => {
				clearTimeout(timer);
				this._waiters.delete(w);
			};
			this._waiters.add(w);
			w.check(!this.running);
		});
	}

	/** SIGTERM, wait up to `timeoutMs` for a graceful exit, then SIGKILL the process group. */
	async stop({ timeoutMs = 20000 } = {}) {
		if (!this.running) return this.exited;
		killTree(this.child, 'SIGTERM');
		const t = sleep(timeoutMs).then(() => 'timeout');
		if ((await Promise.race([this.exited, t])) === 'timeout') {
			this._log?.(`${this.name} did not stop in ${timeoutMs} ms: SIGKILL`);
			killTree(this.child, 'SIGKILL');
		} else {
			// Reap helpers (task runners) that might outlive a graceful exit.
			killTree(this.child, 'SIGKILL');
		}
		return this.exited;
	}
}

function spawnManaged({ name, cmd, args, cwd, env, logFile, port, baseUrl, log, echo = false }) {
	fs.appendFileSync(logFile, `\n===== ${new Date().toISOString()} ${cmd} ${args.join(' ')}\n`);
	const child = spawn(cmd, args, {
		cwd,
		env,
		stdio: ['ignore', 'pipe', 'pipe'],
		detached: process.platform !== 'win32', // own process group: stop() reaches task runners too
		windowsHide: true,
	});
	track(child);
	if (echo) {
		child.stdout.on('data', (d) => process.stdout.write(d));
		child.stderr.on('data', (d) => process.stderr.write(d));
	}
	return new ManagedProcess({ name, child, logFile, port, baseUrl, log });
}

/** Poll `url` until it answers 200 (or the process dies / time runs out). */
async function waitForHttp(url, { timeoutMs = 120000, proc = null, intervalMs = 250 } = {}) {
	const t0 = Date.now();
	let last = '';
	while (Date.now() - t0 < timeoutMs) {
		if (proc && !proc.running) {
			throw new Error(
				`${proc.name} exited (${proc.exitCode ?? proc.exitSignal}) while waiting for ${url}; log: ${proc.logFile}\n${proc.output.slice(-3000)}`,
			);
		}
		try {
			const res = await fetch(url, { signal: AbortSignal.timeout(5000) });
			await res.arrayBuffer();
			if (res.status === 200) return;
			last = `HTTP ${res.status}`;
		} catch (e) {
			last = e.cause?.code || e.message;
		}
		await sleep(intervalMs);
	}
	throw new Error(
		`timed out after ${timeoutMs} ms waiting for ${url} (last: ${last})${proc ? `; log: ${proc.logFile}` : ''}`,
	);
}

/**
 * Wait until a production webhook is registered, without triggering it: an OPTIONS request with
 * an Origin header answers 204 once `/webhook/<path>` exists and 404 before (n8n's CORS handling
 * looks the path up). Works in regular and queue mode (main registers webhooks).
 */
async function waitForWebhook(
	baseUrl,
	webhookPath,
	{ timeoutMs = 60000, method = 'POST', proc = null } = {},
) {
	const url = `${baseUrl}/webhook/${webhookPath.replace(/^\//, '')}`;
	const t0 = Date.now();
	let last = '';
	while (Date.now() - t0 < timeoutMs) {
		if (proc && !proc.running)
			throw new Error(`${proc.name} exited while waiting for webhook ${url}`);
		try {
			const res = await fetch(url, {
				method: 'OPTIONS',
				headers: { Origin: 'http://127.0.0.1', 'Access-Control-Request-Method': method },
				signal: AbortSignal.timeout(5000),
			});
			await res.arrayBuffer();
			if (res.status === 204 || res.status === 200) return;
			last = `HTTP ${res.status}`;
		} catch (e) {
			last = e.cause?.code || e.message;
		}
		await sleep(250);
	}
	throw new Error(`webhook ${url} not registered after ${timeoutMs} ms (last: ${last})`);
}

// ---------------------------------------------------------------------------------------------
// Instance
// ---------------------------------------------------------------------------------------------

class N8nInstance {
	/**
	 * Use createInstance(). Fields: n8n (ensureN8n result), userFolder, n8nFolder (userFolder/.n8n),
	 * logsDir, encryptionKey, queue ({host, port} or null), processes.
	 */
	constructor({ n8n, userFolder, encryptionKey, queue, logLevel, env, log, keep }) {
		this.n8n = n8n;
		this.userFolder = userFolder;
		this.n8nFolder = path.join(userFolder, '.n8n');
		this.nodesDir = path.join(this.n8nFolder, 'nodes');
		this.logsDir = path.join(userFolder, 'logs');
		this.encryptionKey = encryptionKey;
		this.queue = queue;
		this.logLevel = logLevel;
		this.extraEnv = env;
		this.log = log;
		this.keep = keep;
		this.processes = [];
		this._seq = 0;
		fs.mkdirSync(this.nodesDir, { recursive: true });
		fs.mkdirSync(this.logsDir, { recursive: true });
	}

	/** Env for a process of this instance (plus `extra`). */
	env(extra = {}) {
		return envForNode(
			this.n8n.node,
			baseEnv({
				userFolder: this.userFolder,
				encryptionKey: this.encryptionKey,
				logLevel: this.logLevel,
				queue: this.queue,
				extra: { ...versionEnv(this.n8n), ...this.extraEnv, ...extra },
			}),
		);
	}

	/**
	 * Install a community package (tarball path, folder, or registry spec) into
	 * `<userFolder>/.n8n/nodes` the way a manual install does. Peer dependencies (n8n-workflow)
	 * are not installed: n8n provides them (n8n's own installer strips peerDependencies too).
	 */
	async installPackage(spec, { timeoutMs = 5 * 60 * 1000 } = {}) {
		const t0 = Date.now();
		const pkgJson = path.join(this.nodesDir, 'package.json');
		if (!fs.existsSync(pkgJson)) {
			fs.writeFileSync(
				pkgJson,
				`${JSON.stringify({ name: 'installed-nodes', private: true, dependencies: {} }, null, 2)}\n`,
			);
		}
		const target = fs.existsSync(spec) ? path.resolve(spec) : spec;
		const r = await runNpm(
			this.n8n.node,
			[
				'install',
				'--prefix',
				this.nodesDir,
				target,
				'--ignore-scripts',
				'--legacy-peer-deps',
				'--no-audit',
				'--no-fund',
				'--loglevel=error',
			],
			{
				cwd: this.nodesDir,
				timeoutMs,
				logFile: path.join(this.logsDir, 'npm-install-package.log'),
			},
		);
		if (r.code !== 0)
			throw new Error(`installing ${spec} failed (exit ${r.code}):\n${r.stderr.slice(-3000)}`);
		this.log(
			`installed ${path.basename(String(spec))} into ${this.nodesDir} (${((Date.now() - t0) / 1000).toFixed(1)} s)`,
		);
		return r;
	}

	/**
	 * Run an n8n CLI command (e.g. ['import:workflow', '--input', f]). Resolves
	 * { code, stdout, stderr, seconds }; `check: true` rejects on a non-zero exit.
	 */
	async cli(args, { env = {}, timeoutMs = 5 * 60 * 1000, check = false } = {}) {
		const t0 = Date.now();
		const brokerPort = await freePort();
		const name = `cli-${++this._seq}-${String(args[0]).replace(/[^a-z0-9]+/gi, '_')}`;
		const r = await run(this.n8n.node, [this.n8n.n8nBin, ...args], {
			cwd: this.userFolder, // n8n loads a .env from its cwd: never the repo
			env: this.env({ N8N_RUNNERS_BROKER_PORT: String(brokerPort), ...env }),
			timeoutMs,
			logFile: path.join(this.logsDir, `${name}.log`),
		});
		r.seconds = (Date.now() - t0) / 1000;
		this.log(`n8n ${args.join(' ')} -> exit ${r.code} (${r.seconds.toFixed(1)} s)`);
		if (check && r.code !== 0) {
			throw new Error(
				`n8n ${args.join(' ')} failed (exit ${r.code}):\n${r.stderr.slice(-3000)}\n${r.stdout.slice(-3000)}`,
			);
		}
		return r;
	}

	_writeJson(prefix, data) {
		const f = path.join(this.userFolder, `${prefix}-${++this._seq}.json`);
		fs.writeFileSync(f, JSON.stringify(data, null, 2));
		return f;
	}

	/**
	 * `n8n import:credentials --input`: `creds` is an array (or one object) of
	 * { id, name, type, data } with plain-object data (n8n encrypts it), or a file path.
	 */
	importCredentials(creds) {
		const file =
			typeof creds === 'string'
				? creds
				: this._writeJson('credentials', Array.isArray(creds) ? creds : [creds]);
		return this.cli(['import:credentials', `--input=${file}`], { check: true });
	}

	/** `n8n import:workflow --input`: a workflow object (with `id`), an array of them, or a file path. */
	importWorkflow(workflow) {
		const file = typeof workflow === 'string' ? workflow : this._writeJson('workflow', workflow);
		return this.cli(['import:workflow', `--input=${file}`], { check: true });
	}

	/** `n8n publish:workflow --id` (activate; do it before `start`, a running main does not notice). */
	publishWorkflow(id) {
		return this.cli(['publish:workflow', `--id=${id}`], { check: true });
	}

	/**
	 * `n8n execute --id <id> --rawOutput` (starts at the Manual Trigger; in-process even in queue mode).
	 * Resolves { ok, data (IRun or null), error (resultData.error or null), status, code, signal,
	 * crashedAfterOutput, stdout, stderr, seconds }.
	 * n8n 2.41.1 on Node 24 sometimes dies with SIGSEGV while exiting, AFTER it has printed the
	 * finished run (isolated-vm teardown; never seen with N8N_EXPRESSION_ENGINE=legacy): such a
	 * run counts by its printed result and has crashedAfterOutput: true. Pass
	 * `env: { N8N_EXPRESSION_ENGINE: 'legacy' }` to avoid the crash.
	 */
	async execute(id, { timeoutMs = 5 * 60 * 1000, env } = {}) {
		const r = await this.cli(['execute', `--id=${id}`, '--rawOutput'], { timeoutMs, env });
		const data = parseExecuteOutput(r.stdout) || parseExecuteOutput(r.stderr);
		const error = data?.data?.resultData?.error || null;
		const finished = !!data && (data.finished === true || data.status === 'success');
		const crashedAfterOutput = r.code === null && r.signal === 'SIGSEGV' && finished;
		if (crashedAfterOutput)
			this.log(
				`warning: n8n execute crashed (SIGSEGV) after printing a finished run; counted by its output`,
			);
		return {
			ok: (r.code === 0 || crashedAfterOutput) && finished && !error,
			data,
			error,
			status: data?.status ?? null,
			code: r.code,
			signal: r.signal,
			crashedAfterOutput,
			stdout: r.stdout,
			stderr: r.stderr,
			seconds: r.seconds,
		};
	}

	/**
	 * Start `n8n start` (main). Resolves a ManagedProcess with port, baseUrl, logFile, output,
	 * waitForLog(), stop(); waits for /healthz/readiness and the "Editor is now accessible" line.
	 */
	async start({ env = {}, port, timeoutMs = 180000, echo = false } = {}) {
		const p = port || (await freePort());
		const brokerPort = await freePort();
		const baseUrl = `http://127.0.0.1:${p}`;
		const name = `main-${p}`;
		const proc = spawnManaged({
			name,
			cmd: this.n8n.node,
			args: [this.n8n.n8nBin, 'start'],
			cwd: this.userFolder,
			env: this.env({
				N8N_PORT: String(p),
				N8N_RUNNERS_BROKER_PORT: String(brokerPort),
				WEBHOOK_URL: `${baseUrl}/`,
				N8N_WEBHOOK_URL: `${baseUrl}/`,
				...env,
			}),
			logFile: path.join(this.logsDir, `${name}.log`),
			port: p,
			baseUrl,
			log: this.log,
			echo,
		});
		this.processes.push(proc);
		const t0 = Date.now();
		this.log(`starting n8n main on ${baseUrl} (log ${proc.logFile})`);
		await waitForHttp(`${baseUrl}/healthz/readiness`, { timeoutMs, proc });
		await proc.waitForLog(
			/Editor is now accessible via/,
			Math.max(1000, timeoutMs - (Date.now() - t0)),
		);
		this.log(`n8n main ready in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
		return proc;
	}

	/**
	 * Start `n8n worker` (queue mode only). Own N8N_PORT, N8N_RUNNERS_BROKER_PORT and health port;
	 * waits for the worker's /healthz/readiness and "n8n worker is now ready".
	 */
	async startWorker({ env = {}, concurrency = 5, timeoutMs = 180000 } = {}) {
		if (!this.queue) throw new Error('startWorker needs an instance created with { queue: redis }');
		const [p, brokerPort, healthPort] = [await freePort(), await freePort(), await freePort()];
		const name = `worker-${healthPort}`;
		const proc = spawnManaged({
			name,
			cmd: this.n8n.node,
			args: [this.n8n.n8nBin, 'worker', `--concurrency=${concurrency}`],
			cwd: this.userFolder,
			env: this.env({
				N8N_PORT: String(p),
				N8N_RUNNERS_BROKER_PORT: String(brokerPort),
				QUEUE_HEALTH_CHECK_ACTIVE: 'true',
				QUEUE_HEALTH_CHECK_PORT: String(healthPort),
				N8N_WORKER_SERVER_ADDRESS: '127.0.0.1',
				...env,
			}),
			logFile: path.join(this.logsDir, `${name}.log`),
			port: healthPort,
			baseUrl: `http://127.0.0.1:${healthPort}`,
			log: this.log,
		});
		this.processes.push(proc);
		const t0 = Date.now();
		this.log(`starting n8n worker (health ${proc.baseUrl}, log ${proc.logFile})`);
		await waitForHttp(`${proc.baseUrl}/healthz/readiness`, { timeoutMs, proc });
		await proc.waitForLog(/n8n worker is now ready/, Math.max(1000, timeoutMs - (Date.now() - t0)));
		this.log(`n8n worker ready in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
		return proc;
	}

	/**
	 * Start `n8n webhook` (queue mode only): a process that serves production webhooks and enqueues
	 * their executions for the workers. Own N8N_PORT and N8N_RUNNERS_BROKER_PORT; waits for its
	 * /healthz and "Webhook listener waiting for requests". Pass the same `port` as the WEBHOOK_URL
	 * given to main, so the webhooks main registers with the providers point here.
	 */
	async startWebhook({ env = {}, port, timeoutMs = 180000 } = {}) {
		if (!this.queue)
			throw new Error('startWebhook needs an instance created with { queue: redis }');
		const p = port || (await freePort());
		const brokerPort = await freePort();
		const baseUrl = `http://127.0.0.1:${p}`;
		const name = `webhook-${p}`;
		const proc = spawnManaged({
			name,
			cmd: this.n8n.node,
			args: [this.n8n.n8nBin, 'webhook'],
			cwd: this.userFolder,
			env: this.env({
				N8N_PORT: String(p),
				N8N_RUNNERS_BROKER_PORT: String(brokerPort),
				WEBHOOK_URL: `${baseUrl}/`,
				...env,
			}),
			logFile: path.join(this.logsDir, `${name}.log`),
			port: p,
			baseUrl,
			log: this.log,
		});
		this.processes.push(proc);
		const t0 = Date.now();
		this.log(`starting n8n webhook on ${baseUrl} (log ${proc.logFile})`);
		await waitForHttp(`${baseUrl}/healthz`, { timeoutMs, proc });
		await proc.waitForLog(
			/Webhook listener waiting for requests/,
			Math.max(1000, timeoutMs - (Date.now() - t0)),
		);
		this.log(`n8n webhook ready in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
		return proc;
	}

	/** Stop every process this instance started (workers first, then mains). */
	async stop() {
		const procs = [...this.processes].reverse();
		this.processes = [];
		for (const p of procs) await p.stop();
	}

	/**
	 * Stop everything and delete the user folder, unless `keep` was set (createInstance option or
	 * env KGN_N8N_KEEP=1) or `{ keep: true }` is passed here (e.g. on failure, to read the logs).
	 */
	async cleanup({ keep } = {}) {
		await this.stop();
		if (keep || this.keep) {
			this.log(`kept ${this.userFolder} (logs in ${this.logsDir})`);
			return;
		}
		rmrf(this.userFolder);
	}
}

/**
 * Create a fresh n8n user folder (a temp dir unless `userFolder` is given).
 * Options: n8n (required: the result of ensureN8n()), userFolder, encryptionKey, queue
 * ({ host, port } from startRedis(): queue mode for every process), logLevel ('info'),
 * env (extra env for every process), keep (do not delete in cleanup()), log.
 */
async function createInstance(opts = {}) {
	if (!opts.n8n || !opts.n8n.n8nBin)
		throw new Error('createInstance needs { n8n } from ensureN8n()');
	const userFolder = opts.userFolder
		? path.resolve(opts.userFolder)
		: fs.mkdtempSync(path.join(os.tmpdir(), 'kgn-n8n-'));
	fs.mkdirSync(userFolder, { recursive: true });
	return new N8nInstance({
		n8n: opts.n8n,
		userFolder,
		encryptionKey: opts.encryptionKey || DEFAULT_ENCRYPTION_KEY,
		queue: opts.queue || null,
		logLevel: opts.logLevel || 'info',
		env: opts.env || {},
		log: opts.log || makeLogger('n8n'),
		keep: opts.keep ?? process.env.KGN_N8N_KEEP === '1',
	});
}

// ---------------------------------------------------------------------------------------------
// Redis (queue mode)
// ---------------------------------------------------------------------------------------------

function which(cmd) {
	const r = spawnSync(process.platform === 'win32' ? 'where' : 'which', [cmd], {
		encoding: 'utf8',
	});
	return r.status === 0 ? r.stdout.split(/\r?\n/)[0].trim() : null;
}

/**
 * Path of a redis-server binary: env KGN_REDIS_SERVER, else PATH, else (Debian/Ubuntu, as root)
 * `apt-get install -y redis-server` (running `apt-get update` first only if that fails).
 */
async function ensureRedisServer({ log = makeLogger('redis') } = {}) {
	if (process.env.KGN_REDIS_SERVER) return process.env.KGN_REDIS_SERVER;
	let bin = which('redis-server');
	if (bin) return bin;
	if (process.platform !== 'linux' || !which('apt-get')) {
		throw new Error(
			'redis-server not found: install Redis (or set KGN_REDIS_SERVER=/path/to/redis-server)',
		);
	}
	const sudo = typeof process.getuid === 'function' && process.getuid() !== 0 ? ['sudo', '-n'] : [];
	const apt = (args) =>
		run(sudo[0] || 'apt-get', sudo.length ? [...sudo.slice(1), 'apt-get', ...args] : args, {
			env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
			timeoutMs: 10 * 60 * 1000,
		});
	log('redis-server not on PATH: apt-get install -y redis-server');
	let r = await apt(['install', '-y', '--no-install-recommends', 'redis-server']);
	if (r.code !== 0) {
		log('install failed: apt-get update, then retry');
		await apt(['update']);
		r = await apt(['install', '-y', '--no-install-recommends', 'redis-server']);
	}
	bin = which('redis-server');
	if (r.code !== 0 || !bin)
		throw new Error(`apt-get install redis-server failed:\n${r.stderr.slice(-2000)}`);
	return bin;
}

/** Send one Redis inline command, resolve the first reply line. */
function redisCommand(port, command, host = '127.0.0.1') {
	return new Promise((resolve, reject) => {
		const sock = net.connect(port, host);
		let buf = '';
		sock.setTimeout(3000, () => sock.destroy(new Error('redis timeout')));
		sock.on('connect', () => sock.write(`${command}\r\n`));
		sock.on('data', (d) => {
			buf += d;
			if (buf.includes('\r\n')) {
				sock.end();
				resolve(buf.split('\r\n')[0]);
			}
		});
		sock.on('error', reject);
	});
}

/**
 * Start a throwaway redis-server on 127.0.0.1 (free port, no persistence, its own temp dir).
 * Resolves { host, port, proc, stop() }.
 */
async function startRedis({ port, log = makeLogger('redis'), timeoutMs = 20000 } = {}) {
	const bin = await ensureRedisServer({ log });
	const p = port || (await freePort());
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kgn-redis-'));
	const proc = spawnManaged({
		name: `redis-${p}`,
		cmd: bin,
		args: [
			'--port',
			String(p),
			'--bind',
			'127.0.0.1',
			'--save',
			'',
			'--appendonly',
			'no',
			'--dir',
			dir,
			'--daemonize',
			'no',
		],
		cwd: dir,
		env: process.env,
		logFile: path.join(dir, 'redis.log'),
		port: p,
		log,
	});
	const t0 = Date.now();
	for (;;) {
		if (!proc.running) throw new Error(`redis-server exited: ${proc.output.slice(-2000)}`);
		try {
			if ((await redisCommand(p, 'PING')) === '+PONG') break;
		} catch {
			/* not yet */
		}
		if (Date.now() - t0 > timeoutMs) {
			await proc.stop();
			throw new Error(`redis-server on port ${p} did not answer PING in ${timeoutMs} ms`);
		}
		await sleep(100);
	}
	log(`redis-server ready on 127.0.0.1:${p}`);
	return {
		host: '127.0.0.1',
		port: p,
		proc,
		dir,
		async stop() {
			await proc.stop({ timeoutMs: 5000 });
			rmrf(dir);
		},
	};
}

// ---------------------------------------------------------------------------------------------
// REST: owner setup, login, credential test
// ---------------------------------------------------------------------------------------------

const BROWSER_ID = 'kgn-e2e-browser';

/**
 * Call n8n's internal REST API (`/rest/...`). Resolves { status, headers, body, json, data }
 * where `data` unwraps n8n's `{ data: ... }` envelope. Sends the auth cookie and a fixed
 * `browser-id` header (n8n binds the auth cookie to it when present at login).
 */
/** `n8n-node build` of the repository at `root` (unless `build: false`), then `npm pack` into `dir`: the tarball path. */
async function buildAndPack(root, dir, { build = true } = {}) {
	if (build) {
		const r = await run(path.join(root, 'node_modules', '.bin', 'n8n-node'), ['build'], {
			cwd: root,
			timeoutMs: 10 * 60 * 1000,
		});
		if (r.code !== 0)
			throw new Error(`n8n-node build failed:\n${r.stdout.slice(-3000)}${r.stderr.slice(-3000)}`);
	}
	const r = await runNpm(process.execPath, ['pack', '--silent', '--pack-destination', dir], {
		cwd: root,
		check: true,
		timeoutMs: 5 * 60 * 1000,
	});
	return path.join(dir, r.stdout.trim().split('\n').pop());
}

async function rest(baseUrl, method, urlPath, { cookie, body, timeoutMs = 60000 } = {}) {
	const headers = { Accept: 'application/json', 'browser-id': BROWSER_ID };
	if (cookie) headers.Cookie = cookie;
	if (body !== undefined) headers['Content-Type'] = 'application/json';
	const res = await fetch(`${baseUrl}${urlPath}`, {
		method,
		headers,
		body: body === undefined ? undefined : JSON.stringify(body),
		signal: AbortSignal.timeout(timeoutMs),
	});
	const text = await res.text();
	let json = null;
	try {
		json = JSON.parse(text);
	} catch {
		/* not JSON */
	}
	const data = json && typeof json === 'object' && 'data' in json ? json.data : json;
	return { status: res.status, headers: res.headers, body: text, json, data };
}

function authCookieFrom(headers) {
	const all =
		typeof headers.getSetCookie === 'function'
			? headers.getSetCookie()
			: [headers.get('set-cookie') || ''];
	for (const c of all) {
		const m = /(?:^|,\s*)n8n-auth=([^;]+)/.exec(c);
		if (m) return `n8n-auth=${m[1]}`;
	}
	return null;
}

/**
 * Set up the instance owner (POST /rest/owner/setup, no auth needed on a fresh instance; a
 * second call answers 400 "Instance owner already setup", which is fine), then log in
 * (POST /rest/login { emailOrLdapLoginId, password }). Resolves { cookie, user, owner }:
 * `cookie` is the `n8n-auth=<jwt>` header value for later calls.
 * Note: /rest/login is rate-limited to 5 attempts per minute per email.
 */
async function setupOwnerAndLogin(baseUrl, owner = {}) {
	const o = { ...DEFAULT_OWNER, ...owner };
	const setup = await rest(baseUrl, 'POST', '/rest/owner/setup', { body: o });
	if (setup.status !== 200 && !(setup.status === 400 && /already setup/i.test(setup.body))) {
		throw new Error(`POST /rest/owner/setup -> ${setup.status}: ${setup.body.slice(0, 1000)}`);
	}
	const login = await rest(baseUrl, 'POST', '/rest/login', {
		body: { emailOrLdapLoginId: o.email, password: o.password },
	});
	if (login.status !== 200)
		throw new Error(`POST /rest/login -> ${login.status}: ${login.body.slice(0, 1000)}`);
	const cookie = authCookieFrom(login.headers);
	if (!cookie) throw new Error('POST /rest/login set no n8n-auth cookie');
	return { cookie, user: login.data, owner: o };
}

/**
 * Run n8n's own credential test (POST /rest/credentials/test), as the editor's "Test" button does.
 * `credentials` = { id, name, type, data }:
 *  - id '' (or omitted): test `data` as given, without saving anything (allowed for the owner);
 *  - id of a stored (e.g. imported) credential: n8n tests `data` after replacing every field
 *    whose value is CREDENTIAL_BLANKING_VALUE with the stored value (the editor sends secrets
 *    redacted that way); fields left out are NOT filled in. See testStoredCredential().
 * Resolves n8n's answer { status: 'OK' | 'Error', message } (plus httpStatus). A non-200 HTTP
 * answer (bad cookie, unknown id -> 403, invalid body -> 400) rejects.
 */
async function testCredential(baseUrl, cookie, credentials) {
	const body = {
		credentials: {
			id: credentials.id ?? '',
			name: credentials.name ?? '',
			type: credentials.type,
			data: credentials.data ?? {},
		},
	};
	const r = await rest(baseUrl, 'POST', '/rest/credentials/test', { cookie, body });
	if (r.status !== 200)
		throw new Error(`POST /rest/credentials/test -> ${r.status}: ${r.body.slice(0, 1000)}`);
	return { ...r.data, httpStatus: r.status };
}

/**
 * Test a stored credential exactly as the editor does: GET /rest/credentials/<id>?includeData=true
 * (secrets come back redacted as CREDENTIAL_BLANKING_VALUE), then POST that to /rest/credentials/test,
 * where n8n restores the stored secrets. `overrides` replaces fields of the data before the test
 * (e.g. a changed base URL). Resolves { status, message, httpStatus }.
 */
async function testStoredCredential(baseUrl, cookie, id, overrides = {}) {
	const got = await rest(
		baseUrl,
		'GET',
		`/rest/credentials/${encodeURIComponent(id)}?includeData=true`,
		{ cookie },
	);
	if (got.status !== 200)
		throw new Error(`GET /rest/credentials/${id} -> ${got.status}: ${got.body.slice(0, 1000)}`);
	const c = got.data;
	return testCredential(baseUrl, cookie, {
		id: c.id,
		name: c.name,
		type: c.type,
		data: { ...(c.data || {}), ...overrides },
	});
}

/** n8n's placeholder for a secret the editor does not show (n8n-workflow CREDENTIAL_BLANKING_VALUE). */
const CREDENTIAL_BLANKING_VALUE = '__n8n_BLANK_VALUE_e5362baf-c777-4d57-a609-6eaf1f9e87f6';

module.exports = {
	buildAndPack,
	testStoredCredential,
	CREDENTIAL_BLANKING_VALUE,
	createInstance,
	N8nInstance,
	ManagedProcess,
	baseEnv,
	parseExecuteOutput,
	nodeOutput,
	waitForHttp,
	waitForWebhook,
	startRedis,
	ensureRedisServer,
	redisCommand,
	rest,
	setupOwnerAndLogin,
	testCredential,
	DEFAULT_ENCRYPTION_KEY,
	DEFAULT_OWNER,
};
