import type { DataSource, EntityManager } from 'typeorm';
import { recordSystemAudit } from '../../libs/audit/audit.service.js';
import { hashPassword } from '../../libs/org/passwords.js';

export const DEMO_PASSWORD = 'demo';

interface DemoUnit { code: string; name: string; parent?: string }
interface DemoUser { username: string; fullName: string; position: string; unit: string; roles: string[]; description: string }

/** A small municipal administration: the registry office and archive, and departments that process cases. */
export const DEMO_UNITS: DemoUnit[] = [
  { code: 'OU', name: 'Opštinska uprava opštine Demo' },
  { code: '01', name: 'Odeljenje za opštu upravu i zajedničke poslove', parent: 'OU' },
  { code: '01-1', name: 'Pisarnica', parent: '01' },
  { code: '01-2', name: 'Arhiva', parent: '01' },
  { code: '02', name: 'Odeljenje za budžet i finansije', parent: 'OU' },
  { code: '03', name: 'Odeljenje za privredu i lokalni ekonomski razvoj', parent: 'OU' },
  { code: '04', name: 'Odeljenje za urbanizam, građevinske i komunalne poslove', parent: 'OU' },
  { code: '05', name: 'Odeljenje za imovinsko-pravne i stambene poslove', parent: 'OU' },
  { code: '06', name: 'Odeljenje za društvene delatnosti', parent: 'OU' },
  { code: '07', name: 'Opštinsko pravobranilaštvo', parent: 'OU' },
];

export const DEMO_USERS: DemoUser[] = [
  { username: 'admin', fullName: 'Marko Marković', position: 'Administrator informacionog sistema', unit: '01', roles: ['administrator'], description: 'administrator: units, users, positions, roles, classification plan, audit' },
  { username: 'registry', fullName: 'Jelena Jovanović', position: 'Službenik pisarnice', unit: '01-1', roles: ['registry-clerk'], description: 'registry clerk (pisarnica): registers cases for all units' },
  { username: 'head', fullName: 'Dragan Nikolić', position: 'Načelnik Odeljenja za urbanizam', unit: '04', roles: ['head-of-unit'], description: 'head of unit 04 (urban planning): assigns the unit\'s cases' },
  { username: 'official', fullName: 'Ana Petrović', position: 'Samostalni savetnik za urbanizam', unit: '04', roles: ['official'], description: 'official in unit 04 (urban planning)' },
  { username: 'official2', fullName: 'Milan Đorđević', position: 'Savetnik za imovinsko-pravne poslove', unit: '05', roles: ['official', 'real-estate-keeper', 'housing-buyout-keeper'], description: 'official in unit 05 (property and housing); keeps the real estate and housing buyout registers' },
  { username: 'economy', fullName: 'Snežana Ilić', position: 'Referent za privredu', unit: '03', roles: ['official', 'business-register-keeper', 'work-books-keeper'], description: 'official in unit 03 (economy); keeps the business register and work books' },
  { username: 'social', fullName: 'Goran Pavlović', position: 'Poverenik za izbeglice', unit: '06', roles: ['official', 'displaced-persons-commissioner'], description: 'official in unit 06 (social affairs); keeps the register of refugees and displaced persons' },
  { username: 'attorney', fullName: 'Mirjana Kostić', position: 'Opštinski pravobranilac', unit: '07', roles: ['official', 'municipal-attorney'], description: 'municipal attorney (unit 07); keeps the attorney\'s registry' },
  { username: 'manager', fullName: 'Zoran Lazić', position: 'Načelnik opštinske uprave', unit: 'OU', roles: ['management'], description: 'head of the administration: reports for every unit' },
  { username: 'archivist', fullName: 'Vesna Stojanović', position: 'Arhivar', unit: '01-2', roles: ['archivist', 'disposal-committee'], description: 'archivist: archive book, lending, disposal lists' },
];

/** Creates the demo organisation and users once; later starts find the marker and do nothing. */
export async function seedDemo(dataSource: DataSource): Promise<boolean> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return dataSource.transaction(async (manager) => {
    const inserted = await manager.query(`INSERT INTO seed_marker (name) VALUES ('demo') ON CONFLICT DO NOTHING RETURNING name`);
    if (inserted.length === 0) return false;
    const unitIds = new Map<string, string>();
    for (const unit of DEMO_UNITS) {
      const [{ id }] = await manager.query('INSERT INTO org_unit (code, name, parent_id) VALUES ($1, $2, $3) RETURNING id', [unit.code, unit.name, unit.parent ? unitIds.get(unit.parent) : null]);
      unitIds.set(unit.code, id);
    }
    for (const user of DEMO_USERS) await createDemoUser(manager, user, unitIds.get(user.unit)!, passwordHash);
    await recordSystemAudit(manager, {
      action: 'demo.seed',
      entityType: 'Installation',
      entityId: 'demo',
      after: { units: DEMO_UNITS.length, users: DEMO_USERS.map((u) => u.username) },
    });
    return true;
  });
}

async function createDemoUser(manager: EntityManager, user: DemoUser, unitId: string, passwordHash: string) {
  const [{ id: userId }] = await manager.query(
    'INSERT INTO app_user (username, full_name, password_hash) VALUES ($1, $2, $3) RETURNING id',
    [user.username, user.fullName, passwordHash],
  );
  const [{ id: positionId }] = await manager.query(
    'INSERT INTO position (title, org_unit_id, user_id) VALUES ($1, $2, $3) RETURNING id',
    [user.position, unitId, userId],
  );
  await manager.query(
    'INSERT INTO position_role (position_id, role_id) SELECT $1, id FROM role WHERE code = ANY($2)',
    [positionId, user.roles],
  );
}
