import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

/** Spis as `npm start` runs it, a process of its own, for the tests of starting and stopping. */
const MAIN = resolve('dist/apps/api/main.js');

export interface Running {
  process: ChildProcess;
  /** stdout and stderr as they arrived. */
  output: () => string;
  stdout: () => string;
  exited: Promise<number | null>;
}

export function startSpis(env: Record<string, string>): Running {
  const child = spawn(process.execPath, [MAIN], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let stdout = '';
  child.stdout!.on('data', (chunk) => ((output += chunk), (stdout += chunk)));
  child.stderr!.on('data', (chunk) => (output += chunk));
  // 'close', not 'exit': 'exit' can come before the last lines the process wrote have been read.
  const exited = new Promise<number | null>((done) => child.on('close', (code) => done(code)));
  return { process: child, output: () => output, stdout: () => stdout, exited };
}

/** stdout read as JSON lines; fails the test on a line that is not JSON. */
export function jsonLines(running: Running): Array<Record<string, unknown>> {
  return running
    .stdout()
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => {
      try {
        return JSON.parse(line) as Record<string, unknown>;
      } catch {
        throw new Error(`not a JSON line: ${line}\n${running.stdout()}`);
      }
    });
}

/** The structured line that says where Spis listens. */
export const readyLine = (running: Running) => jsonLines(running).find((line) => String(line.msg).startsWith('Spis is running at '));

export async function waitFor(running: Running, text: string, timeoutMs = 45_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!running.output().includes(text)) {
    if (running.process.exitCode !== null) throw new Error(`Spis exited (${running.process.exitCode}):\n${running.output()}`);
    if (Date.now() > deadline) throw new Error(`"${text}" not printed within ${timeoutMs} ms:\n${running.output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Stops Spis as a service manager would; a clean stop exits with 143 (128 + SIGTERM) after "Spis stopped.". */
export async function stop(running: Running): Promise<number | null> {
  running.process.kill('SIGTERM');
  const code = await running.exited;
  return code === 143 && running.output().includes('Spis stopped.') ? 0 : code;
}
