/** A repository method's example calls, from which `npm run sync:sql` writes its SQL. */
export interface SqlExample {
  method: string;
  /** Each call's arguments; one snapshot entry per call. */
  calls: unknown[][];
}

const EXAMPLES = new WeakMap<object, SqlExample[]>();

/**
 * Marks a repository method whose statements are snapshotted (after Immich's `@GenerateSql`):
 * `npm run sync:sql` calls it with each example's arguments against a real, migrated database,
 * inside a transaction it rolls back, and writes every statement it sent to the committed
 * `queries/<repository>.sql` beside the repository. A change in a query's shape, an index it
 * stops using, an N+1 — they show in review as a change of that file, and a test fails while the
 * file and the code disagree.
 *
 * The examples run against an empty database (sync:sql) and one holding the built-in roles and the
 * classification plan (the medium test), so the statements sent must not depend on the rows: a list
 * paged with `paginate` is called for its second page, since TypeORM leaves out the count when a first
 * page is not full.
 */
export function GenerateSql(...calls: unknown[][]) {
  return (target: object, method: string): void => {
    const examples = EXAMPLES.get(target.constructor) ?? [];
    examples.push({ method, calls: calls.length > 0 ? calls : [[]] });
    EXAMPLES.set(target.constructor, examples);
  };
}

export function sqlExamplesOf(repository: abstract new (...args: never[]) => unknown): SqlExample[] {
  return EXAMPLES.get(repository) ?? [];
}
