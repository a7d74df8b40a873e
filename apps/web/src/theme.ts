import { Anchor, Badge, DEFAULT_THEME, Drawer, InputClearButton, Modal, Notification, Pagination, createTheme, darken, luminance, type CSSVariablesResolver, type MantineThemeOverride } from '@mantine/core';
import { CalendarHeader } from '@mantine/dates';
import type { TFunction } from 'i18next';

/**
 * The look of the application, held to WCAG 2.1 AA in one place rather than screen by screen.
 *
 * Mantine's palette is bright: its default text shades (a yellow, green or orange word, a badge's
 * label, a link, dimmed text) fall well short of the 4.5:1 contrast that text needs, and so does
 * white text on most of its filled colours. Each colour's text and filled shades are therefore
 * darkened here, step by step, until they reach that contrast on every surface they are drawn on.
 */

/** WCAG 2.1 AA (1.4.3) for text of ordinary size. */
const AA = 4.5;
const WHITE = DEFAULT_THEME.white;
const { colors } = DEFAULT_THEME;

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** `colour`, darkened by the least step that makes it readable (AA) on each of `surfaces`. */
function readable(colour: string, surfaces: string[]): string {
  for (let step = 0; step <= 20; step += 1) {
    const candidate = step === 0 ? colour : darken(colour, step * 0.05);
    if (surfaces.every((surface) => contrast(candidate, surface) >= AA)) return candidate;
  }
  return DEFAULT_THEME.black;
}

/** The page and its striped and hovered rows: where most coloured words stand. */
const PAGE = [WHITE, colors.gray[0], colors.gray[1]];
/** The pale backgrounds of the alerts and cards that hold dimmed text (notes, hints, duplicates found). */
const TINTS = ['blue', 'yellow', 'green', 'red'].map((name) => colors[name][1]);

const cssVariablesResolver: CSSVariablesResolver = () => {
  const light: Record<string, string> = {};
  for (const [name, shades] of Object.entries(colors)) {
    // A word in this colour (`c="red"`, an outline button) on the page or in its own light alert.
    const text = readable(shades[6], [...PAGE, shades[1]]);
    // A light badge or button: its own pale background, and the darker one it takes on hover.
    const onLight = readable(shades[9], [shades[1], shades[2]]);
    // A filled badge or button carries white text.
    const filled = readable(shades[6], [WHITE]);
    Object.assign(light, {
      [`--mantine-color-${name}-text`]: text,
      [`--mantine-color-${name}-outline`]: text,
      [`--mantine-color-${name}-light-color`]: onLight,
      [`--mantine-color-${name}-filled`]: filled,
      [`--mantine-color-${name}-filled-hover`]: darken(filled, 0.1),
    });
  }
  const dimmed = readable(colors.gray[6], [...PAGE, ...TINTS]);
  Object.assign(light, {
    '--mantine-color-dimmed': dimmed,
    '--mantine-color-placeholder': dimmed,
    '--mantine-color-anchor': light['--mantine-color-blue-text'],
    '--mantine-color-error': light['--mantine-color-red-text'],
  });
  return { variables: {}, light, dark: {} };
};

/** The theme in the UI language: the names of Mantine's icon-only buttons are words of the UI. */
export function appTheme(t: TFunction): { theme: MantineThemeOverride; cssVariablesResolver: CSSVariablesResolver } {
  const controls = { first: t('pager.first'), previous: t('pager.previous'), next: t('pager.next'), last: t('pager.last') };
  const theme = createTheme({
    primaryColor: 'blue',
    defaultRadius: 'sm',
    fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", Arial, sans-serif',
    headings: { fontWeight: '600' },
    components: {
      // A colour alone never tells a link from the text around it (1.4.1).
      Anchor: Anchor.extend({ defaultProps: { underline: 'always' } }),
      // Mantine's badge is small, upper-case and cut off with an ellipsis when its column is
      // narrow ("ZAVED…", "05.01.20…"): here it reads as written and keeps its whole width.
      Badge: Badge.extend({
        styles: {
          root: { textTransform: 'none', fontSize: 'var(--mantine-font-size-xs)', letterSpacing: 0, overflow: 'visible' },
          label: { overflow: 'visible' },
        },
      }),
      // A dialog's title bar is Mantine's <header>, which screen readers would list as a second
      // banner of the page beside the application's own.
      Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': t('common.close') }, attributes: { header: { role: 'none' } } } }),
      Drawer: Drawer.extend({ defaultProps: { closeButtonProps: { 'aria-label': t('common.close') }, attributes: { header: { role: 'none' } } } }),
      Notification: Notification.extend({ defaultProps: { closeButtonProps: { 'aria-label': t('common.close') } } }),
      InputClearButton: InputClearButton.extend({ defaultProps: { 'aria-label': t('common.clear') } }),
      CalendarHeader: CalendarHeader.extend({ defaultProps: { previousLabel: t('common.previous'), nextLabel: t('common.next') } }),
      Pagination: Pagination.extend({
        defaultProps: {
          getControlProps: (control) => ({ 'aria-label': controls[control] }),
          getItemProps: (page) => ({ 'aria-label': t('pager.page', { page }) }),
        },
      }),
    },
  });
  return { theme, cssVariablesResolver };
}
