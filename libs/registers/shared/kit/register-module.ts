import { Controller, Module, type DynamicModule, type Provider, type Type } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RegistersSharedModule } from '../registers-shared.module.js';
import { RegisterController } from './register-controller.js';
import type { RegisterDeclaration } from './register-declaration.js';
import { registerQueries } from './register-queries.js';

/**
 * A register's module from its declaration alone: its entities, its query service and a
 * controller serving the kit's routes (list, export.csv, list.pdf, detail, history). A register
 * with rules of its own writes its module by hand instead (see libs/registers/work-books).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function registerModule(register: RegisterDeclaration<any, any, any, any>, options: { entities: Type[]; providers?: Provider[] }): DynamicModule {
  const queries = registerQueries(register);

  @Controller(`registers/${register.name}`)
  class RegisterRoutes extends RegisterController(register, queries) {}

  @Module({})
  class DeclaredRegisterModule {}

  return {
    module: DeclaredRegisterModule,
    imports: [TypeOrmModule.forFeature(options.entities), RegistersSharedModule],
    controllers: [RegisterRoutes],
    providers: [queries, ...(options.providers ?? [])],
    exports: [queries],
  };
}
