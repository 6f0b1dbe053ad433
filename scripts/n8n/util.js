'use strict';
/**
 * Small shared helpers for the real-n8n machinery (plain CommonJS, Node built-ins only).
 * See scripts/n8n/README.md.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const net = require('net');
const { spawn } = require('child_process');

/** Root of everything we cache outside the repo (Node 24 binary, n8n installs). */
function cacheRoot() {
	if (process.env.KGN_N8N_CACHE) return path.resolve(process.env.KGN_N8N_CACHE);
	const base = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
	return path.join(base, 'n8n-nodes-kgn');
}

/**
 * A progress logger: `log('step')` prints `[tag +12.3s] step` to stderr.
 * Pass `quiet: true` (or env KGN_N8N_QUIET=1) to silence it.
 */
function makeLogger(tag, { quiet = process.env.KGN_N8N_QUIET === '1', start = Date.now() } = {}) {
	const log = (msg) => {
		if (quiet) return;
		const s = ((Date.now() - start) / 1000).toFixed(1);
		process.stderr.write(`[${tag} +${s}s] ${msg}\n`);
	};
	log.elapsed = () => (Date.now() - start) / 1000;
	return log;
}

/** Children of run() still running (see killChildrenOnSignals). */
const running = new Set();

/**
 * Run a command; resolves { code, signal, stdout, stderr } (never rejects on a non-zero exit
 * unless `check: true`). `inherit: true` streams output to our stderr instead of capturing it
 * (stdout of the child is sent to our stderr so callers' stdout stays clean).
 */
function run(cmd, args, opts = {}) {
	const { cwd, env, timeoutMs, inherit = false, check = false, input, logFile } = opts;
	return new Promise((resolve, reject) => {
		let logStream = null;
		if (logFile) logStream = fs.createWriteStream(logFile, { flags: 'a' });
		const child = spawn(cmd, args, {
			cwd,
			env: env || process.env,
			stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
			windowsHide: true,
		});
		running.add(child);
		child.once('exit', () => running.delete(child));
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (d) => {
			if (inherit) process.stderr.write(d);
			else stdout += d;
			if (logStream) logStream.write(d);
		});
		child.stderr.on('data', (d) => {
			if (inherit) process.stderr.write(d);
			else stderr += d;
			if (logStream) logStream.write(d);
		});
		if (input !== undefined) child.stdin.end(input);
		let timer = null;
		let timedOut = false;
		if (timeoutMs) {
			timer = setTimeout(() => {
				timedOut = true;
				child.kill('SIGKILL');
			}, timeoutMs);
		}
		child.on('error', (err) => {
			if (timer) clearTimeout(timer);
			if (logStream) logStream.end();
			reject(err);
		});
		child.on('close', (code, signal) => {
			if (timer) clearTimeout(timer);
			if (logStream)
				logStream.end(
					`\n===== exit ${code}${signal ? ` ${signal}` : ''}${timedOut ? ' (timed out)' : ''}\n`,
				);
			const res = { code, signal, stdout, stderr, timedOut };
			if (check && code !== 0) {
				const err = new Error(
					`${path.basename(cmd)} ${args.join(' ')} failed (${timedOut ? 'timed out' : `exit ${code}${signal ? ` ${signal}` : ''}`})\n` +
						`${stderr.slice(-4000)}${stdout.slice(-2000)}`,
				);
				err.result = res;
				reject(err);
				return;
			}
			resolve(res);
		});
	});
}

/** A free TCP port on 127.0.0.1 (the OS picks it; tiny race window, fine for tests). */
function freePort() {
	return new Promise((resolve, reject) => {
		const srv = net.createServer();
		srv.unref();
		srv.on('error', reject);
		srv.listen(0, '127.0.0.1', () => {
			const { port } = srv.address();
			srv.close(() => resolve(port));
		});
	});
}

/** Several distinct free ports. */
async function freePorts(n) {
	const out = new Set();
	while (out.size < n) out.add(await freePort());
	return [...out];
}

function rmrf(p) {
	fs.rmSync(p, { recursive: true, force: true, maxRetries: 3 });
}

function sleep(ms) {
	return new Promise((r) => setTimeout(r, ms));
}

function pidAlive(pid) {
	try {
		process.kill(pid, 0);
		return true;
	} catch (e) {
		return e.code === 'EPERM';
	}
}

/**
 * Run `fn` holding an exclusive lock file (`lockPath`, created with O_EXCL, holding our pid), so
 * two processes never install into the same folder at once. A lock whose pid is dead is stale
 * and taken over. While another live process holds it we wait (printing every 30 s), then call
 * `fn` (which should re-check whether the work is already done).
 */
async function withLock(lockPath, fn, { log = () => {}, timeoutMs = 60 * 60 * 1000 } = {}) {
	const t0 = Date.now();
	let lastNote = 0;
	for (;;) {
		try {
			const fd = fs.openSync(lockPath, 'wx');
			fs.writeSync(fd, String(process.pid));
			fs.closeSync(fd);
			break;
		} catch (e) {
			if (e.code !== 'EEXIST') throw e;
			let holder = NaN;
			try {
				holder = parseInt(fs.readFileSync(lockPath, 'utf8'), 10);
			} catch {
				/* vanished: retry */
			}
			if (Number.isFinite(holder) && !pidAlive(holder)) {
				log(`removing stale lock ${lockPath} (pid ${holder} is gone)`);
				fs.rmSync(lockPath, { force: true });
				continue;
			}
			if (Date.now() - t0 > timeoutMs)
				throw new Error(`timed out waiting for ${lockPath} (held by pid ${holder})`);
			if (Date.now() - lastNote > 30000) {
				lastNote = Date.now();
				log(`waiting for another install (pid ${holder}, lock ${lockPath})`);
			}
			await sleep(1000);
		}
	}
	try {
		return await fn();
	} finally {
		try {
			if (parseInt(fs.readFileSync(lockPath, 'utf8'), 10) === process.pid)
				fs.rmSync(lockPath, { force: true });
		} catch {
			/* already gone */
		}
	}
}

/**
 * For command-line entry points: on SIGINT/SIGTERM/SIGHUP stop the children started by run()
 * (npm, which stops node-gyp) before exiting, so an interrupted install leaves no process writing into the
 * cache. Libraries do not call this (it would take over the host's signal handling).
 */
function killChildrenOnSignals() {
	for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
		process.once(sig, () => {
			// npm forwards SIGTERM to the scripts it runs (node-gyp).
			for (const c of running) {
				try {
					c.kill('SIGTERM');
				} catch {
					/* gone */
				}
			}
			process.stderr.write(`\n${sig}: stopped; the next run starts this step over\n`);
			process.exit(130);
		});
	}
}

/** Compare dotted versions: <0, 0, >0. */
function cmpVersion(a, b) {
	const pa = String(a)
		.split(/[.-]/)
		.map((x) => parseInt(x, 10) || 0);
	const pb = String(b)
		.split(/[.-]/)
		.map((x) => parseInt(x, 10) || 0);
	for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
		const d = (pa[i] || 0) - (pb[i] || 0);
		if (d) return d;
	}
	return 0;
}

module.exports = {
	cacheRoot,
	makeLogger,
	run,
	freePort,
	freePorts,
	rmrf,
	sleep,
	cmpVersion,
	withLock,
	pidAlive,
	killChildrenOnSignals,
};
