import { Injectable } from '@nestjs/common';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { SqlCondition } from '../../../access/sql-conditions.js';
import { GenerateSql } from '../../../database/generate-sql.js';
import { TransactionalConnection } from '../../../database/transactional-connection.js';
import { searchFold } from '../../../i18n/transliterate.js';
import { containsPattern } from '../../../shared/validation.js';
import type { RegisterDeclaration } from './register-declaration.js';

/** The part of a declaration the list's SQL is made of. */
export type RegisterListSql<E extends ObjectLiteral> = Pick<RegisterDeclaration<E>, 'name' | 'entity' | 'alias' | 'search' | 'join' | 'filter' | 'order'>;

/** The list's filters: `q`, `caseId` and the register's own. */
export interface RegisterFilters {
  q?: string;
  caseId?: string;
}

/** Example values for the SQL snapshots (`npm run sync:sql`); the work books register's shape, any well-formed value will do. */
const ENTRY = '00000000-0000-4000-8000-000000000001';
const EXAMPLE: RegisterListSql<ObjectLiteral> = {
  name: 'work-books',
  entity: 'WorkBook',
  alias: 'w',
  search: ['w.search_text'],
  filter: (qb, query) => {
    if (query.status) qb.andWhere('w.status = :status', { status: query.status });
  },
  order: [
    ['w.issued_on', 'DESC'],
    ['w.id', 'ASC'],
  ],
};
const TWO_SEARCH_COLUMNS: RegisterListSql<ObjectLiteral> = { ...EXAMPLE, search: ['w.search_text', 'w.holder_name'] };
const ANYONE: SqlCondition = { where: '1 = 1', parameters: {} };
const TODAY = '2026-03-02';

/**
 * The kit's SQL, the same for every register: the list (permission conditions, search, the case an
 * entry was changed in, the register's own filters, order and page, all in SQL), an entry by id, an
 * entry locked for a change. Snapshotted in `queries/register-entries.repository.sql`; each runs in
 * the caller's transaction.
 */
@Injectable()
export class RegisterEntriesRepository {
  constructor(private readonly db: TransactionalConnection) {}

  /** One page of the entries the filters find, and how many they find in all. */
  @GenerateSql([EXAMPLE, ANYONE, { q: 'Đorđević 12', status: 'valid' }, TODAY, { offset: 0, limit: 50 }], [TWO_SEARCH_COLUMNS, ANYONE, { q: 'ana', caseId: ENTRY }, TODAY, { offset: 50, limit: 50 }])
  async page<E extends ObjectLiteral>(
    register: RegisterListSql<E>,
    acl: SqlCondition,
    filters: RegisterFilters,
    today: string,
    page: { offset: number; limit: number },
  ): Promise<{ entries: E[]; total: number }> {
    const qb = this.filtered(register, acl, filters, today);
    const total = await qb.getCount();
    const entries = await qb.offset(page.offset).limit(page.limit).getMany();
    return { entries, total };
  }

  /** Every entry the filters find, in list order (for the exports). */
  @GenerateSql([EXAMPLE, ANYONE, { q: 'petrovic' }, TODAY])
  all<E extends ObjectLiteral>(register: RegisterListSql<E>, acl: SqlCondition, filters: RegisterFilters, today: string): Promise<E[]> {
    return this.filtered(register, acl, filters, today).getMany();
  }

  @GenerateSql([EXAMPLE, ENTRY])
  async byId<E extends ObjectLiteral>(register: RegisterListSql<E>, id: string): Promise<E | null> {
    return this.db.manager.getRepository(register.entity).createQueryBuilder(register.alias).where(`${register.alias}.id = :id`, { id }).getOne();
  }

  /** The entry locked for a change until the transaction ends, so two changes cannot interleave. */
  @GenerateSql([EXAMPLE, ENTRY])
  async lockedById<E extends ObjectLiteral>(register: RegisterListSql<E>, id: string): Promise<E | null> {
    return this.db.manager
      .getRepository(register.entity)
      .createQueryBuilder(register.alias)
      .where(`${register.alias}.id = :id`, { id })
      .setLock('pessimistic_write')
      .getOne();
  }

  private filtered<E extends ObjectLiteral>(register: RegisterListSql<E>, acl: SqlCondition, filters: RegisterFilters, today: string): SelectQueryBuilder<E> {
    const { alias } = register;
    const qb = this.db.manager.getRepository(register.entity).createQueryBuilder(alias);
    register.join?.(qb);
    qb.where(acl.where, acl.parameters);
    const words = filters.q ? searchFold(filters.q).split(/\s+/).filter(Boolean) : [];
    words.forEach((word, i) => qb.andWhere(`(${register.search.map((column) => `${column} LIKE :searchWord${i}`).join(' OR ')})`, { [`searchWord${i}`]: containsPattern(word) }));
    if (filters.caseId) {
      qb.andWhere(
        `EXISTS (SELECT 1 FROM register_entry_case rec WHERE rec.register = :linkRegister AND rec.entry_id = ${alias}.id AND rec.case_id = :linkCaseId)`,
        { linkRegister: register.name, linkCaseId: filters.caseId },
      );
    }
    register.filter?.(qb, filters as Record<string, unknown>, { today });
    register.order.forEach(([column, direction, nulls], i) => (i === 0 ? qb.orderBy(column, direction, nulls) : qb.addOrderBy(column, direction, nulls)));
    return qb;
  }
}
