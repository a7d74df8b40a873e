import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import { Clock } from '../shared/clock.js';
import { badRequest, conflict, notFound } from '../shared/errors.js';
import { assertVersion } from '../shared/versioning.js';
import type { ClassificationMark } from './classification-mark.entity.js';
import { ClassificationRepository } from './classification.repository.js';
import type { ClassificationQueryDto, CreateClassificationMarkDto, UpdateClassificationMarkDto } from './dto/classification-mark.dto.js';

/** Exactly one of: a number of years, or permanent. */
function retention(retentionYears: number | null | undefined, permanent: boolean | undefined) {
  if (permanent === true && retentionYears == null) return { retentionYears: null, permanent: true };
  if (!permanent && retentionYears != null) return { retentionYears, permanent: false };
  throw badRequest('RETENTION_REQUIRED', {}, [{ field: 'retentionYears', rule: 'retention', message: 'either retentionYears or permanent: true' }]);
}

@Injectable()
export class ClassificationService {
  constructor(
    private readonly marks: ClassificationRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  list(query: ClassificationQueryDto) {
    return this.marks.page(query);
  }

  async get(id: string): Promise<ClassificationMark> {
    const mark = await this.marks.get(id);
    if (!mark) throw notFound('CLASSIFICATION_MARK_NOT_FOUND');
    return mark;
  }

  /** The mark with this code valid in `year`, used when registering and closing cases. */
  findValid(code: string, year: number): Promise<ClassificationMark | null> {
    return this.marks.findValid(code, year);
  }

  async create(dto: CreateClassificationMarkDto): Promise<ClassificationMark> {
    const validFromYear = dto.validFromYear ?? this.clock.now().getFullYear();
    const kept = retention(dto.retentionYears, dto.permanent);
    if (await this.marks.taken(dto.code, validFromYear)) throw conflict('CLASSIFICATION_CODE_TAKEN', { code: dto.code, year: validFromYear });
    const created = await this.get(await this.marks.insert({ code: dto.code, title: dto.title, ...kept, validFromYear, validToYear: null }));
    await this.audit.record({ action: 'classification-mark.create', entityType: 'ClassificationMark', entityId: created.id, after: created });
    return created;
  }

  async update(id: string, dto: UpdateClassificationMarkDto): Promise<ClassificationMark> {
    const before = await this.get(id);
    assertVersion(before, dto.version);
    const changes: Partial<ClassificationMark> = {};
    if (dto.title !== undefined) changes.title = dto.title;
    if (dto.retentionYears !== undefined || dto.permanent !== undefined) {
      const permanent = dto.permanent ?? (dto.retentionYears === null ? true : dto.retentionYears !== undefined ? false : before.permanent);
      Object.assign(changes, retention(dto.retentionYears === undefined ? (permanent ? null : before.retentionYears) : dto.retentionYears, permanent));
    }
    if (dto.validToYear !== undefined) {
      if (dto.validToYear !== null && dto.validToYear < before.validFromYear) {
        throw badRequest('VALIDATION_FAILED', {}, [{ field: 'validToYear', rule: 'min', message: `validToYear must not be before ${before.validFromYear}` }]);
      }
      changes.validToYear = dto.validToYear;
    }
    await this.marks.update(id, { ...changes, version: before.version + 1 });
    const after = await this.get(id);
    await this.audit.record({ action: 'classification-mark.update', entityType: 'ClassificationMark', entityId: id, before, after });
    return after;
  }
}
