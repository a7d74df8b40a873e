import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import { badRequest, conflict, notFound } from '../shared/errors.js';
import { assertVersion } from '../shared/versioning.js';
import type { CreateOrgUnitDto, OrgUnitQueryDto, UpdateOrgUnitDto } from './dto/org-unit.dto.js';
import type { OrgUnit } from './org-unit.entity.js';
import { OrgUnitRepository } from './org-unit.repository.js';

@Injectable()
export class OrgUnitsService {
  constructor(
    private readonly units: OrgUnitRepository,
    private readonly audit: AuditService,
  ) {}

  list(query: OrgUnitQueryDto) {
    return this.units.page(query);
  }

  async get(id: string): Promise<OrgUnit> {
    const unit = await this.units.get(id);
    if (!unit) throw notFound('ORG_UNIT_NOT_FOUND');
    return unit;
  }

  async create(dto: CreateOrgUnitDto): Promise<OrgUnit> {
    if (dto.parentId && !(await this.units.exists(dto.parentId))) throw badRequest('PARENT_ORG_UNIT_NOT_FOUND');
    if (await this.units.codeTaken(dto.code)) throw conflict('ORG_UNIT_CODE_TAKEN', { code: dto.code });
    const created = await this.get(await this.units.insert({ code: dto.code, name: dto.name, parentId: dto.parentId ?? null, active: true }));
    await this.audit.record({ action: 'org-unit.create', entityType: 'OrgUnit', entityId: created.id, after: created });
    return created;
  }

  async update(id: string, dto: UpdateOrgUnitDto): Promise<OrgUnit> {
    const before = await this.get(id);
    assertVersion(before, dto.version);
    if (dto.parentId) {
      if (!(await this.units.exists(dto.parentId))) throw badRequest('PARENT_ORG_UNIT_NOT_FOUND');
      if (await this.units.isInSubtree(dto.parentId, id)) throw conflict('ORG_UNIT_CYCLE');
    }
    const changes: Partial<OrgUnit> = {};
    if (dto.name !== undefined) changes.name = dto.name;
    if (dto.parentId !== undefined) changes.parentId = dto.parentId;
    if (dto.active !== undefined) changes.active = dto.active;
    await this.units.update(id, { ...changes, version: before.version + 1 });
    const after = await this.get(id);
    await this.audit.record({ action: 'org-unit.update', entityType: 'OrgUnit', entityId: id, before, after });
    return after;
  }
}
