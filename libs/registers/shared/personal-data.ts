/**
 * Personal identifiers (JMBG and the like) are kept under these field names, at any depth of an
 * entry (e.g. `holder.personalId`, `familyMembers[].personalId`). Registers name them so, and
 * everything that hides or audits personal data finds them by name.
 */
export const PERSONAL_DATA_KEYS: ReadonlySet<string> = new Set(['personalId', 'foreignId']);

function walk(value: unknown, onPersonal: (key: string, inner: unknown) => unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => walk(item, onPersonal));
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [key, PERSONAL_DATA_KEYS.has(key) ? onPersonal(key, inner) : walk(inner, onPersonal)]),
  );
}

/** A copy of `value` with every personal identifier replaced by `null`. */
export function withoutPersonalData<T>(value: T): T {
  return walk(value, () => null) as T;
}

/** Does `value` hold a personal identifier (a non-empty one) anywhere? */
export function holdsPersonalData(value: unknown): boolean {
  let found = false;
  walk(value, (_key, inner) => {
    if (inner !== null && inner !== undefined && inner !== '') found = true;
    return inner;
  });
  return found;
}
