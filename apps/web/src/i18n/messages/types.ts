import type { en } from './en';

/** Every language gives every text English gives (same keys, any wording). */
type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };
export type Messages = Strings<typeof en>;

/** A language written as its differences from a close one (Bosnian from Serbian, Montenegrin from Bosnian). */
export type Overrides<T> = { [K in keyof T]?: T[K] extends string ? string : Overrides<T[K]> };

export function withOverrides<T>(base: T, overrides: Overrides<T>): T {
  const merged: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(overrides as Record<string, unknown>)) {
    merged[key] = typeof value === 'string' ? value : withOverrides(merged[key], value as Overrides<unknown>);
  }
  return merged as T;
}
