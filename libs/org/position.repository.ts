import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import type { Role } from '../access/role.entity.js';
import type { SqlCondition } from '../access/sql-conditions.js';
import { GenerateSql } from '../database/generate-sql.js';
import { TransactionalConnection } from '../database/transactional-connection.js';
import type { PositionQueryDto } from './dto/position.dto.js';
import { Position } from './position.entity.js';

/** The fields permission rules about positions use, over the alias `p`. */
export const POSITION_ACCESS_FIELDS = { orgUnitId: 'p.org_unit_id', assigneeId: 'p.user_id' };

/** Example values for the SQL snapshots (`npm run sync:sql`). */
const EVERYONE: SqlCondition = { where: '1 = 1', parameters: {} };
const POSITION = '00000000-0000-4000-8000-00000000000b';
const UNIT = '00000000-0000-4000-8000-000000000003';
const USER = '00000000-0000-4000-8000-000000000002';

/**
 * The statements on positions (`position`, and the roles attached to them in `position_role`),
 * each snapshotted in `queries/position.repository.sql`. `access` is a permission condition over
 * the alias `p` ({@link POSITION_ACCESS_FIELDS}).
 */
@Injectable()
export class PositionRepository {
  constructor(private readonly db: TransactionalConnection) {}

  private get positions() {
    return this.db.getRepository(Position);
  }

  private visible(access: SqlCondition) {
    return this.positions.createQueryBuilder('p').where(access.where, access.parameters);
  }

  /** The positions `access` lets be seen, by title, with their roles; and how many there are. */
  @GenerateSql([EVERYONE, { page: 2, pageSize: 50 }], [EVERYONE, { page: 2, pageSize: 50, orgUnitId: UNIT, userId: USER }])
  async page(access: SqlCondition, query: PositionQueryDto): Promise<{ items: Position[]; total: number }> {
    const qb = this.visible(access).orderBy('p.title', 'ASC').addOrderBy('p.id');
    if (query.orgUnitId) qb.andWhere('p.orgUnitId = :orgUnitId', { orgUnitId: query.orgUnitId });
    if (query.userId) qb.andWhere('p.userId = :userId', { userId: query.userId });
    const [rows, total] = await qb.skip((query.page - 1) * query.pageSize).take(query.pageSize).getManyAndCount();
    const withRoles = rows.length === 0 ? [] : await this.positions.find({ where: { id: In(rows.map((r) => r.id)) }, relations: { roles: true } });
    const byId = new Map(withRoles.map((p) => [p.id, p]));
    return { items: rows.map((r) => byId.get(r.id) ?? r), total };
  }

  /** Whether `access` lets the position be seen. */
  @GenerateSql([EVERYONE, POSITION])
  visibleExists(access: SqlCondition, id: string): Promise<boolean> {
    return this.visible(access).andWhere('p.id = :id', { id }).getExists();
  }

  /** The position with its roles; null when there is none. */
  @GenerateSql([POSITION])
  get(id: string): Promise<Position | null> {
    return this.positions.findOne({ where: { id }, relations: { roles: true } });
  }

  /** Writes the position and its roles (new or changed); returns its id. */
  @GenerateSql([{ title: 'Referent za urbanizam', orgUnitId: UNIT, userId: null, active: true, roles: [] }])
  async save(position: Partial<Position> & { roles: Role[] }): Promise<string> {
    return (await this.positions.save(this.positions.create(position))).id;
  }
}
