import { Injectable } from '@nestjs/common';

type PartReader = (caseId: string) => Promise<unknown>;

/**
 * Parts of the case as `GET /cases/:id` answers it that other modules keep (the archive: its
 * book entry and loans). They register a reader at start-up, so `cases` reads them without
 * knowing those modules; a part nobody registered reads as null.
 */
@Injectable()
export class CaseDetailParts {
  private readonly readers = new Map<string, PartReader>();

  provide(name: string, reader: PartReader): void {
    this.readers.set(name, reader);
  }

  async read(name: string, caseId: string): Promise<unknown> {
    return (await this.readers.get(name)?.(caseId)) ?? null;
  }
}
