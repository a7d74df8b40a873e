import { ArchiveEntry } from '../libs/archive/archive-entry.entity.js';
import { ArchiveLoan } from '../libs/archive/archive-loan.entity.js';
import { ArchiveRepository } from '../libs/archive/archive.repository.js';
import { DisposalList } from '../libs/archive/disposal-list.entity.js';
import { Attachment, AttachmentVersion } from '../libs/attachments/attachment.entity.js';
import { AttachmentRepository } from '../libs/attachments/attachment.repository.js';
import { CaseFile } from '../libs/cases/case-file.entity.js';
import { CaseHold } from '../libs/cases/case-hold.entity.js';
import { CaseAct } from '../libs/cases/case-act.entity.js';
import { CaseDelivery } from '../libs/cases/case-delivery.entity.js';
import { CaseDeliveryRepository } from '../libs/cases/case-delivery.repository.js';
import { CaseSearchRepository } from '../libs/cases/case-search.repository.js';
import { CaseRepository } from '../libs/cases/case.repository.js';
import { OutgoingMail } from '../libs/cases/outgoing-mail.entity.js';
import { OutgoingMailRepository } from '../libs/cases/outgoing-mail.repository.js';
import { AttorneyCase, AttorneyCaseDecision, AttorneyCaseHearing, AttorneyCaseParty } from '../libs/registers/attorney-cases/attorney-case.entity.js';
import { AttorneyCaseRepository } from '../libs/registers/attorney-cases/attorney-case.repository.js';
import { DisplacedPerson } from '../libs/registers/displaced-persons/displaced-person.entity.js';
import { DisplacedPersonAssistance, DisplacedPersonDocument, DisplacedPersonFamilyLink, DisplacedPersonStatus } from '../libs/registers/displaced-persons/displaced-person-records.entity.js';
import { DisplacedPersonRepository } from '../libs/registers/displaced-persons/displaced-person.repository.js';
import { HousingBuyoutPayment } from '../libs/registers/housing-buyouts/housing-buyout-payment.entity.js';
import { HousingBuyoutIndexEntry, HousingBuyoutInstalment } from '../libs/registers/housing-buyouts/housing-buyout-schedule.entity.js';
import { HousingBuyout } from '../libs/registers/housing-buyouts/housing-buyout.entity.js';
import { HousingBuyoutRepository } from '../libs/registers/housing-buyouts/housing-buyout.repository.js';
import { RegisterEntriesRepository } from '../libs/registers/shared/kit/register-entries.repository.js';
import { RegisterChangesRepository } from '../libs/registers/shared/register-changes.repository.js';
import { WorkBook, WorkBookMovement } from '../libs/registers/work-books/work-book.entity.js';
import { WorkBookRepository } from '../libs/registers/work-books/work-book.repository.js';
import type { SqlSnapshotTarget } from '../libs/database/sql-snapshots.js';
import { Role } from '../libs/access/role.entity.js';
import { AuditEntry } from '../libs/audit/audit-entry.entity.js';
import { AuditRepository } from '../libs/audit/audit.repository.js';
import { AuthRepository } from '../libs/auth/auth.repository.js';
import { ClassificationMark } from '../libs/classification/classification-mark.entity.js';
import { ClassificationRepository } from '../libs/classification/classification.repository.js';
import { LoginAttempt } from '../libs/auth/login-attempt.entity.js';
import { RefreshToken } from '../libs/auth/refresh-token.entity.js';
import { HealthRepository } from '../libs/health/health.repository.js';
import { NumberingBook } from '../libs/numbering/numbering-book.entity.js';
import { NumberingRepository } from '../libs/numbering/numbering.repository.js';
import { OrgUnit } from '../libs/org/org-unit.entity.js';
import { OrgUnitRepository } from '../libs/org/org-unit.repository.js';
import { Position } from '../libs/org/position.entity.js';
import { PositionRepository } from '../libs/org/position.repository.js';
import { RoleRepository } from '../libs/org/role.repository.js';
import { User } from '../libs/org/user.entity.js';
import { UserRepository } from '../libs/org/user.repository.js';
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
  { file: 'libs/cases/queries/case.repository.sql', repository: CaseRepository, entities: [CaseFile, CaseHold, CaseAct], create: (db) => new CaseRepository(db) },
  {
    file: 'libs/cases/queries/case-search.repository.sql',
    repository: CaseSearchRepository,
    entities: [CaseFile],
    create: (db) => new CaseSearchRepository(db),
  },
  {
    file: 'libs/cases/queries/case-delivery.repository.sql',
    repository: CaseDeliveryRepository,
    entities: [CaseDelivery, CaseFile],
    create: (db) => new CaseDeliveryRepository(db),
  },
  {
    file: 'libs/cases/queries/outgoing-mail.repository.sql',
    repository: OutgoingMailRepository,
    entities: [OutgoingMail, CaseFile, CaseAct],
    create: (db) => new OutgoingMailRepository(db),
  },
  { file: 'libs/audit/queries/audit.repository.sql', repository: AuditRepository, entities: [AuditEntry], create: (db) => new AuditRepository(db) },
  {
    file: 'libs/auth/queries/auth.repository.sql',
    repository: AuthRepository,
    entities: [User, LoginAttempt, RefreshToken],
    create: (db) => new AuthRepository(db),
  },
  {
    file: 'libs/classification/queries/classification.repository.sql',
    repository: ClassificationRepository,
    entities: [ClassificationMark],
    create: (db) => new ClassificationRepository(db),
  },
  { file: 'libs/health/queries/health.repository.sql', repository: HealthRepository, entities: [], create: (db) => new HealthRepository(db) },
  {
    file: 'libs/numbering/queries/numbering.repository.sql',
    repository: NumberingRepository,
    entities: [NumberingBook],
    create: (db) => new NumberingRepository(db),
  },
  { file: 'libs/org/queries/org-unit.repository.sql', repository: OrgUnitRepository, entities: [OrgUnit], create: (db) => new OrgUnitRepository(db) },
  {
    file: 'libs/org/queries/position.repository.sql',
    repository: PositionRepository,
    entities: [Position, Role],
    create: (db) => new PositionRepository(db),
  },
  { file: 'libs/org/queries/role.repository.sql', repository: RoleRepository, entities: [Role], create: (db) => new RoleRepository(db) },
  { file: 'libs/org/queries/user.repository.sql', repository: UserRepository, entities: [User], create: (db) => new UserRepository(db) },
  // Raw SQL only: no entity metadata needed.
  { file: 'libs/documents/queries/books.repository.sql', repository: BooksRepository, entities: [], create: (db) => new BooksRepository(db) },
  { file: 'libs/reports/queries/reports.repository.sql', repository: ReportsRepository, entities: [], create: (db) => new ReportsRepository(db) },
  {
    file: 'libs/registers/attorney-cases/queries/attorney-case.repository.sql',
    repository: AttorneyCaseRepository,
    entities: [AttorneyCase, AttorneyCaseParty, AttorneyCaseHearing, AttorneyCaseDecision, CaseFile],
    create: (db) => new AttorneyCaseRepository(db),
  },
  {
    file: 'libs/registers/displaced-persons/queries/displaced-person.repository.sql',
    repository: DisplacedPersonRepository,
    entities: [DisplacedPerson, DisplacedPersonStatus, DisplacedPersonDocument, DisplacedPersonFamilyLink, DisplacedPersonAssistance],
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
  {
    file: 'libs/registers/housing-buyouts/queries/housing-buyout.repository.sql',
    repository: HousingBuyoutRepository,
    entities: [HousingBuyout, HousingBuyoutIndexEntry, HousingBuyoutInstalment, HousingBuyoutPayment],
    create: (db) => new HousingBuyoutRepository(db),
  },
];
