import { In } from 'typeorm';
import { Role } from '../../libs/access/index.js';
import { CaseRegistrationService } from '../../libs/cases/case-registration.service.js';
import { CaseWorkflowService } from '../../libs/cases/case-workflow.service.js';
import { AssignCaseDto, CaseActionDto } from '../../libs/cases/dto/case-commands.dto.js';
import { RegisterCaseDto } from '../../libs/cases/dto/register-case.dto.js';
import { CreateOrgUnitDto } from '../../libs/org/dto/org-unit.dto.js';
import { CreatePositionDto } from '../../libs/org/dto/position.dto.js';
import { CreateUserDto } from '../../libs/org/dto/user.dto.js';
import { OrgUnitsService, PositionsService, UsersService } from '../../libs/org/index.js';
import { BusinessesService } from '../../libs/registers/businesses/businesses.service.js';
import { CreateBusinessDto } from '../../libs/registers/businesses/dto/business.dto.js';
import { jmbgCheckDigit } from '../../libs/shared/jmbg.js';
import { dto, type MediumApp } from './medium-app.js';

/**
 * Test data for the medium tier, one maker per entity, each row made through the application's own
 * service with its own validation, so it is a row the application could have made. Every maker
 * gives unique values (codes, usernames, registration numbers), so tests never collide with each
 * other's rows, and takes overrides for what a test is about. Nothing comes from the demo data set.
 */

/** Unique within the suite's database (a suite has a database of its own). */
let sequence = 0;
const next = () => ++sequence;

/** A valid JMBG, different for each `n`: born on a day of 1985, region 71 (Belgrade). */
export function jmbg(n: number): string {
  const first12 = `${String((n % 28) + 1).padStart(2, '0')}${String((Math.floor(n / 28) % 12) + 1).padStart(2, '0')}98571${String(n % 1000).padStart(3, '0')}`;
  return `${first12}${jmbgCheckDigit(first12)}`;
}

export interface NewUser {
  id: string;
  username: string;
  fullName: string;
  /** The unit of the one position the user holds. */
  orgUnitId: string;
  positionId: string;
}

export type NewCase = Awaited<ReturnType<CaseRegistrationService['registerIncomingSubmission']>>;

export interface NewCaseOptions extends Partial<Omit<RegisterCaseDto, 'party'>> {
  party?: RegisterCaseDto['party'];
  /** Registers it (default: a registry clerk of the factory's own). */
  registrar?: NewUser;
  /** Handed to this official by the registrar; the case is then in their unit. */
  assignee?: NewUser;
  /** …and accepted by them (in_progress). */
  accepted?: boolean;
}

export interface NewRegisterEntryOptions extends Partial<Omit<CreateBusinessDto, 'owner'>> {
  owner?: CreateBusinessDto['owner'];
  /** Keeps the register (default: a new official who keeps the businesses register). */
  keeper?: NewUser;
}

export class Factories {
  private registrar?: Promise<NewUser>;

  constructor(private readonly medium: MediumApp) {}

  /** A top-level organisational unit. */
  async newUnit(overrides: Partial<CreateOrgUnitDto> = {}) {
    const n = next();
    const body = await dto(CreateOrgUnitDto, { code: `U${n}`, name: `Odeljenje ${n}`, ...overrides });
    return this.medium.system(() => this.medium.get(OrgUnitsService).create(body));
  }

  /** A user holding one position, in `unit` (default: a new unit), with the built-in roles named by code. */
  async newUser(options: { roles?: string[]; unit?: { id: string }; fullName?: string } = {}): Promise<NewUser> {
    const n = next();
    const roles = options.roles ?? ['official'];
    const unit = options.unit ?? (await this.newUnit());
    return this.medium.system(async () => {
      const found = await this.medium.dataSource.getRepository(Role).findBy({ code: In(roles) });
      if (found.length !== roles.length) throw new Error(`no such role among ${roles.join(', ')}`);
      const user = await this.medium
        .get(UsersService)
        .create(await dto(CreateUserDto, { username: `user${n}`, fullName: options.fullName ?? `Korisnik Broj${n}`, password: `lozinka-${n}-test` }));
      const position = await this.medium
        .get(PositionsService)
        .create(await dto(CreatePositionDto, { title: `Radno mesto ${n}`, orgUnitId: unit.id, userId: user.id, roleIds: found.map((role) => role.id) }));
      return { id: user.id, username: user.username, fullName: user.fullName, orgUnitId: unit.id, positionId: position.id };
    });
  }

  /** The registry clerk who registers the factory's cases unless a test names another. */
  registryClerk(): Promise<NewUser> {
    this.registrar ??= this.newUser({ roles: ['registry-clerk'] });
    return this.registrar;
  }

  /**
   * A case registered at the registry office (class 352, counter, no legal deadline unless
   * overridden), optionally handed to an official and accepted by them. Returns the case as the
   * last step answered it.
   */
  async newCase(options: NewCaseOptions = {}): Promise<NewCase> {
    const { registrar = await this.registryClerk(), assignee, accepted, ...fields } = options;
    const n = next();
    const orgUnitId = fields.orgUnitId ?? assignee?.orgUnitId ?? (await this.newUnit()).id;
    const body = await dto(RegisterCaseDto, {
      classificationCode: '352',
      subject: `Zahtev broj ${n}`,
      party: { name: `Stranka Broj${n}`, address: `Ulica ${n}, Demo` },
      receivedVia: 'counter',
      ...fields,
      orgUnitId,
    });
    let file: NewCase = await this.medium.as(registrar, (principal) => this.medium.get(CaseRegistrationService).registerIncomingSubmission(principal, body));
    if (assignee) {
      const assign = await dto(AssignCaseDto, { assigneeId: assignee.id, version: file.version });
      file = { ...file, ...(await this.medium.as(registrar, (principal) => this.medium.get(CaseWorkflowService).assign(principal, file.id, assign))) };
      if (accepted) {
        const accept = await dto(CaseActionDto, { version: file.version });
        file = { ...file, ...(await this.medium.as(assignee, (principal) => this.medium.get(CaseWorkflowService).act(principal, file.id, 'accept', accept))) };
      }
    }
    return file;
  }

  /**
   * An entry in a register: a shop entered in the businesses register by its keeper, within a case
   * of theirs (default: a new case handed to the keeper and accepted). Returns the entry as the
   * keeper sees it after the change, with the keeper and the case.
   */
  async newRegisterEntry(options: NewRegisterEntryOptions = {}) {
    const { keeper = await this.newUser({ roles: ['official', 'business-register-keeper'] }), ...fields } = options;
    const n = next();
    const caseId = fields.caseId ?? (await this.newCase({ assignee: keeper, accepted: true, subject: `Upis radnje broj ${n}` })).id;
    const body = await dto(CreateBusinessDto, {
      registrationNumber: String(60_000_000 + n),
      tradeName: `Radnja „Broj ${n}“ PR Demo`,
      owner: { name: `Preduzetnik Broj${n}`, personalId: jmbg(n) },
      activityCode: '96.02',
      address: `Glavna ${n}, Demo`,
      startedOn: '2020-01-15',
      ...fields,
      caseId,
    });
    const entry = await this.medium.as(keeper, (principal) => this.medium.get(BusinessesService).create(principal, body));
    return { entry, keeper, caseId };
  }
}
