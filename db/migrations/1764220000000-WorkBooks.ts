import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The register of issued work books. */
export class WorkBooks1764220000000 implements MigrationInterface {
  name = 'WorkBooks1764220000000';

  async up(_q: QueryRunner): Promise<void> {}

  async down(_q: QueryRunner): Promise<void> {}
}
