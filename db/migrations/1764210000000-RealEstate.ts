import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The register of municipal real estate. */
export class RealEstate1764210000000 implements MigrationInterface {
  name = 'RealEstate1764210000000';

  async up(_q: QueryRunner): Promise<void> {}

  async down(_q: QueryRunner): Promise<void> {}
}
