import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../libs/embedded/free-port.js';

/**
 * How long `npm start` takes to be useful, counted after the build: the real server
 * (`dist/apps/api/main.js`, embedded PostgreSQL and S3) started on a new data folder until
 * `/api/health` answers 200 and until the start-up screen is printed (in demo mode, after the
 * lived-in municipality is written), then started again on the same folder. Beside it, in the
 * same run, the raw baseline: a new data folder without the demo (`SPIS_DEMO=false`), which is
 * what the lived-in data costs on top.
 * `npm run bench:startup [-- runs]` writes bench/results/startup.md.
 */
const RUNS = Number(process.argv[2] ?? 3);
const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Start {
  healthyMs: number;
  readyMs: number;
}

/** One start of the server on `dataDir`: time to a healthy answer and to the start-up screen, then a clean stop. */
async function start(dataDir: string, env: Record<string, string>): Promise<Start> {
  const port = await freePort();
  const began = performance.now();
  const child = spawn(process.execPath, [join(root, 'dist', 'apps', 'api', 'main.js')], {
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      LOG_LEVEL: 'warn',
      DATA_DIR: dataDir,
      PORT: String(port),
      EMBEDDED_PG_PORT: String(await freePort()),
      EMBEDDED_S3_PORT: String(await freePort()),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((done) => child.on('exit', () => done()));
  try {
    let healthyMs = 0;
    for (const deadline = began + 120_000; ; ) {
      if (child.exitCode !== null) throw new Error(`the server exited:\n${output}`);
      if (performance.now() > deadline) throw new Error(`not ready within 120 s:\n${output}`);
      if (!healthyMs) {
        const health = await fetch(`http://127.0.0.1:${port}/api/health`).catch(() => null);
        if (health?.status === 200) healthyMs = performance.now() - began;
      }
      if (healthyMs && output.includes('Spis is running')) return { healthyMs, readyMs: performance.now() - began };
      await sleep(25);
    }
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const seconds = (ms: number) => (ms / 1000).toFixed(1);

async function main(): Promise<void> {
  const scenarios: Array<{ name: string; env: Record<string, string> }> = [
    { name: 'demo (lived-in municipality)', env: {} },
    { name: 'baseline: SPIS_DEMO=false', env: { SPIS_DEMO: 'false', SPIS_INITIAL_ADMIN_USERNAME: 'admin', SPIS_INITIAL_ADMIN_PASSWORD: 'bench-password-1' } },
  ];
  const loadBefore = os.loadavg()[0];
  const results = new Map<string, { first: Start[]; again: Start[] }>(scenarios.map((s) => [s.name, { first: [], again: [] }]));
  for (let run = 1; run <= RUNS; run += 1) {
    // The scenarios take turns, so a busy moment of the machine falls on both.
    for (const scenario of scenarios) {
      const dataDir = mkdtempSync(join(os.tmpdir(), 'spis-bench-start-'));
      // Run as root, the embedded PostgreSQL runs as the `postgres` user, who must reach the folder.
      chmodSync(dataDir, 0o755);
      try {
        const first = await start(dataDir, scenario.env);
        const again = await start(dataDir, scenario.env);
        results.get(scenario.name)!.first.push(first);
        results.get(scenario.name)!.again.push(again);
        process.stdout.write(`run ${run} ${scenario.name}: new folder healthy ${seconds(first.healthyMs)} s, ready ${seconds(first.readyMs)} s; again ${seconds(again.readyMs)} s\n`);
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    }
  }

  const cpu = os.cpus()[0]?.model ?? 'unknown';
  const lines = [
    '# Start-up time',
    '',
    `Measured by \`npm run bench:startup\` (bench/startup.ts) on ${new Date().toISOString().slice(0, 10)}: ${os.cpus().length} cores (${cpu}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version};`,
    `load average ${loadBefore.toFixed(1)} before the run and ${os.loadavg()[0].toFixed(1)} after it (other work on the machine slows every figure alike).`,
    `Median of ${RUNS} runs, counted from spawning \`node dist/apps/api/main.js\` (after the build). "Healthy" is the first 200 from \`/api/health\`;`,
    '"ready" is the start-up screen, printed once the demo municipality is complete. Target: healthy and populated within 30 s on a new data folder.',
    '',
    '| scenario | new data folder: healthy | new data folder: ready | same folder again: ready |',
    '| --- | --- | --- | --- |',
    ...scenarios.map(({ name }) => {
      const { first, again } = results.get(name)!;
      return `| ${name} | ${seconds(median(first.map((s) => s.healthyMs)))} s | ${seconds(median(first.map((s) => s.readyMs)))} s | ${seconds(median(again.map((s) => s.readyMs)))} s |`;
    }),
    '',
  ];
  mkdirSync(join(root, 'bench', 'results'), { recursive: true });
  writeFileSync(join(root, 'bench', 'results', 'startup.md'), lines.join('\n'));
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:startup failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
