import type { QueryClient } from '@tanstack/react-query';

/** Keys of data that a case-flow change never alters. */
const STABLE = new Set(['me', 'ref']);

/** After any change: refetch what is on screen (cases, books, lists), keep the reference data. */
export function invalidateWork(client: QueryClient): Promise<void> {
  return client.invalidateQueries({ predicate: (query) => !STABLE.has(String(query.queryKey[0])) });
}
