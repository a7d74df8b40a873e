import { Injectable } from '@nestjs/common';
import { GenerateSql } from '../database/generate-sql.js';
import { TransactionalConnection } from '../database/transactional-connection.js';
import { paginate, type Page } from '../shared/pagination.js';
import { containsPattern, escapeLike } from '../shared/validation.js';
import { ClassificationMark } from './classification-mark.entity.js';
import type { ClassificationQueryDto } from './dto/classification-mark.dto.js';

/** Example values for the SQL snapshots (`npm run sync:sql`). */
const MARK = '00000000-0000-4000-8000-000000000006';

/** The statements on the classification plan (`classification_mark`), each snapshotted in `queries/classification.repository.sql`. */
@Injectable()
export class ClassificationRepository {
  constructor(private readonly db: TransactionalConnection) {}

  private get marks() {
    return this.db.getRepository(ClassificationMark);
  }

  /** The marks by code, newest validity first; by a code prefix or a word of the title, and by the year they are valid in. */
  @GenerateSql([{ page: 2, pageSize: 50 }], [{ page: 2, pageSize: 50, q: '351', year: 2026 }])
  page(query: ClassificationQueryDto): Promise<Page<ClassificationMark>> {
    const qb = this.marks.createQueryBuilder('m').orderBy('m.code', 'ASC').addOrderBy('m.validFromYear', 'DESC');
    if (query.q) {
      qb.andWhere('(m.code LIKE :prefix OR m.title ILIKE :contains)', { prefix: `${escapeLike(query.q)}%`, contains: containsPattern(query.q) });
    }
    if (query.year) qb.andWhere('m.validFromYear <= :year AND (m.validToYear IS NULL OR m.validToYear >= :year)', { year: query.year });
    return paginate(qb, query);
  }

  @GenerateSql([MARK])
  get(id: string): Promise<ClassificationMark | null> {
    return this.marks.findOneBy({ id });
  }

  /** The mark with this code valid in `year`; null when there is none. */
  @GenerateSql(['351', 2026])
  findValid(code: string, year: number): Promise<ClassificationMark | null> {
    return this.marks
      .createQueryBuilder('m')
      .where('m.code = :code AND m.validFromYear <= :year AND (m.validToYear IS NULL OR m.validToYear >= :year)', { code, year })
      .orderBy('m.validFromYear', 'DESC')
      .getOne();
  }

  /** Whether a mark with this code is valid from this year already. */
  @GenerateSql(['351', 2026])
  taken(code: string, validFromYear: number): Promise<boolean> {
    return this.marks.existsBy({ code, validFromYear });
  }

  /** Returns the new mark's id. */
  @GenerateSql([{ code: '351', title: 'Građevinske dozvole', retentionYears: 10, permanent: false, validFromYear: 2026, validToYear: null }])
  async insert(mark: Pick<ClassificationMark, 'code' | 'title' | 'retentionYears' | 'permanent' | 'validFromYear' | 'validToYear'>): Promise<string> {
    const { identifiers } = await this.marks.insert(mark);
    return identifiers[0].id as string;
  }

  @GenerateSql([MARK, { title: 'Građevinske dozvole', validToYear: 2027, version: 2 }])
  async update(id: string, changes: Partial<ClassificationMark>): Promise<void> {
    await this.marks.update({ id }, changes);
  }
}
