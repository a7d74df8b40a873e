import sparticuz from '@sparticuz/chromium';
import { execFile, execFileSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { seedDemoHistory, seedDemoToday } from '../../db/seeds/index.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { checkAccessibility, writeAxeReport } from './accessibility.js';

/**
 * What the browser suites share: the web app built from the current sources, the real API (the
 * same factory as `npm start`, on a database of its own holding the lived-in demo municipality
 * that `npm start` creates) listening on a free port and serving that build, and one headless
 * Chromium — each journey gets a fresh context (a new profile: no cookies, no storage), as a
 * clerk at a new machine would.
 */
export interface BrowserSuite {
  spis: TestApp;
  baseUrl: string;
  browser: Browser;
  /** A new browser profile at 1366×768 (the smallest screen clerks use), signed in as nobody. */
  newContext(): Promise<BrowserContext>;
  close(): Promise<void>;
}

const run = promisify(execFile);
const ROOT = resolve('.');
export const SCREENSHOTS = join(ROOT, 'docs', 'screenshots');

/**
 * The Chromium to drive: `CHROMIUM_PATH` when set, else a system `chromium` on the PATH, else the
 * build that the npm package @sparticuz/chromium ships inside its tarball (unpacked into the temp
 * folder on first use, about 2 s), so the suite needs nothing beyond `npm install`.
 */
export async function chromiumExecutable(): Promise<{ path: string; source: string }> {
  if (process.env.CHROMIUM_PATH) return { path: process.env.CHROMIUM_PATH, source: 'CHROMIUM_PATH' };
  const onPath = systemChromium();
  if (onPath) return { path: onPath, source: 'system' };
  return { path: await sparticuz.executablePath(), source: '@sparticuz/chromium' };
}

function systemChromium(): string | null {
  try {
    return execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

/** The machines have no outside network: nothing in the browser may try to reach it. */
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'];

/** Builds apps/web into apps/web/dist with Vite, the build the API serves at `/` (a few seconds). */
export async function buildWebApp(): Promise<void> {
  await run(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', join(ROOT, 'apps', 'web', 'vite.config.ts'), '--logLevel', 'error'], {
    cwd: ROOT,
    // Jest sets NODE_ENV=test, which would make Vite bundle React's development build.
    env: { ...process.env, NODE_ENV: 'production' },
    maxBuffer: 16 * 1024 * 1024,
  });
}

export async function startBrowserSuite(): Promise<BrowserSuite> {
  const chromiumPath = (await chromiumExecutable()).path;
  await buildWebApp();
  const spis = await startTestApp();
  const server = await spis.app.listen(0, '127.0.0.1');
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // The lived-in demo municipality that `npm start` creates on a new data folder: its year, then this morning.
  await seedDemoHistory(spis.settings.databaseUrl);
  await seedDemoToday(baseUrl);
  // Playwright starts Chromium with a fresh temporary --user-data-dir of its own and removes it after.
  const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS, headless: true });
  await mkdir(SCREENSHOTS, { recursive: true });
  return {
    spis,
    baseUrl,
    browser,
    newContext: () => browser.newContext({ baseURL: baseUrl, viewport: { width: 1366, height: 768 }, locale: 'sr-Latn', timezoneId: 'Europe/Belgrade' }),
    async close() {
      await writeAxeReport();
      await browser.close();
      await spis.close();
    },
  };
}

/** A page that fails the test on any uncaught error in the app or error logged to its console. */
export async function openPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  // Every step is a few hundred milliseconds; a missing element should fail the step quickly.
  page.setDefaultTimeout(10_000);
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    // A refused request is logged by Chromium itself; the app shows it to the user, that is tested.
    if (message.type() === 'error' && !/Failed to load resource/.test(message.text())) problems.push(`console: ${message.text()}`);
  });
  (page as Page & { problems: string[] }).problems = problems;
  return page;
}

export function problemsOf(page: Page): string[] {
  return (page as Page & { problems?: string[] }).problems ?? [];
}

/** Signs in on the sign-in screen, as a user types it, and waits for the start page. */
export async function signIn(page: Page, username: string, password = 'demo'): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Korisničko ime').fill(username);
  await page.getByLabel('Lozinka').fill(password);
  await page.getByRole('button', { name: 'Prijavi se' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  await page.getByRole('navigation').waitFor();
}

/** Where a failed step leaves a picture of the screen it failed on. */
export const FAILURES = join(tmpdir(), 'spis-browser-failures');

/** Runs a journey; if it fails, the screen at that moment is saved under FAILURES before the error goes on. */
export async function journey(page: () => Page | undefined, name: string, steps: () => Promise<void>): Promise<void> {
  try {
    await steps();
  } catch (error) {
    const current = page();
    if (current) {
      await mkdir(FAILURES, { recursive: true });
      await current.screenshot({ path: join(FAILURES, `${name}.png`) }).catch(() => undefined);
    }
    throw error;
  }
}

/**
 * Saves the screen as docs/screenshots/<name>.png (linked from the README), once nothing is
 * loading, and checks it for accessibility (see checkAccessibility): every screen worth a picture
 * is a screen someone has to be able to use.
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  // Screens show a busy loader (aria-busy) until their data is in; then give the paint a moment.
  await page.locator('[aria-busy="true"]').first().waitFor({ state: 'detached' });
  await page.waitForTimeout(250);
  // Passing notifications would cover the header in the pictures.
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), style: '.mantine-Notifications-root { display: none !important; }' });
  await checkAccessibility(page, name);
}
