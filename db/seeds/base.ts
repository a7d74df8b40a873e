import type { DataSource } from 'typeorm';
import { recordSystemAudit } from '../../libs/audit/audit.service.js';
import { syncSystemRoles } from '../../libs/org/roles.service.js';
import { DEFAULT_CLASSIFICATION_PLAN, DEFAULT_PLAN_VALID_FROM_YEAR } from '../../libs/classification/default-plan.js';

/**
 * What every installation needs: the built-in roles (kept in line with the code at every start)
 * and, on a new database, the default classification plan.
 */
export async function seedBase(dataSource: DataSource): Promise<void> {
  await dataSource.transaction(async (manager) => {
    await syncSystemRoles(manager);
    const [{ marks }] = await manager.query('SELECT count(*)::int AS marks FROM classification_mark');
    if (marks > 0) return;
    for (const mark of DEFAULT_CLASSIFICATION_PLAN) {
      await manager.query(
        'INSERT INTO classification_mark (code, title, retention_years, permanent, valid_from_year) VALUES ($1, $2, $3, $4, $5)',
        [mark.code, mark.title, mark.retentionYears ?? null, mark.permanent === true, DEFAULT_PLAN_VALID_FROM_YEAR],
      );
    }
    await recordSystemAudit(manager, {
      action: 'classification-plan.seed',
      entityType: 'ClassificationMark',
      entityId: '*',
      after: { marks: DEFAULT_CLASSIFICATION_PLAN.length, validFromYear: DEFAULT_PLAN_VALID_FROM_YEAR },
    });
  });
}
