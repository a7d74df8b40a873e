import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The register of refugees, expelled and internally displaced persons. */
export class DisplacedPersons1764250000000 implements MigrationInterface {
  name = 'DisplacedPersons1764250000000';

  async up(_q: QueryRunner): Promise<void> {}

  async down(_q: QueryRunner): Promise<void> {}
}
