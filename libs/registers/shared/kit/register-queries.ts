import { subject as caslSubject } from '@casl/ability';
import { Injectable, type StreamableFile, type Type } from '@nestjs/common';
import type { ObjectLiteral } from 'typeorm';
import type { Action, Subject } from '../../../access/permissions.js';
import type { Principal } from '../../../access/principal.js';
import { accessibleWhere } from '../../../access/sql-conditions.js';
import { belgradeDate } from '../../../cases/zup-deadline.js';
import { TransactionalConnection } from '../../../database/transactional-connection.js';
import type { Locale } from '../../../i18n/i18n.js';
import { Clock } from '../../../shared/clock.js';
import { forbidden, notFound } from '../../../shared/errors.js';
import { pageOf, type Page, type PageQueryDto } from '../../../shared/pagination.js';
import { assertVersion } from '../../../shared/versioning.js';
import { RegisterChanges, type CaseRef, type RegisterHistoryItem } from '../register-changes.service.js';
import { csvResponse, RegisterListPdf } from '../register-list-pdf.js';
import type { RegisterDeclaration, RegisterLabelsBase, RegisterReadContext, RegisterRow } from './register-declaration.js';
import { RegisterEntriesRepository, type RegisterFilters } from './register-entries.repository.js';
import { registerCsv, registerPrintedList } from './register-exports.js';

/**
 * What every register reads the same way, from its declaration: the list (filtered, searched and
 * paged in SQL), the CSV and printed lists, one entry, its history, the entry loaded or locked for
 * a change, and the one access check. Entries belong to no unit and no assignee, so only a role
 * granting the register outright reaches them: a permission scoped to a unit or to one's own
 * records matches no entry, in the lists' SQL and in `assertMay` alike.
 */
export class RegisterQueries<E extends ObjectLiteral, X extends object, L extends RegisterLabelsBase, V> {
  constructor(
    readonly register: RegisterDeclaration<E, X, L, V>,
    private readonly entries: RegisterEntriesRepository,
    private readonly db: TransactionalConnection,
    private readonly clock: Clock,
    private readonly changes: RegisterChanges,
    private readonly pdf: RegisterListPdf,
  ) {}

  today(): string {
    return belgradeDate(this.clock.now());
  }

  /** The caller may act on this register's entries (not merely on some, under conditions entries cannot meet). */
  assertMay(principal: Principal, action: Action): void {
    if (!principal.ability.can(action, caslSubject(this.register.subject as Subject, {}))) throw forbidden();
  }

  /**
   * The start of every change: the caller may `action` this register's entries (403 otherwise),
   * and the case it is decided in takes the change (see RegisterChanges.caseForChange).
   */
  async decisionFor(principal: Principal, action: Action, caseId: string): Promise<CaseRef> {
    this.assertMay(principal, action);
    return this.changes.caseForChange(principal, caseId);
  }

  /** The entry's next version, changed now. */
  bump(entry: { version: number; updatedAt: Date }): void {
    entry.version += 1;
    entry.updatedAt = this.clock.now();
  }

  async list(principal: Principal, query: RegisterFilters & PageQueryDto): Promise<Page<unknown>> {
    this.assertMay(principal, 'read');
    const context = this.context();
    const { entries, total } = await this.entries.page(this.register, this.acl(principal), query, context.today, { offset: (query.page - 1) * query.pageSize, limit: query.pageSize });
    const items = [];
    for (const row of await this.rows(entries, context)) {
      // Identifiers shown in a list are reads of those entries too, recorded each.
      items.push(await this.changes.personalDataFor(principal, this.register.name, row.entry.id, this.register.summary(row, context)));
    }
    return pageOf(items, total, query);
  }

  /** The list's entries (same filters, no paging) as CSV in `locale`; identifiers for those who may read them, each read recorded. */
  async csv(principal: Principal, query: RegisterFilters, locale: Locale): Promise<StreamableFile> {
    this.assertMay(principal, 'export');
    const { rows, today } = await this.exportRows(principal, query);
    const personalIds = this.changes.mayReadPersonalData(principal, this.register.name);
    if (personalIds) for (const row of rows) await this.changes.personalDataFor(principal, this.register.name, row.entry.id, this.register.personalIds(row.entry, row));
    const labels = this.register.labels[locale];
    return csvResponse(labels.fileName, registerCsv(this.register.columns, rows, { locale, labels, today }, personalIds));
  }

  /** The list's entries printed (landscape A4, paginated), without identifiers. */
  async printedList(principal: Principal, query: RegisterFilters, locale: Locale): Promise<StreamableFile> {
    this.assertMay(principal, 'export');
    const { rows, today } = await this.exportRows(principal, query);
    return this.pdf.response(locale, registerPrintedList(this.register, rows, { locale, labels: this.register.labels[locale], today }));
  }

  /** One entry as the caller may see it; a read of its identifiers is recorded. */
  async detail(principal: Principal, id: string): Promise<V> {
    this.assertMay(principal, 'read');
    return this.changes.personalDataFor(principal, this.register.name, id, await this.view(id));
  }

  /** The entry as a change leaves it, for the one who made it (what they just entered is no new read). */
  async changedView(principal: Principal, id: string): Promise<V> {
    return this.changes.seenBy(principal, this.register.name, await this.view(id));
  }

  async history(principal: Principal, id: string): Promise<RegisterHistoryItem[]> {
    this.assertMay(principal, 'read');
    await this.load(id);
    return this.changes.history(principal, this.register.name, id);
  }

  /** The entry; 404 REGISTER_ENTRY_NOT_FOUND when there is none. */
  async load(id: string): Promise<E> {
    const entry = await this.entries.byId(this.register, id);
    if (!entry) throw notFound('REGISTER_ENTRY_NOT_FOUND');
    return entry;
  }

  /** The entry locked for a change, at the `version` the user saw (409 VERSION_CONFLICT otherwise). */
  async locked(id: string, version: number): Promise<E> {
    const entry = await this.entries.lockedById(this.register, id);
    if (!entry) throw notFound('REGISTER_ENTRY_NOT_FOUND');
    assertVersion(entry as E & { version: number }, version);
    return entry;
  }

  private async view(id: string): Promise<V> {
    const context = this.context();
    const [row] = await this.rows([await this.load(id)], context);
    return this.register.view(row, context);
  }

  private async exportRows(principal: Principal, query: RegisterFilters) {
    const context = this.context();
    const entries = await this.entries.all(this.register, this.acl(principal), query, context.today);
    return { rows: await this.rows(entries, context), today: context.today };
  }

  private async rows(entries: E[], context: RegisterReadContext): Promise<Array<RegisterRow<E, X>>> {
    const cases = await this.changes.casesOf(this.register.name, entries.map((entry) => entry.id));
    const related = this.register.related ? await this.register.related(entries, context) : () => ({}) as X;
    return entries.map((entry) => ({ ...related(entry), entry, cases: cases.get(entry.id) ?? [] }));
  }

  private context(): RegisterReadContext {
    return { today: this.today(), db: this.db.manager };
  }

  /** Register entries carry no unit and no assignee: rules scoped by them match nothing. */
  private acl(principal: Principal) {
    return accessibleWhere(principal.ability, 'read', this.register.subject as Subject, { orgUnitId: 'NULL::uuid', assigneeId: 'NULL::uuid' });
  }
}

/**
 * The injectable query service of one register: `export const WorkBookQueries = registerQueries(WORK_BOOKS)`
 * (and `export type WorkBookQueries = InstanceType<typeof WorkBookQueries>`), provided by the register's module.
 */
export function registerQueries<E extends ObjectLiteral, X extends object, L extends RegisterLabelsBase, V>(register: RegisterDeclaration<E, X, L, V>): Type<RegisterQueries<E, X, L, V>> {
  @Injectable()
  class Queries extends RegisterQueries<E, X, L, V> {
    constructor(entries: RegisterEntriesRepository, db: TransactionalConnection, clock: Clock, changes: RegisterChanges, pdf: RegisterListPdf) {
      super(register, entries, db, clock, changes, pdf);
    }
  }
  Object.defineProperty(Queries, 'name', { value: `${pascal(register.name)}Queries` });
  return Queries;
}

const pascal = (name: string) => name.replace(/(^|-)([a-z])/g, (_, _dash: string, letter: string) => letter.toUpperCase());
