import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The register of businesses (registar radnji). */
export class Businesses1764230000000 implements MigrationInterface {
  name = 'Businesses1764230000000';

  async up(_q: QueryRunner): Promise<void> {}

  async down(_q: QueryRunner): Promise<void> {}
}
