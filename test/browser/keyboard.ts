import type { Page } from 'playwright-core';

/** The element that has the focus, as a keyboard user meets it: what it is, its name, whether its focus shows. */
export interface Focused {
  tag: string;
  id: string;
  role: string | null;
  name: string;
  /** How the focus shows: an outline or a ring (box-shadow) on the element, null when it does not show. */
  indicator: string | null;
}

/** Reads the focused element in the page (the suite is compiled without DOM types, hence the casts). */
export function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    type El = {
      tagName: string;
      id: string;
      textContent: string | null;
      getAttribute(name: string): string | null;
      labels?: ArrayLike<El> | null;
      parentElement: El | null;
    };
    const dom = globalThis as unknown as {
      document: { activeElement: El | null; getElementById(id: string): El | null };
      getComputedStyle(element: El): { outlineStyle: string; outlineWidth: string; boxShadow: string };
    };
    const element = dom.document.activeElement;
    if (!element || element.tagName === 'BODY') return { tag: 'body', id: '', role: null, name: '', indicator: null };
    const byIds = (ids: string | null) => (ids ?? '').split(/\s+/).map((id) => dom.document.getElementById(id)?.textContent ?? '').join(' ');
    const name = (element.getAttribute('aria-label') ?? (byIds(element.getAttribute('aria-labelledby')).trim() || element.labels?.[0]?.textContent || element.textContent || element.getAttribute('placeholder') || ''))
      .replace(/\s+/g, ' ')
      .trim();
    const outline = (candidate: El | null) => {
      if (!candidate) return null;
      const style = dom.getComputedStyle(candidate);
      return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 ? `outline ${style.outlineStyle} ${style.outlineWidth}` : null;
    };
    const ring = dom.getComputedStyle(element).boxShadow;
    // A field inside a drawn box (a multi-select's pills, a password with its eye) or a control
    // drawn by its label (a check box, a segmented choice) shows the focus on that box: its
    // parent or the one above; only an outline counts there (a card's shadow is not a focus).
    const indicator = outline(element) ?? (ring !== 'none' ? `box-shadow ${ring}` : null) ?? outline(element.parentElement) ?? outline(element.parentElement?.parentElement ?? null);
    return { tag: element.tagName.toLowerCase(), id: element.id, role: element.getAttribute('role'), name, indicator };
  });
}

/** Waits until the focus is inside `selector` (a dialog takes it once it has opened), then reads it. */
export async function focusMovesInto(page: Page, selector: string): Promise<Focused> {
  await page.waitForFunction((css) => Boolean((globalThis as unknown as { document: { activeElement: { closest(css: string): unknown } | null } }).document.activeElement?.closest(css)), selector);
  return focused(page);
}

/**
 * Presses Tab (or Shift+Tab) until the focus reaches an element whose name matches, checking at
 * every stop on the way that the focus can be seen. Fails naming the stops when the element is
 * not reached.
 */
export async function tabTo(page: Page, name: string | RegExp, { backwards = false, max = 150 } = {}): Promise<Focused> {
  const matches = (candidate: string) => (typeof name === 'string' ? candidate.includes(name) : name.test(candidate));
  const stops: string[] = [];
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const now = await focused(page);
    stops.push(`${now.tag}${now.role ? `[${now.role}]` : ''} "${now.name.slice(0, 40)}"`);
    if (now.tag !== 'body' && !now.indicator) throw new Error(`The focus does not show on ${stops[stops.length - 1]} (stops so far: ${stops.join(' → ')})`);
    if (matches(now.name)) return now;
  }
  throw new Error(`Tab never reached ${String(name)}: ${stops.join(' → ')}`);
}

/** Signs in on the sign-in screen with the keyboard alone: the user name has the focus, Tab, password, Enter. */
export async function signInWithKeyboard(page: Page, username: string, password = 'demo'): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Korisničko ime').waitFor();
  await page.keyboard.type(username);
  await page.keyboard.press('Tab');
  await page.keyboard.type(password);
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  await page.getByRole('navigation').waitFor();
}
