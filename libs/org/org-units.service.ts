import { Injectable } from '@nestjs/common';
import { TransactionalConnection } from '../database/transactional-connection.js';
import { AuditService } from '../audit/audit.service.js';
import { badRequest, conflict, notFound } from '../shared/errors.js';
import { paginate } from '../shared/pagination.js';
import { containsPattern } from '../shared/validation.js';
import { assertVersion } from '../shared/versioning.js';
import type { CreateOrgUnitDto, OrgUnitQueryDto, UpdateOrgUnitDto } from './dto/org-unit.dto.js';
import { OrgUnit } from './org-unit.entity.js';

@Injectable()
export class OrgUnitsService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly audit: AuditService,
  ) {}

  private get repo() {
    return this.db.manager.getRepository(OrgUnit);
  }

  list(query: OrgUnitQueryDto) {
    const qb = this.repo.createQueryBuilder('o').orderBy('o.code', 'ASC');
    if (query.q) qb.andWhere('(o.code ILIKE :q OR o.name ILIKE :q)', { q: containsPattern(query.q) });
    if (query.parentId) qb.andWhere('o.parentId = :parentId', { parentId: query.parentId });
    return paginate(qb, query);
  }

  async get(id: string): Promise<OrgUnit> {
    const unit = await this.repo.findOneBy({ id });
    if (!unit) throw notFound('ORG_UNIT_NOT_FOUND');
    return unit;
  }

  async create(dto: CreateOrgUnitDto): Promise<OrgUnit> {
    if (dto.parentId && !(await this.repo.existsBy({ id: dto.parentId }))) throw badRequest('PARENT_ORG_UNIT_NOT_FOUND');
    if (await this.repo.existsBy({ code: dto.code })) throw conflict('ORG_UNIT_CODE_TAKEN', { code: dto.code });
    const { identifiers } = await this.repo.insert({ code: dto.code, name: dto.name, parentId: dto.parentId ?? null, active: true });
    const created = await this.get(identifiers[0].id);
    await this.audit.record({ action: 'org-unit.create', entityType: 'OrgUnit', entityId: created.id, after: created });
    return created;
  }

  async update(id: string, dto: UpdateOrgUnitDto): Promise<OrgUnit> {
    const before = await this.get(id);
    assertVersion(before, dto.version);
    if (dto.parentId) {
      if (!(await this.repo.existsBy({ id: dto.parentId }))) throw badRequest('PARENT_ORG_UNIT_NOT_FOUND');
      if (await this.isInSubtree(dto.parentId, id)) throw conflict('ORG_UNIT_CYCLE');
    }
    const changes: Partial<OrgUnit> = {};
    if (dto.name !== undefined) changes.name = dto.name;
    if (dto.parentId !== undefined) changes.parentId = dto.parentId;
    if (dto.active !== undefined) changes.active = dto.active;
    await this.repo.update({ id }, { ...changes, version: before.version + 1 });
    const after = await this.get(id);
    await this.audit.record({ action: 'org-unit.update', entityType: 'OrgUnit', entityId: id, before, after });
    return after;
  }

  /** Whether `candidate` is `rootId` or lies below it. */
  private async isInSubtree(candidate: string, rootId: string): Promise<boolean> {
    const [row] = await this.db.manager.query(
      `WITH RECURSIVE sub AS (SELECT id FROM org_unit WHERE id = $1
         UNION ALL SELECT c.id FROM org_unit c JOIN sub ON c.parent_id = sub.id)
       SELECT EXISTS (SELECT 1 FROM sub WHERE id = $2) AS found`,
      [rootId, candidate],
    );
    return row.found;
  }
}
