import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The municipal attorney's registry. */
export class AttorneyCases1764260000000 implements MigrationInterface {
  name = 'AttorneyCases1764260000000';

  async up(_q: QueryRunner): Promise<void> {}

  async down(_q: QueryRunner): Promise<void> {}
}
