import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The committee may reject a draft disposal or handover list instead of approving it. The rejected
 * list keeps its items (nothing is deleted) but no longer holds its cases: they may go on a new list.
 */
export class DisposalListRejection1764000000000 implements MigrationInterface {
  name = 'DisposalListRejection1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE disposal_list
        DROP CONSTRAINT disposal_list_status_check,
        ADD CONSTRAINT disposal_list_status_check CHECK (status IN ('draft', 'approved', 'rejected')),
        ADD COLUMN rejected_at timestamptz,
        ADD COLUMN rejected_by uuid REFERENCES app_user(id),
        ADD COLUMN rejection_reason text,
        ADD CONSTRAINT disposal_list_rejected CHECK (
          (status = 'rejected') = (rejected_at IS NOT NULL)
          AND (status <> 'rejected' OR (rejected_by IS NOT NULL AND rejection_reason IS NOT NULL))
        )`);
  }

  async down(q: QueryRunner): Promise<void> {
    // Turning a rejected list back into a draft would put its cases on a list again: refuse instead.
    const [{ rejected }] = await q.query(`SELECT count(*)::int AS rejected FROM disposal_list WHERE status = 'rejected'`);
    if (rejected > 0) throw new Error(`${rejected} rejected disposal list(s) exist; the rejection schema cannot be removed without losing them`);
    await q.query(`
      ALTER TABLE disposal_list
        DROP CONSTRAINT disposal_list_rejected,
        DROP COLUMN rejection_reason,
        DROP COLUMN rejected_by,
        DROP COLUMN rejected_at,
        DROP CONSTRAINT disposal_list_status_check,
        ADD CONSTRAINT disposal_list_status_check CHECK (status IN ('draft', 'approved'))`);
  }
}
