import { AxeBuilder } from '@axe-core/playwright';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

/** The standard the screens are held to: WCAG 2.1 level AA (EN 301 549, the EU public-sector norm). */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** What stops a journey: a WCAG barrier that keeps someone from using the screen at all. */
const BLOCKING = new Set(['serious', 'critical']);

export interface AxeFinding {
  screen: string;
  rule: string;
  impact: string;
  /** A WCAG 2.1 A/AA success criterion; the others are axe's best practices (reported, never failing). */
  wcag: boolean;
  help: string;
  targets: string[];
}

/** Every finding of the run (blocking ones too), for the report written when the suite ends. */
const findings: AxeFinding[] = [];

/** Where the run's findings are written, summarised by rule (docs/web.md keeps the plan for them). */
export const AXE_REPORT = join(tmpdir(), 'spis-browser-axe.md');

/**
 * Checks the screen as it is now with axe-core against WCAG 2.1 AA and axe's best practices.
 * Serious and critical violations of WCAG fail the step, named with the elements they were found
 * on; moderate and minor ones, and the best practices, go to the report.
 */
export async function checkAccessibility(page: Page, screen: string): Promise<void> {
  let results = await analyzeSettled(page);
  // A transition that started just after the wait above (a dialog mounts a frame later) is measured
  // half-way: a blocking finding is checked once more on the settled screen. One that stays, fails.
  if (results.violations.some((violation) => BLOCKING.has(violation.impact ?? ''))) {
    await page.waitForTimeout(400);
    results = await analyzeSettled(page);
  }
  const found = results.violations.map((violation) => ({
    screen,
    rule: violation.id,
    impact: violation.impact ?? 'unknown',
    wcag: violation.tags.some((tag) => WCAG_TAGS.includes(tag)),
    help: violation.help,
    targets: violation.nodes.map((node) => node.target.join(' ')),
  }));
  findings.push(...found);
  const blocking = found.filter((finding) => finding.wcag && BLOCKING.has(finding.impact));
  if (blocking.length > 0) {
    const lines = blocking.map((finding) => `${finding.rule} (${finding.impact}): ${finding.help}\n    ${finding.targets.slice(0, 5).join('\n    ')}`);
    throw new Error(`Accessibility of "${screen}" (axe, WCAG 2.1 AA):\n  ${lines.join('\n  ')}`);
  }
}

/** Writes the findings of the run to AXE_REPORT: per rule, its impact, the screens and the elements. */
export async function writeAxeReport(): Promise<void> {
  const byRule = new Map<string, AxeFinding[]>();
  for (const finding of findings) byRule.set(finding.rule, [...(byRule.get(finding.rule) ?? []), finding]);
  const sections = [...byRule.entries()]
    .sort(([, a], [, b]) => b.length - a.length)
    .map(([rule, list]) => {
      const screens = list.map((finding) => `- ${finding.screen}: ${finding.targets.length} × ${finding.targets.slice(0, 3).join(', ')}`);
      return `## ${rule} (${list[0].impact}, ${list[0].wcag ? 'WCAG 2.1 AA' : 'best practice'}) — ${list.reduce((sum, finding) => sum + finding.targets.length, 0)} elements on ${list.length} screens\n\n${list[0].help}\n\n${screens.join('\n')}\n`;
    });
  await writeFile(AXE_REPORT, `# axe-core, WCAG 2.1 AA: findings of the browser journeys\n\n${sections.join('\n') || 'None.\n'}`);
}

/** axe on the screen once no transition is running (infinite ones, like a loader's spin, aside). */
async function analyzeSettled(page: Page) {
  // A dialog fading in or a badge changing colour would be measured half-way (false contrast findings).
  await page.waitForFunction(() =>
    (globalThis as unknown as { document: { getAnimations(): Array<{ playState: string; effect: { getTiming(): { iterations: number } } | null }> } }).document
      .getAnimations()
      .every((animation) => animation.playState !== 'running' || animation.effect?.getTiming().iterations === Infinity),
  );
  return new AxeBuilder({ page }).withTags([...WCAG_TAGS, 'best-practice']).analyze();
}
