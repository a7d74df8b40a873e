import { Injectable } from '@nestjs/common';
import { GenerateSql } from '../database/generate-sql.js';
import { TransactionalConnection } from '../database/transactional-connection.js';
import { paginate, type Page } from '../shared/pagination.js';
import { containsPattern } from '../shared/validation.js';
import type { OrgUnitQueryDto } from './dto/org-unit.dto.js';
import { OrgUnit } from './org-unit.entity.js';

/** Example values for the SQL snapshots (`npm run sync:sql`). */
const UNIT = '00000000-0000-4000-8000-000000000003';
const PARENT = '00000000-0000-4000-8000-000000000009';

/** The statements on the organisation's units (`org_unit`), each snapshotted in `queries/org-unit.repository.sql`. */
@Injectable()
export class OrgUnitRepository {
  constructor(private readonly db: TransactionalConnection) {}

  private get units() {
    return this.db.getRepository(OrgUnit);
  }

  /** The units by code, filtered by a word of their code or name and by parent. */
  @GenerateSql([{ page: 2, pageSize: 50 }], [{ page: 2, pageSize: 50, q: 'urban', parentId: PARENT }])
  page(query: OrgUnitQueryDto): Promise<Page<OrgUnit>> {
    const qb = this.units.createQueryBuilder('o').orderBy('o.code', 'ASC');
    if (query.q) qb.andWhere('(o.code ILIKE :q OR o.name ILIKE :q)', { q: containsPattern(query.q) });
    if (query.parentId) qb.andWhere('o.parentId = :parentId', { parentId: query.parentId });
    return paginate(qb, query);
  }

  @GenerateSql([UNIT])
  get(id: string): Promise<OrgUnit | null> {
    return this.units.findOneBy({ id });
  }

  @GenerateSql([UNIT])
  exists(id: string): Promise<boolean> {
    return this.units.existsBy({ id });
  }

  @GenerateSql(['04'])
  codeTaken(code: string): Promise<boolean> {
    return this.units.existsBy({ code });
  }

  /** Returns the new unit's id. */
  @GenerateSql([{ code: '04', name: 'Odeljenje za urbanizam', parentId: PARENT, active: true }])
  async insert(unit: Pick<OrgUnit, 'code' | 'name' | 'parentId' | 'active'>): Promise<string> {
    const { identifiers } = await this.units.insert(unit);
    return identifiers[0].id as string;
  }

  @GenerateSql([UNIT, { name: 'Odeljenje za urbanizam', active: false, version: 2 }])
  async update(id: string, changes: Partial<OrgUnit>): Promise<void> {
    await this.units.update({ id }, changes);
  }

  /** Whether `candidate` is `rootId` or lies below it. */
  @GenerateSql([UNIT, PARENT])
  async isInSubtree(candidate: string, rootId: string): Promise<boolean> {
    const [row] = await this.db.manager.query(
      `WITH RECURSIVE sub AS (SELECT id FROM org_unit WHERE id = $1
         UNION ALL SELECT c.id FROM org_unit c JOIN sub ON c.parent_id = sub.id)
       SELECT EXISTS (SELECT 1 FROM sub WHERE id = $2) AS found`,
      [rootId, candidate],
    );
    return row.found;
  }
}
