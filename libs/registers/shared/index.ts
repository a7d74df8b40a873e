/**
 * The parts every register shares, and the register kit (./kit): a register is declared with
 * `defineRegister({...})` (its name and subject from libs/registers/register-catalog.ts), and the kit
 * serves its list, search, export.csv, list.pdf, detail, history, load/lock and access check; the
 * register keeps only its own rules. See docs/registers.md.
 *
 * - its tables in its own migration, each entry with `id uuid`, `version integer` (optimistic
 *   lock), `search_text text` (from `registerSearchText`, with a pg_trgm GIN index) and its own
 *   columns; personal identifiers in fields named `personalId` (JMBG, validated with `IsJmbg`) or
 *   `foreignId`, at any depth of the entry's view;
 * - every change: `queries.decisionFor(principal, action, dto.caseId)` first (403, then 404/403/409
 *   of the case with codes), then the write, then `changes.record(principal, { register, entryId,
 *   case, action, before, after })` with the entry's view before and after — all in the request's
 *   transaction;
 * - printed words through `registerLabels` (all languages), error codes in
 *   libs/i18n/messages/areas/registers.ts prefixed with the register's name.
 */
export { PERSONAL_DATA_KEYS, holdsPersonalData, withoutPersonalData } from './personal-data.js';
export { RegisterChanges, type CaseRef, type RegisterChange, type RegisterHistoryItem } from './register-changes.service.js';
export { RegisterExportQueryDto, RegisterListQueryDto, VersionedChangeDto, WithinCaseDto } from './register.dto.js';
export { registerLabels } from './register-labels.js';
export { RegisterListPdf, csvResponse, type RegisterListDocument } from './register-list-pdf.js';
export { REGISTER_SUBJECTS, declareRegisterSubject, registerSubject, type RegisterName } from './register-names.js';
export { registerSearchText, whereChangedInCase, whereSearchMatches } from './register-search.js';
export { RegistersSharedModule } from './registers-shared.module.js';
export * from './kit/index.js';
