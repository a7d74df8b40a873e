export { RegisterController } from './register-controller.js';
export { defineRegister, type ExportColumn, type ExportContext, type RegisterDeclaration, type RegisterLabelsBase, type RegisterReadContext, type RegisterRow } from './register-declaration.js';
export { RegisterEntriesRepository } from './register-entries.repository.js';
export { registerCsv, registerPrintedList } from './register-exports.js';
export { registerQueries, RegisterQueries } from './register-queries.js';
export { CaseRefDto, RegisterHistoryItemDto, RegisterLinksDto } from './register-responses.dto.js';
export { registerModule } from './register-module.js';
