import { Injectable } from '@nestjs/common';
import { TransactionalConnection } from '../database/transactional-connection.js';
import { AuditService } from '../audit/audit.service.js';
import { Clock } from '../shared/clock.js';
import { badRequest, conflict, notFound } from '../shared/errors.js';
import { paginate } from '../shared/pagination.js';
import { containsPattern, escapeLike } from '../shared/validation.js';
import { assertVersion } from '../shared/versioning.js';
import { ClassificationMark } from './classification-mark.entity.js';
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
    private readonly db: TransactionalConnection,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  private get repo() {
    return this.db.manager.getRepository(ClassificationMark);
  }

  list(query: ClassificationQueryDto) {
    const qb = this.repo.createQueryBuilder('m').orderBy('m.code', 'ASC').addOrderBy('m.validFromYear', 'DESC');
    if (query.q) {
      qb.andWhere('(m.code LIKE :prefix OR m.title ILIKE :contains)', { prefix: `${escapeLike(query.q)}%`, contains: containsPattern(query.q) });
    }
    if (query.year) qb.andWhere('m.validFromYear <= :year AND (m.validToYear IS NULL OR m.validToYear >= :year)', { year: query.year });
    return paginate(qb, query);
  }

  async get(id: string): Promise<ClassificationMark> {
    const mark = await this.repo.findOneBy({ id });
    if (!mark) throw notFound('CLASSIFICATION_MARK_NOT_FOUND');
    return mark;
  }

  /** The mark with this code valid in `year`, used when registering and closing cases. */
  async findValid(code: string, year: number): Promise<ClassificationMark | null> {
    return this.repo
      .createQueryBuilder('m')
      .where('m.code = :code AND m.validFromYear <= :year AND (m.validToYear IS NULL OR m.validToYear >= :year)', { code, year })
      .orderBy('m.validFromYear', 'DESC')
      .getOne();
  }

  async create(dto: CreateClassificationMarkDto): Promise<ClassificationMark> {
    const validFromYear = dto.validFromYear ?? this.clock.now().getFullYear();
    const kept = retention(dto.retentionYears, dto.permanent);
    if (await this.repo.existsBy({ code: dto.code, validFromYear })) throw conflict('CLASSIFICATION_CODE_TAKEN', { code: dto.code, year: validFromYear });
    const { identifiers } = await this.repo.insert({ code: dto.code, title: dto.title, ...kept, validFromYear, validToYear: null });
    const created = await this.get(identifiers[0].id);
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
    await this.repo.update({ id }, { ...changes, version: before.version + 1 });
    const after = await this.get(id);
    await this.audit.record({ action: 'classification-mark.update', entityType: 'ClassificationMark', entityId: id, before, after });
    return after;
  }
}
