import type { EntityManager } from 'typeorm';

/**
 * Runs SQL written with TypeORM's `:name` parameters (as the permission conditions of
 * `accessibleWhere` are) on the request's manager.
 */
export async function namedQuery<T = Record<string, unknown>>(manager: EntityManager, sql: string, parameters: Record<string, unknown>): Promise<T[]> {
  const [text, values] = manager.connection.driver.escapeQueryWithParameters(sql, parameters);
  return manager.query(text, values);
}
