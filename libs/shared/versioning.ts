import { conflict } from './errors.js';

/** Optimistic concurrency: a change based on an older version of a record is refused. */
export function assertVersion(current: { version: number }, expected: number | undefined): void {
  if (expected !== undefined && current.version !== expected) {
    throw conflict('VERSION_CONFLICT', { expected, current: current.version });
  }
}
