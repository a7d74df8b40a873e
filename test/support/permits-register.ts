import { ApiProperty } from '@nestjs/swagger';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { PageOf } from '../../libs/shared/response-dto.js';
import { defineRegister, RegisterExportQueryDto, registerLabels, RegisterLinksDto, RegisterListQueryDto } from '../../libs/registers/shared/index.js';

/**
 * A seventh register, for tests only: street-trading permits (dozvole za uličnu prodaju). It is
 * its declaration and nothing else — the kit lists, searches, exports, shows history and checks
 * access from it (test/medium/seventh-register.medium-spec.ts; the worked example in docs/registers.md).
 * Its table is created by the test, as a real register's migration would.
 */
@Entity({ name: 'permit' })
export class Permit {
  @PrimaryColumn('uuid') id: string;
  @Column() version: number;
  @Column() number: string;
  @Column() holderName: string;
  /** JMBG: personal data. */
  @Column() holderPersonalId: string;
  @Column({ type: 'date' }) issuedOn: string;
  @Column() searchText: string;
}

export const PERMIT_TABLE = `
  CREATE TABLE permit (
    id uuid PRIMARY KEY,
    version integer NOT NULL,
    number text NOT NULL UNIQUE,
    holder_name text NOT NULL,
    holder_personal_id text NOT NULL,
    issued_on date NOT NULL,
    search_text text NOT NULL
  )`;

class PermitHolderDto {
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, nullable: true }) personalId!: string | null;
}

export class PermitDto extends RegisterLinksDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() version!: number;
  @ApiProperty() number!: string;
  @ApiProperty({ type: PermitHolderDto }) holder!: PermitHolderDto;
  @ApiProperty({ format: 'date' }) issuedOn!: string;
}

export class PermitPageDto extends PageOf(PermitDto) {}

const PERMIT_LABELS = registerLabels({
  en: { fileName: 'permits', title: 'Street-trading permits', count: 'Entries: {count}', columns: { number: 'Permit no.', holder: 'Holder', personalId: 'Personal ID (JMBG)', issuedOn: 'Issued on', cases: 'Cases' } },
  'sr-Latn': { fileName: 'dozvole', title: 'Dozvole za uličnu prodaju', count: 'Broj upisa: {count}', columns: { number: 'Broj dozvole', holder: 'Imalac', personalId: 'JMBG', issuedOn: 'Izdata', cases: 'Predmeti' } },
  bs: { fileName: 'dozvole', title: 'Dozvole za uličnu prodaju', count: 'Broj upisa: {count}', columns: { number: 'Broj dozvole', holder: 'Imalac', personalId: 'JMBG', issuedOn: 'Izdata', cases: 'Predmeti' } },
  cnr: { fileName: 'dozvole', title: 'Dozvole za uličnu prodaju', count: 'Broj upisa: {count}', columns: { number: 'Broj dozvole', holder: 'Imalac', personalId: 'JMBG', issuedOn: 'Izdata', cases: 'Predmeti' } },
  mk: { fileName: 'dozvoli', title: 'Дозволи за улична продажба', count: 'Број на записи: {count}', columns: { number: 'Број на дозвола', holder: 'Имател', personalId: 'ЕМБГ', issuedOn: 'Издадена', cases: 'Предмети' } },
  bg: { fileName: 'razreshitelni', title: 'Разрешителни за улична търговия', count: 'Брой записи: {count}', columns: { number: 'Номер', holder: 'Притежател', personalId: 'ЕГН / JMBG', issuedOn: 'Издадено', cases: 'Преписки' } },
});

const permitView = ({ entry, cases }: { entry: Permit; cases: Array<{ id: string; number: string }> }) => ({
  id: entry.id,
  version: entry.version,
  number: entry.number,
  holder: { name: entry.holderName, personalId: entry.holderPersonalId },
  issuedOn: entry.issuedOn,
  caseIds: cases.map((ref) => ref.id),
  cases,
});

export const PERMITS = defineRegister({
  name: 'permits',
  subject: 'Permit',
  entity: Permit,
  alias: 'p',
  search: ['p.search_text'],
  order: [
    ['p.number', 'ASC'],
    ['p.id', 'ASC'],
  ],
  summary: permitView,
  view: async (row) => permitView(row),
  personalIds: (permit) => ({ personalId: permit.holderPersonalId }),
  labels: PERMIT_LABELS,
  columns: [
    { header: (l) => l.columns.number, value: ({ entry }) => entry.number, weight: 5 },
    { header: (l) => l.columns.holder, value: ({ entry }) => entry.holderName, weight: 10 },
    { header: (l) => l.columns.personalId, value: ({ entry }) => entry.holderPersonalId, personal: true },
    { header: (l) => l.columns.issuedOn, value: ({ entry }) => entry.issuedOn, kind: 'date', weight: 5 },
    { header: (l) => l.columns.cases, value: ({ cases }) => cases.map((ref) => ref.number).join(', '), weight: 8 },
  ],
  dto: { listQuery: RegisterListQueryDto, exportQuery: RegisterExportQueryDto, page: PermitPageDto, view: PermitDto },
});
