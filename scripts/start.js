#!/usr/bin/env node
'use strict';
/**
 * `npm start`: real n8n with this package installed as a community package, plus the sandbox (fake
 * Kustomer, Gladly and Nutshell on loopback), demo credentials pointing at it and the example
 * workflows of examples/, on http://localhost:5678.
 *
 *   npm start                      # n8n + sandbox + demo credentials + examples
 *   npm start -- --no-sandbox      # n8n with the package only, for your real accounts
 *   npm start -- --port 5680 --fresh --verbose
 *
 * Options: --no-sandbox, --port N (5678), --fresh (wipe the n8n data folder first), --verbose (echo
 * n8n's log), --version X (n8n version, default the tested 2.41.1), --sandbox-port N (first of three
 * ports, default 5711: Kustomer 5711, Gladly 5712, Nutshell 5713).
 *
 * Steps: build (`n8n-node build`) -> `npm pack` into a temp dir -> n8n installed once into
 * ~/.cache/n8n-nodes-kgn (Node 24 fetched from the npm registry when this Node is older; the first
 * install takes minutes) -> the tarball installed into <data folder>/.n8n/nodes -> sandbox -> demo
 * credentials and examples imported (again only when they changed) -> n8n started, owner set up.
 * Data folder: ~/.cache/n8n-nodes-kgn/start (sandbox) or .../start-no-sandbox. Ctrl-C stops everything.
 * Plain CommonJS, Node built-ins and the npm CLI only.
 */
const fs = require('fs');
const os = require('os');
const net = require('net');
const path = require('path');
const crypto = require('crypto');

const root = path.resolve(__dirname, '..');
const { cacheRoot, makeLogger, run, rmrf } = require('./n8n/util');
const { runNpm } = require('./n8n/node24');
const { ensureN8n, DEFAULT_N8N_VERSION } = require('./n8n/install');
const { createInstance, setupOwnerAndLogin, DEFAULT_OWNER } = require('./n8n/instance');

const log = makeLogger('npm start');

function parseArgs(argv) {
	const out = {
		sandbox: true,
		port: 5678,
		fresh: false,
		verbose: false,
		version: undefined,
		sandboxPort: 5711,
	};
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		const [k, inline] = a.startsWith('--') ? a.slice(2).split(/=(.*)/s, 2) : [a, undefined];
		const val = () => {
			const v = inline !== undefined ? inline : argv[++i];
			if (v === undefined) throw new Error(`${a} needs a value`);
			return v;
		};
		if (k === 'no-sandbox') out.sandbox = false;
		else if (k === 'sandbox') out.sandbox = true;
		else if (k === 'port') out.port = parseInt(val(), 10);
		else if (k === 'sandbox-port') out.sandboxPort = parseInt(val(), 10);
		else if (k === 'fresh') out.fresh = true;
		else if (k === 'verbose') out.verbose = true;
		else if (k === 'version') out.version = val();
		else if (k === 'help' || k === 'h') out.help = true;
		else throw new Error(`unknown argument ${a} (try --help)`);
	}
	for (const [name, p] of [
		['--port', out.port],
		['--sandbox-port', out.sandboxPort],
	]) {
		if (!Number.isInteger(p) || p < 1 || p > 65533) throw new Error(`${name}: invalid port`);
	}
	return out;
}

const HELP = `npm start [-- options]
  (none)          n8n with this package, the sandbox (fake Kustomer/Gladly/Nutshell), demo credentials and examples
  --no-sandbox    n8n with this package only, for real accounts (own data folder, n8n's owner setup page)
  --port N        n8n port (default 5678)
  --sandbox-port N  first of the three sandbox ports (default 5711: Kustomer, Gladly, Nutshell = N, N+1, N+2)
  --fresh         wipe the n8n data folder first
  --verbose       echo n8n's log here
  --version X     n8n version (default ${DEFAULT_N8N_VERSION}, the tested one)`;

/** Whether a TCP port on 127.0.0.1 is free. */
function portFree(port) {
	return new Promise((resolve) => {
		const srv = net.createServer();
		srv.once('error', () => resolve(false));
		srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
	});
}

let step = 0;
const TOTAL = { true: 6, false: 4 };
function stepLog(opts, msg) {
	step += 1;
	log(`[${step}/${TOTAL[opts.sandbox]}] ${msg}`);
}

async function buildAndPack(dir) {
	const bin = path.join(
		root,
		'node_modules',
		'.bin',
		process.platform === 'win32' ? 'n8n-node.cmd' : 'n8n-node',
	);
	if (!fs.existsSync(bin))
		throw new Error('node_modules/.bin/n8n-node is missing: run `npm ci` first');
	const b = await run(bin, ['build'], { cwd: root, timeoutMs: 10 * 60 * 1000 });
	if (b.code !== 0)
		throw new Error(`n8n-node build failed:\n${b.stdout.slice(-3000)}${b.stderr.slice(-3000)}`);
	const p = await runNpm(process.execPath, ['pack', '--silent', '--pack-destination', dir], {
		cwd: root,
		check: true,
		timeoutMs: 5 * 60 * 1000,
	});
	return path.join(dir, p.stdout.trim().split('\n').pop());
}

async function main() {
	const opts = parseArgs(process.argv.slice(2));
	if (opts.help) {
		process.stdout.write(`${HELP}\n`);
		return null;
	}
	const state = { instance: null, sandbox: null, tmp: null };
	let stopping = false;
	const stop = async (code) => {
		if (stopping) return;
		stopping = true;
		log('stopping ...');
		try {
			if (state.instance) await state.instance.stop();
			if (state.sandbox) await state.sandbox.close();
		} finally {
			if (state.tmp) rmrf(state.tmp);
			process.exit(code);
		}
	};
	for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => stop(0));

	try {
		const ports = opts.sandbox
			? [opts.port, opts.sandboxPort, opts.sandboxPort + 1, opts.sandboxPort + 2]
			: [opts.port];
		for (const p of ports) {
			if (!(await portFree(p)))
				throw new Error(
					`port ${p} on 127.0.0.1 is in use (another n8n or npm start?); choose others with --port / --sandbox-port`,
				);
		}

		stepLog(opts, 'building the package (n8n-node build) and packing it (npm pack)');
		state.tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kgn-start-'));
		const tarball = await buildAndPack(state.tmp);
		log(`    ${path.basename(tarball)}`);

		stepLog(
			opts,
			`n8n ${opts.version || DEFAULT_N8N_VERSION}: installed once into ${cacheRoot()} (the FIRST run takes 3-10 minutes: Node 24 from the npm registry if needed, ~780 MB of packages, sqlite3 compiled; progress below)`,
		);
		const n8n = await ensureN8n({ version: opts.version, log: makeLogger('n8n install') });
		log(
			`    n8n ${n8n.version} on Node ${n8n.nodeVersion}${n8n.cached ? ' (cached)' : ` (installed in ${n8n.seconds.toFixed(0)} s)`}`,
		);

		const folder = path.join(cacheRoot(), opts.sandbox ? 'start' : 'start-no-sandbox');
		if (opts.fresh) rmrf(folder);
		fs.mkdirSync(folder, { recursive: true });
		const instance = await createInstance({
			n8n,
			userFolder: folder,
			keep: true,
			log: makeLogger('n8n'),
		});
		state.instance = instance;
		stepLog(opts, `installing the package as a community package into ${instance.nodesDir}`);
		rmrf(path.join(instance.nodesDir, 'node_modules', 'n8n-nodes-kustomer-gladly-nutshell'));
		await instance.installPackage(tarball);

		let demo = null;
		if (opts.sandbox) {
			demo = require(path.join(root, 'test', 'e2e', 'demo'));
			const { startSandbox } = require(path.join(root, 'test', 'sandbox'));
			stepLog(
				opts,
				`starting the sandbox on 127.0.0.1:${opts.sandboxPort}-${opts.sandboxPort + 2} and seeding the demo records`,
			);
			state.sandbox = await startSandbox({
				ports: {
					kustomer: opts.sandboxPort,
					gladly: opts.sandboxPort + 1,
					nutshell: opts.sandboxPort + 2,
				},
				rateLimits: false,
			});
			demo.seedSandbox(state.sandbox);
			// The demo credentials hold the apps' real https hosts (org "acme"); every n8n process started
			// below inherits HTTPS_PROXY / NODE_EXTRA_CA_CERTS / NO_PROXY from the sandbox (sb.env()).
			Object.assign(process.env, state.sandbox.env());

			const creds = demo.demoCredentials(state.sandbox.urls());
			const examples = demo.loadExamples();
			const digest = crypto
				.createHash('sha256')
				.update(JSON.stringify({ creds, examples, key: instance.encryptionKey }))
				.digest('hex');
			const stamp = path.join(folder, '.kgn-demo-imported');
			const current = fs.existsSync(stamp) ? fs.readFileSync(stamp, 'utf8').trim() : '';
			if (current === digest) {
				stepLog(opts, 'demo credentials and example workflows already imported (unchanged)');
			} else {
				stepLog(
					opts,
					`importing ${creds.length} demo credentials and ${examples.length} example workflows (n8n boots once per import: ~10-20 s)`,
				);
				await instance.importCredentials(creds);
				await instance.importWorkflow(examples.map((e) => e.workflow));
				fs.writeFileSync(stamp, `${digest}\n`);
			}
		}

		stepLog(
			opts,
			`starting n8n on http://localhost:${opts.port} (telemetry, version checks and templates off)`,
		);
		// scripts/n8n drops inherited N8N_*/WEBHOOK_URL and points webhooks at the local address; a public
		// https address given by the user (needed by the Gladly and Kustomer webhook triggers) wins.
		const publicUrl = process.env.WEBHOOK_URL || process.env.N8N_WEBHOOK_URL;
		const startEnv = publicUrl ? { WEBHOOK_URL: publicUrl, N8N_WEBHOOK_URL: publicUrl } : {};
		const main = await instance.start({ port: opts.port, echo: opts.verbose, env: startEnv });
		let owner = null;
		if (opts.sandbox) {
			await setupOwnerAndLogin(main.baseUrl);
			owner = DEFAULT_OWNER;
		}
		main.exited.then(({ code, signal }) => {
			if (!stopping) {
				process.stderr.write(
					`\nn8n exited (${code ?? signal}); its log: ${main.logFile}\n${main.output.slice(-3000)}\n`,
				);
				stop(code || 1);
			}
		});

		const lines = ['', `  n8n ${n8n.version} is running:  http://localhost:${opts.port}`];
		if (owner) {
			lines.push(`  Log in as ${owner.email} / ${owner.password} (demo owner, local only)`);
			lines.push(
				'  Open "Workflows": the examples run against the sandbox; click "Execute workflow" on any of them.',
			);
			lines.push(
				'  Credentials "Kustomer (sandbox)", "Gladly (sandbox)", "Nutshell (sandbox)" look like real ones (org "acme"); they reach:',
			);
			for (const [name, url] of Object.entries(state.sandbox.urls()))
				lines.push(
					`    ${name.padEnd(9)} ${url}  (fake, on 127.0.0.1:${new URL(state.sandbox.directUrl(name)).port})`,
				);
			lines.push(
				`  through the sandbox's HTTPS proxy: n8n runs with ${Object.entries(state.sandbox.env())
					.map(([k, v]) => `${k}=${v}`)
					.join(' ')}`,
			);
		} else {
			lines.push(
				'  Set up your owner account in the browser, then add Kustomer, Gladly or Nutshell credentials',
			);
			lines.push(
				'  (Credentials > Add credential) and the nodes "Kustomer", "Gladly", "Nutshell" and their triggers.',
			);
			lines.push(
				publicUrl
					? `  Webhooks: ${publicUrl}`
					: '  Webhook triggers need n8n reachable over https: start with WEBHOOK_URL=https://<public address>/, or use the polling triggers.',
			);
		}
		lines.push(`  Data: ${folder}`);
		lines.push(`  n8n log: ${main.logFile}${opts.verbose ? '' : ' (--verbose shows it here)'}`);
		lines.push('  Ctrl-C stops everything.', '');
		process.stdout.write(`${lines.join('\n')}\n`);
		return state;
	} catch (e) {
		process.stderr.write(`\nnpm start failed: ${e.message || e}\n`);
		if (process.env.KGN_DEBUG) process.stderr.write(`${e.stack}\n`);
		await stop(1);
		return null;
	}
}

main();
