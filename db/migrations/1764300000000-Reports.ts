import type { MigrationInterface, QueryRunner } from 'typeorm';

/** What the reports need from the schema (indexes). */
export class Reports1764300000000 implements MigrationInterface {
  name = 'Reports1764300000000';

  async up(_q: QueryRunner): Promise<void> {}

  async down(_q: QueryRunner): Promise<void> {}
}
