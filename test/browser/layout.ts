import type { Page } from 'playwright-core';

/**
 * What a screen cuts off or lays over itself, as someone at 1366×768 or zoomed to 200% would see it:
 * badges and deadline words clipped ("ZAVED…", "05.01.20…"), a page wider than the window, the
 * header's controls on top of one another. Empty when everything reads whole.
 */
export function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    type Box = { left: number; right: number; top: number; bottom: number; width: number; height: number };
    type El = { scrollWidth: number; clientWidth: number; textContent: string | null; getBoundingClientRect(): Box };
    const dom = globalThis as unknown as {
      innerWidth: number;
      document: { documentElement: { scrollWidth: number }; querySelectorAll(selector: string): ArrayLike<El> };
    };
    const problems: string[] = [];
    for (const element of Array.from(dom.document.querySelectorAll('.mantine-Badge-label, [data-testid="deadline"] > *, th'))) {
      if (element.clientWidth > 0 && element.scrollWidth > element.clientWidth + 1) problems.push(`cut off: "${element.textContent}" (${element.scrollWidth}px in ${element.clientWidth}px)`);
    }
    if (dom.document.documentElement.scrollWidth > dom.innerWidth + 1) problems.push(`the page is ${dom.document.documentElement.scrollWidth}px wide in a ${dom.innerWidth}px window`);
    const controls = Array.from(dom.document.querySelectorAll('header a, header input, header button'))
      .map((element) => ({ name: (element.textContent ?? '').trim(), box: element.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && box.height > 0);
    controls.forEach((a, i) =>
      controls.slice(i + 1).forEach((b) => {
        const apart = a.box.right <= b.box.left || b.box.right <= a.box.left || a.box.bottom <= b.box.top || b.box.bottom <= a.box.top;
        const nested = (a.box.left <= b.box.left && a.box.right >= b.box.right && a.box.top <= b.box.top && a.box.bottom >= b.box.bottom) || (b.box.left <= a.box.left && b.box.right >= a.box.right && b.box.top <= a.box.top && b.box.bottom >= a.box.bottom);
        if (!apart && !nested) problems.push(`header controls overlap: "${a.name}" and "${b.name}"`);
      }),
    );
    return problems;
  });
}
