import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import { Clock } from '../shared/clock.js';
import { conflict, notFound } from '../shared/errors.js';
import { assertVersion } from '../shared/versioning.js';
import {
  belgradeCalendarDate,
  type CounterScope,
  formatCaseNumber,
  type NumberParts,
  NUMBER_FORMAT_EXAMPLES,
  validateTemplate,
} from './case-number-template.js';
import type { CreateNumberingBookDto, NumberingBookQueryDto, PreviewNumberTemplateDto, UpdateNumberingBookDto } from './dto/numbering-book.dto.js';
import type { NumberingBook } from './numbering-book.entity.js';
import { NumberingRepository } from './numbering.repository.js';

/**
 * Administration of numbering books (delovodnik): their number template, the scope of their
 * serial counter and which one registration uses by default. Handing out numbers is
 * NumberingService's; this service only guards the settings that numbering relies on.
 */
@Injectable()
export class NumberingBooksService {
  constructor(
    private readonly books: NumberingRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  list(query: NumberingBookQueryDto) {
    return this.books.page(query);
  }

  async get(id: string): Promise<NumberingBook> {
    const book = await this.books.get(id);
    if (!book) throw notFound('NUMBERING_BOOK_NOT_FOUND');
    return book;
  }

  /** The ready-made formats, each with the number it gives today for a sample case. */
  formats() {
    const sample = this.sampleParts();
    return NUMBER_FORMAT_EXAMPLES.map((format) => ({ ...format, example: formatCaseNumber(format.template, sample, format.scope) }));
  }

  /** What a template would give, or why it cannot be used; never an error for a bad template. */
  preview(dto: PreviewNumberTemplateDto) {
    const scope = dto.counterScope as CounterScope;
    const problems = validateTemplate(dto.template, scope);
    const example = problems.length === 0 ? formatCaseNumber(dto.template, this.sampleParts(), scope) : null;
    return { valid: problems.length === 0, problems, example };
  }

  async create(dto: CreateNumberingBookDto): Promise<NumberingBook> {
    this.assertUsable(dto.template, dto.counterScope);
    if (await this.books.codeTaken(dto.code)) throw conflict('NUMBERING_BOOK_CODE_TAKEN', { code: dto.code });
    if (dto.isDefault) await this.clearDefault();
    const id = await this.books.insert({
      code: dto.code,
      name: dto.name,
      template: dto.template,
      counterScope: dto.counterScope,
      isDefault: dto.isDefault ?? false,
    });
    const created = await this.get(id);
    await this.audit.record({ action: 'numbering-book.create', entityType: 'NumberingBook', entityId: created.id, after: created });
    return created;
  }

  async update(id: string, dto: UpdateNumberingBookDto): Promise<NumberingBook> {
    // Locked until the request's transaction ends, so a concurrent change of the same book waits.
    const before = await this.books.lockForUpdate(id);
    if (!before) throw notFound('NUMBERING_BOOK_NOT_FOUND');
    assertVersion(before, dto.version);

    const template = dto.template ?? before.template;
    const counterScope = dto.counterScope ?? before.counterScope;
    if (dto.template !== undefined || dto.counterScope !== undefined) this.assertUsable(template, counterScope);
    if (counterScope !== before.counterScope) await this.assertNoCasesThisYear(before);
    if (dto.isDefault === false && before.isDefault) throw conflict('NUMBERING_BOOK_DEFAULT_REQUIRED');
    if (dto.isDefault === true && !before.isDefault) await this.clearDefault();

    const changes: Partial<NumberingBook> = { template, counterScope };
    if (dto.name !== undefined) changes.name = dto.name;
    if (dto.isDefault === true) changes.isDefault = true;
    await this.books.update(id, { ...changes, version: before.version + 1 });
    const after = await this.get(id);
    await this.audit.record({ action: 'numbering-book.update', entityType: 'NumberingBook', entityId: id, before, after });
    return after;
  }

  /** The same error registration would give: INVALID_NUMBER_TEMPLATE with every problem in `reason`. */
  private assertUsable(template: string, scope: CounterScope): void {
    formatCaseNumber(template, this.sampleParts(), scope);
  }

  /**
   * A new scope means new counter keys starting again at 1, so within a year that already has
   * numbers the serials would repeat. Later years count too: they exist only if the clock was
   * ever ahead, and their serials would repeat just the same.
   */
  private async assertNoCasesThisYear(book: NumberingBook): Promise<void> {
    const { year } = belgradeCalendarDate(this.clock.now());
    if (await this.books.numberedSince(book.id, year)) throw conflict('NUMBERING_SCOPE_IN_USE', { year, code: book.code });
  }

  /** Takes the default flag off the current default book (exactly one book carries it). */
  private async clearDefault(): Promise<void> {
    for (const previous of await this.books.lockDefaults()) {
      await this.books.update(previous.id, { isDefault: false, version: previous.version + 1 });
      const after = await this.get(previous.id);
      await this.audit.record({ action: 'numbering-book.update', entityType: 'NumberingBook', entityId: previous.id, before: previous, after });
    }
  }

  /** A sample registration now: class 351, unit 04, serial 124, this year on the Belgrade calendar. */
  private sampleParts(): NumberParts {
    const registeredAt = this.clock.now();
    return { classCode: '351', unitCode: '04', serial: 124, year: belgradeCalendarDate(registeredAt).year, registeredAt };
  }
}
