import type { DemoUsername, TestApp } from '../test-app.js';

/** Who may call a route: anyone, any signed-in user, or exactly these demo users. */
export type Expectation = 'public' | 'signed-in' | DemoUsername[];

/** One area's part of the authorization matrix (see test/authorization-matrix.e2e-spec.ts). */
export interface MatrixArea {
  routes: Record<string, Expectation>;
  /**
   * Creates records the allowed users may reach, and stores their ids under the route's prefix
   * before `/:id` without `/api/` (e.g. `ids['registers/real-estate']`), so `:id` is filled in.
   */
  prepare?(spis: TestApp, ids: Record<string, string>): Promise<void>;
}
