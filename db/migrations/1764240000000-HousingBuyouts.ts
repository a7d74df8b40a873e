import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The register of housing buyouts (otkup stana). */
export class HousingBuyouts1764240000000 implements MigrationInterface {
  name = 'HousingBuyouts1764240000000';

  async up(_q: QueryRunner): Promise<void> {}

  async down(_q: QueryRunner): Promise<void> {}
}
