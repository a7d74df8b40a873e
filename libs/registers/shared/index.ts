/**
 * The parts every register shares. A register (e.g. libs/registers/real-estate) is built as:
 *
 * - its tables in its own migration, each entry with `id uuid`, `version integer` (optimistic
 *   lock), `search_text text` (from `registerSearchText`, with a pg_trgm GIN index) and its
 *   own columns; personal identifiers in fields named `personalId` (JMBG, validated with
 *   `IsJmbg`) or `foreignId`, at any depth of the entry's view;
 * - a module importing `RegistersSharedModule`;
 * - routes under `/api/registers/<name>`: `GET` (list: `RegisterListQueryDto` + own filters,
 *   filtered and paged in SQL), `POST` (create), `GET /:id`, `PATCH /:id` (`VersionedChangeDto`
 *   + fields), `GET /:id/history`, `GET /export.csv` and `GET /list.pdf` (declare these two
 *   before `/:id`), each `@Allow(action, subject)` with the subject of `REGISTER_SUBJECTS`
 *   (`export` for the exports);
 * - every change: `changes.caseForChange(principal, dto.caseId)` first (404/403/409 with codes),
 *   then the write, then `changes.record(principal, { register, entryId, case, action, before,
 *   after })` with the entry's view before and after — all in the request's transaction;
 * - every view of an entry includes `caseIds` (and `cases: [{ id, number }]` from `casesOf`)
 *   and `version`; a single entry goes through `changes.personalDataFor(...)` (hides
 *   identifiers from those who may not read them, records the read for those who may); lists
 *   and exports show identifiers only when `changes.mayReadPersonalData(...)`, else `null`;
 * - CSV through `toCsv` of libs/shared/csv.ts and `csvResponse`, PDF through `RegisterListPdf`,
 *   printed words through `registerLabels` (all languages), error codes in
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
