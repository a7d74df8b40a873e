import { addDays, belgradeDate } from '../../libs/cases/zup-deadline.js';
import { DEMO_PASSWORD } from './demo.js';
import { DEMO_ORGANISATION } from './demo-history.js';
import { demoSubmissionScan } from './demo-scan.js';
import { CLASS_PROFILES, type ClassProfile } from './scale/classes.js';
import { Random, Weighted } from './scale/random.js';
import { fillSubject, party } from './scale/vocabulary.js';

/** What this morning's work left. */
export interface DemoToday {
  registered: number;
  scans: number;
  /** Urban planning's new cases, waiting for its head to assign them. */
  waitingForHead: number;
  handedToOfficial: number;
  resolved: number;
  lent: number;
}

/** Submissions the registry office takes in this morning; the first few are urban planning's. */
const MORNING_SUBMISSIONS = 14;
const FOR_URBAN_PLANNING = 5;
const SCANNED = 8;
const OFFICIALS_CASES_SCANNED = 6;
const DECIDED = 2;
const LOANS = 2;

interface CaseRef {
  id: string;
  number: string;
  version: number;
  partyName: string;
  /** Only the registration's answer carries it. */
  partyAddress?: string | null;
  subject: string;
}

/**
 * This morning in the demo municipality, done through the API as the clerks do it, so that every
 * rule, number, stamp and audit entry is the application's own: the registry office registers
 * the morning's submissions and scans some of them with the reception stamp; the head of urban
 * planning passes two of its new cases on to the official (hand-overs not yet confirmed); the
 * official scans papers into open cases and decides two of them; the archivist lends two
 * archived cases.
 */
export async function seedDemoToday(baseUrl: string, options: { now?: Date } = {}): Promise<DemoToday> {
  const today = belgradeDate(options.now ?? new Date());
  const random = new Random(Number(today.replaceAll('-', '')));
  const [registry, head, official, archivist] = await Promise.all(['registry', 'head', 'official', 'archivist'].map((username) => DemoClerk.signIn(baseUrl, username)));
  const units = new Map<string, string>(
    (await registry.get<{ items: Array<{ id: string; code: string }> }>('/api/org-units?pageSize=200')).items.map((unit) => [unit.code, unit.id]),
  );
  const urbanPlanning = units.get('04')!;

  const classes = new Weighted(CLASS_PROFILES.map((profile) => [profile, profile.weight] as const));
  const urbanClasses = new Weighted(CLASS_PROFILES.filter((profile) => DEMO_ORGANISATION.handlerOf(profile.unit) === '04').map((profile) => [profile, profile.weight] as const));
  const registered: CaseRef[] = [];
  const forUrbanPlanning: CaseRef[] = [];
  for (let i = 0; i < MORNING_SUBMISSIONS; i += 1) {
    const profile = (i < FOR_URBAN_PLANNING ? urbanClasses : classes).draw(random);
    const unitId = units.get(DEMO_ORGANISATION.handlerOf(profile.unit))!;
    const created = await registry.post<CaseRef>('/api/cases', submission(random, profile, unitId, Number(today.slice(0, 4))));
    registered.push(created);
    if (unitId === urbanPlanning) forUrbanPlanning.push(created);
  }

  let scans = 0;
  const scan = async (clerk: DemoClerk, file: CaseRef) => {
    const pdf = await demoSubmissionScan({ partyName: file.partyName, partyAddress: file.partyAddress ?? '', subject: file.subject, day: today });
    await clerk.upload(`/api/cases/${file.id}/attachments?stamp=true`, pdf, `sken-${file.number.replace(/\W+/g, '-')}.pdf`);
    scans += 1;
  };
  for (const file of registered.slice(0, SCANNED)) await scan(registry, file);

  const officialId = (await official.get<{ id: string }>('/api/me')).id;
  const passedOn = forUrbanPlanning.slice(0, 2);
  for (const file of passedOn) await head.post(`/api/cases/${file.id}/assign`, { assigneeId: officialId });

  const open = await official.get<{ items: CaseRef[] }>(`/api/cases?assigneeId=${officialId}&status=in_progress&pageSize=${OFFICIALS_CASES_SCANNED}`);
  for (const file of open.items) await scan(official, file);
  // Two of them are decided this morning.
  const decided = open.items.slice(0, DECIDED);
  for (const file of decided) {
    const { version } = await official.get<{ version: number }>(`/api/cases/${file.id}`);
    await official.post(`/api/cases/${file.id}/actions/resolve`, { version, resolution: 'Rešenjem usvojen zahtev stranke', resolutionKind: 'granted' });
  }

  const archived = await archivist.get<{ items: CaseRef[] }>(`/api/cases?status=archived&pageSize=${LOANS}`);
  for (const file of archived.items) {
    await archivist.post(`/api/cases/${file.id}/actions/lend`, {
      version: file.version,
      borrower: { name: 'Ana Petrović', userId: officialId, purpose: 'Uvid u raniji predmet iste stranke', dueOn: addDays(today, 15) },
    });
  }
  return { registered: registered.length, scans, waitingForHead: forUrbanPlanning.length - passedOn.length, handedToOfficial: passedOn.length, resolved: decided.length, lent: archived.items.length };
}

/** A submission as the registry clerk types it in. */
function submission(random: Random, profile: ClassProfile, orgUnitId: string, year: number) {
  const cyrillic = random.chance(0.25);
  const who = party(random, cyrillic, { company: profile.companies ?? 0.1, institution: 0.04 });
  const administrativeProcedure = random.chance(profile.administrative);
  return {
    classificationCode: profile.code,
    orgUnitId,
    subject: fillSubject(random.pick(profile.subjects), random, year),
    party: { name: who.name, address: who.address, ...(who.personalId ? { personalId: who.personalId } : {}) },
    receivedVia: random.pick(['counter', 'counter', 'counter', 'post', 'email', 'portal'] as const),
    attachmentsCount: random.int(0, 3),
    administrativeProcedure,
    examinationProcedure: administrativeProcedure && random.chance(profile.examination),
  };
}

/** A demo user signed in to the API; a refused request stops the seeding with what the API said. */
class DemoClerk {
  private constructor(
    private readonly baseUrl: string,
    private readonly username: string,
    private readonly token: string,
  ) {}

  static async signIn(baseUrl: string, username: string): Promise<DemoClerk> {
    const response = await fetch(`${baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: DEMO_PASSWORD }),
    });
    const body = await answer<{ accessToken: string }>(response, `${username}: sign in`);
    return new DemoClerk(baseUrl, username, body.accessToken);
  }

  get<T>(path: string): Promise<T> {
    return this.send<T>('GET', path);
  }

  post<T = unknown>(path: string, body: unknown): Promise<T> {
    return this.send<T>('POST', path, JSON.stringify(body), 'application/json');
  }

  upload(path: string, pdf: Uint8Array, filename: string): Promise<unknown> {
    const form = new FormData();
    form.append('file', new Blob([pdf], { type: 'application/pdf' }), filename);
    return this.send('POST', path, form);
  }

  private async send<T>(method: string, path: string, body?: string | FormData, contentType?: string): Promise<T> {
    const headers: Record<string, string> = { authorization: `Bearer ${this.token}` };
    if (contentType) headers['content-type'] = contentType;
    return answer<T>(await fetch(`${this.baseUrl}${path}`, { method, headers, body }), `${this.username}: ${method} ${path.split('?')[0]}`);
  }
}

async function answer<T>(response: Response, step: string): Promise<T> {
  const text = await response.text();
  if (!response.ok) throw new Error(`demo data: ${step} answered ${response.status} ${text.slice(0, 300)}`);
  return (text ? JSON.parse(text) : undefined) as T;
}
