import { ArchiveEntry } from '../libs/archive/archive-entry.entity.js';
import { ArchiveLoan } from '../libs/archive/archive-loan.entity.js';
import { ArchiveRepository } from '../libs/archive/archive.repository.js';
import { DisposalList } from '../libs/archive/disposal-list.entity.js';
import { Attachment, AttachmentVersion } from '../libs/attachments/attachment.entity.js';
import { AttachmentRepository } from '../libs/attachments/attachment.repository.js';
import { CaseFile } from '../libs/cases/case-file.entity.js';
import { CaseHold } from '../libs/cases/case-hold.entity.js';
import { CaseRepository } from '../libs/cases/case.repository.js';
import { AttorneyCase } from '../libs/registers/attorney-cases/attorney-case.entity.js';
import { AttorneyCaseRepository } from '../libs/registers/attorney-cases/attorney-case.repository.js';
import { DisplacedPerson } from '../libs/registers/displaced-persons/displaced-person.entity.js';
import { DisplacedPersonRepository } from '../libs/registers/displaced-persons/displaced-person.repository.js';
import { RegisterEntriesRepository } from '../libs/registers/shared/kit/register-entries.repository.js';
import { RegisterChangesRepository } from '../libs/registers/shared/register-changes.repository.js';
import { WorkBook, WorkBookMovement } from '../libs/registers/work-books/work-book.entity.js';
import { WorkBookRepository } from '../libs/registers/work-books/work-book.repository.js';
import type { SqlSnapshotTarget } from '../libs/database/sql-snapshots.js';
import { BooksRepository } from '../libs/documents/books.repository.js';
import { ReportsRepository } from '../libs/reports/reports.repository.js';

/** The repositories whose statements are snapshotted, and where (`npm run sync:sql`; test/medium/sql-snapshots). */
export const SQL_SNAPSHOTS: SqlSnapshotTarget[] = [
  {
    file: 'libs/archive/queries/archive.repository.sql',
    repository: ArchiveRepository,
    entities: [ArchiveEntry, ArchiveLoan, DisposalList, CaseFile],
    create: (db) => new ArchiveRepository(db),
  },
  {
    file: 'libs/attachments/queries/attachment.repository.sql',
    repository: AttachmentRepository,
    entities: [Attachment, AttachmentVersion],
    create: (db) => new AttachmentRepository(db),
  },
  { file: 'libs/cases/queries/case.repository.sql', repository: CaseRepository, entities: [CaseFile, CaseHold], create: (db) => new CaseRepository(db) },
  // Raw SQL only: no entity metadata needed.
  { file: 'libs/documents/queries/books.repository.sql', repository: BooksRepository, entities: [], create: (db) => new BooksRepository(db) },
  { file: 'libs/reports/queries/reports.repository.sql', repository: ReportsRepository, entities: [], create: (db) => new ReportsRepository(db) },
  {
    file: 'libs/registers/attorney-cases/queries/attorney-case.repository.sql',
    repository: AttorneyCaseRepository,
    entities: [AttorneyCase, CaseFile],
    create: (db) => new AttorneyCaseRepository(db),
  },
  {
    file: 'libs/registers/displaced-persons/queries/displaced-person.repository.sql',
    repository: DisplacedPersonRepository,
    entities: [DisplacedPerson],
    create: (db) => new DisplacedPersonRepository(db),
  },
  {
    file: 'libs/registers/shared/queries/register-changes.repository.sql',
    repository: RegisterChangesRepository,
    entities: [CaseFile],
    create: (db) => new RegisterChangesRepository(db),
  },
  {
    // The kit's generic SQL, shown on the work books register's shape.
    file: 'libs/registers/shared/kit/queries/register-entries.repository.sql',
    repository: RegisterEntriesRepository,
    entities: [WorkBook],
    create: (db) => new RegisterEntriesRepository(db),
  },
  {
    file: 'libs/registers/work-books/queries/work-book.repository.sql',
    repository: WorkBookRepository,
    entities: [WorkBook, WorkBookMovement],
    create: (db) => new WorkBookRepository(db),
  },
];
