import type { Type } from '@nestjs/common';
import type { EntityManager, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Locale } from '../../../i18n/i18n.js';
import type { CaseRef } from '../register-changes.service.js';
import type { RegisterExportQueryDto, RegisterListQueryDto } from '../register.dto.js';
import { declareRegisterSubject } from '../register-names.js';

/** An entry as the kit reads it: the entry, the cases that shaped it, and what the register's `related` adds. */
export type RegisterRow<E, X = object> = { entry: E; cases: CaseRef[] } & X;

/** What a register's reading hooks may use: the day it is in Belgrade, and the request's transaction. */
export interface RegisterReadContext {
  today: string;
  /** The instant (the Clock's), for what depends on the time of day, e.g. the next hearing from now on. */
  now: Date;
  db: EntityManager;
}

/** The printed words every register has (its `*-labels.ts`), besides its own. */
export interface RegisterLabelsBase {
  /** File name without extension. */
  fileName: string;
  title: string;
  /** `{count}` entries listed. */
  count: string;
  columns: Record<string, string>;
}

/** What an export column's value is given: the language, the register's words in it, today. */
export interface ExportContext<L> {
  locale: Locale;
  labels: L;
  today: string;
}

/**
 * A column of the CSV export and the printed list. `kind` says how a value is written: `date`
 * cells are ISO days in CSV (spreadsheets read them everywhere) and the language's dates on paper;
 * `text` cells as they are. A register whose cells need exact decimals or money (real estate,
 * housing buyouts) gives them as strings it formats itself (fixed-point, never a float).
 */
export interface ExportColumn<R, L> {
  header(labels: L): string;
  value(row: R, context: ExportContext<L>): string | number | null | undefined;
  kind?: 'text' | 'date';
  /** Share of the printed table's width; a column without one is in the CSV only. */
  weight?: number;
  /** In the printed list only. */
  printedOnly?: boolean;
  /** A personal identifier: in the CSV for those who may read it (null for others), never on paper. */
  personal?: boolean;
  align?: 'left' | 'right';
}

/**
 * A register, declared: everything the kit's generic list, search, exports, detail, history and
 * access check need. A register keeps its own rules (changes, calculations, status periods) in its
 * own service; see docs/registers.md.
 *
 * - `E` the entry's entity, `X` what `related` adds to each row, `L` its printed words, `V` one entry's view.
 */
export interface RegisterDeclaration<E extends ObjectLiteral = ObjectLiteral, X extends object = object, L extends RegisterLabelsBase = RegisterLabelsBase, V = unknown> {
  /** Its path under /api/registers (the catalogue's `name`, or a test's own). */
  name: string;
  /** The permission subject guarding it. */
  subject: string;
  /** The entry's entity and its alias in the list's SQL. */
  entity: EntityTarget<E>;
  alias: string;
  /**
   * Folded search-text columns (see `registerSearchText`), e.g. `['w.search_text']`; every word of
   * `q` must be found in one of them. Several columns (say a person's and their family's) search together.
   */
  search: string[];
  /** Joins the list needs for its filters or search columns (e.g. a family's table). */
  join?(qb: SelectQueryBuilder<E>): void;
  /**
   * The list's filters as this caller may use them, before any SQL (by default as given): e.g. a
   * JMBG typed whole in `q` is searched for only for those who may read identifiers.
   */
  scope?(query: Record<string, unknown>, caller: { mayReadPersonalData: boolean }): Record<string, unknown>;
  /** The register's own filters, beside `q` and `caseId`: the list and export query DTO's fields. */
  filter?(qb: SelectQueryBuilder<E>, query: Record<string, unknown>, context: { today: string }): void;
  /** The list's order; end it with a unique column so pages never overlap. A column may say where its nulls go. */
  order: Array<[column: string, direction: 'ASC' | 'DESC', nulls?: 'NULLS FIRST' | 'NULLS LAST']>;
  /** What the rows need beyond the entry and its cases (periods, linked entries), loaded once for all rows. */
  related?(entries: E[], context: RegisterReadContext): Promise<(entry: E) => X>;
  /** A row of the list (JSON), as `dto.item` describes it. */
  summary(row: RegisterRow<E, X>, context: RegisterReadContext): unknown;
  /** One entry (JSON), as `dto.view` describes it. */
  view(row: RegisterRow<E, X>, context: RegisterReadContext): Promise<V>;
  /**
   * The entry's personal identifiers, as an object (`{ personalId }`), to record their read in an
   * export; `row` has what `related` loaded, for identifiers kept beside the entry (opposing parties).
   */
  personalIds(entry: E, row: RegisterRow<E, X>): object;
  labels: Record<Locale, L>;
  columns: Array<ExportColumn<RegisterRow<E, X>, L>>;
  /** The printed list's line under the title; by default the count of entries. */
  subtitle?(context: ExportContext<L>, count: number): string;
  /** The edge: the list's and exports' query DTOs and the response DTOs (OpenAPI, generated web types). */
  dto: {
    listQuery: Type<RegisterListQueryDto>;
    exportQuery: Type<RegisterExportQueryDto>;
    page: Type<unknown>;
    view: Type<unknown>;
  };
}

/**
 * Declares a register (see RegisterDeclaration); the kit serves it from there. Its subject is made
 * known to the history and audit trail by name.
 */
export function defineRegister<E extends ObjectLiteral, X extends object, L extends RegisterLabelsBase, V>(declaration: RegisterDeclaration<E, X, L, V>): RegisterDeclaration<E, X, L, V> {
  declareRegisterSubject(declaration.name, declaration.subject);
  return declaration;
}
