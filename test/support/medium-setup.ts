import { ensureBaseTemplate } from './test-services.js';

/**
 * Once per run of the medium tier: PostgreSQL and the base template (schema, built-in roles,
 * classification plan) — no demo rows, since medium tests make their own with the factories, and
 * no S3, since no medium test stores files.
 */
export default async function mediumSetup(): Promise<void> {
  await ensureBaseTemplate();
}
