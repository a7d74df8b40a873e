import { seedDemo } from '../../db/seeds/index.js';
import { ensureS3, ensureTemplate } from './test-services.js';

export const TEMPLATE_DATABASE = 'spis_template';

/**
 * Once per run of the e2e and browser tiers: a real PostgreSQL and a real S3 endpoint, both
 * embedded, and a template database holding the migrated schema and the demo data set. Each suite
 * copies the template into a database of its own, so suites never see each other's rows.
 */
export default async function globalSetup(): Promise<void> {
  await ensureS3();
  await ensureTemplate(TEMPLATE_DATABASE, seedDemo);
}
