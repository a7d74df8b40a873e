import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { BrowserContext, Page } from 'playwright-core';
import { checkAccessibility } from './accessibility.js';
import { journey, openPage, problemsOf, screenshot, signIn, startBrowserSuite, type BrowserSuite } from './browser.js';
import { focusMovesInto, focused, signInWithKeyboard, tabTo } from './keyboard.js';
import { layoutProblems } from './layout.js';

/**
 * The main journeys of the clerks' web application, walked in a real browser against the real
 * API, one user after another on the same case: the registry office registers it with a scan and
 * prints the receipt, the head of unit assigns it, the official processes and closes it, the
 * registry office dispatches its letter, the archivist takes it in; the administrator gives a new
 * user a position and that user sees only what it allows; the Cyrillic script turns the whole UI.
 * Each step saves a screenshot of its screen into docs/screenshots/.
 */
describe('the web application in a browser', () => {
  let suite: BrowserSuite;
  let context: BrowserContext;
  let page: Page;
  let caseNumber = '';

  beforeAll(async () => {
    suite = await startBrowserSuite();
  }, 240_000);
  afterAll(() => suite?.close());

  /** A fresh browser profile for each user; printing is recorded instead of opening a dialog. */
  async function as(username: string, password?: string, { keyboard = false } = {}): Promise<Page> {
    await context?.close();
    context = await suite.newContext();
    await context.addInitScript(() => {
      // Runs in the page (the suite is compiled without DOM types).
      const counted = globalThis as unknown as { printed: number; print(): void };
      counted.printed = 0;
      counted.print = () => {
        counted.printed += 1;
      };
    });
    page = await openPage(context);
    await (keyboard ? signInWithKeyboard : signIn)(page, username, password);
    return page;
  }

  const nav = (name: string) => page.getByRole('navigation').getByRole('link', { name, exact: true });
  const dialog = () => page.getByRole('dialog');
  const row = (text: string) => page.getByRole('row').filter({ hasText: text });
  /** A figure on the start page or the dashboard, by its label. */
  const figure = async (label: string) => Number(await page.getByRole('group', { name: label, exact: true }).getByText(/^\d+$/).textContent());
  const count = async (sql: string) => ((await suite.spis.dataSource.query(sql)) as Array<{ n: number }>)[0].n;

  /** Picks an option in a Mantine select by typing, as a keyboard user would. */
  async function choose(label: string | RegExp, typed: string, option: RegExp, scope: Page | ReturnType<Page['getByRole']> = page) {
    const input = scope.getByRole('combobox', { name: label }).or(scope.getByRole('textbox', { name: label })).first();
    await input.click();
    // Searchable pickers filter as the user types; the others only open their list.
    if (await input.isEditable()) await input.fill(typed);
    await page.getByRole('option', { name: option }).first().click();
  }

  afterAll(() => context?.close());

  /** One journey; a failure leaves a screenshot of the screen it failed on (see FAILURES). */
  const step = (name: string, steps: () => Promise<void>) => it(name, () => journey(() => page, name.replace(/\W+/g, '-').slice(0, 60), steps), 60_000);

  step('the registry clerk registers a submission with a dropped scan and prints the receipt and stamp', async () => {
    await as('registry');
    // The start page counts what waits: this morning's submissions of the lived-in municipality, letters to send.
    const receivedToday = await count(`SELECT count(*)::int AS n FROM case_file WHERE received_at >= date_trunc('day', now() AT TIME ZONE 'Europe/Belgrade') AT TIME ZONE 'Europe/Belgrade'`);
    expect(receivedToday).toBeGreaterThanOrEqual(14);
    expect(await figure('Današnji delovodnik')).toBe(receivedToday);
    expect(await figure('Otprema pošte')).toBe(await count(`SELECT count(*)::int AS n FROM outgoing_mail WHERE status = 'pending'`));
    await screenshot(page, 'home-registry');
    await nav('Zavođenje podneska').click();
    await page.getByRole('heading', { name: 'Zavođenje podneska' }).waitFor();

    await choose('Klasifikaciona oznaka', '352', /^352 — /);
    await choose('Organizaciona jedinica', 'urbaniz', /^04 — /);
    await page.getByLabel(/^Predmet/).fill('Zahtev za priključenje objekta na vodovodnu mrežu');
    await page.getByRole('combobox', { name: 'Stranka (ime ili naziv)' }).fill('Milica Marković');
    await page.getByLabel('Adresa').fill('Karađorđeva 7, Demo');
    await page.getByLabel('JMBG / matični broj').fill('1503985710126');
    await page.getByLabel('Broj priloga').fill('2');

    // Two files are dropped on the zone before the case exists (a scanned page, drawn here as the
    // scanner would deliver it, and a PDF); they go up once the number is drawn.
    const attachment = await pdfAttachment('Zahtev za prikljucenje - Milica Markovic');
    const dataTransfer = await page.evaluateHandle(async (pdfBytes) => {
      const dom = globalThis as unknown as {
        document: { createElement(tag: 'canvas'): { width: number; height: number; getContext(kind: '2d'): Canvas2d; toBlob(done: (blob: unknown) => void, type: string): void } };
        DataTransfer: new () => { items: { add(file: unknown): void } };
        File: new (parts: unknown[], name: string, options: object) => unknown;
      };
      type Canvas2d = { fillStyle: string; font: string; fillRect(x: number, y: number, w: number, h: number): void; fillText(text: string, x: number, y: number): void };
      const canvas = dom.document.createElement('canvas');
      canvas.width = 620;
      canvas.height = 877;
      const ink = canvas.getContext('2d');
      ink.fillStyle = '#fbfaf6';
      ink.fillRect(0, 0, 620, 877);
      ink.fillStyle = '#222';
      ink.font = 'bold 22px sans-serif';
      ink.fillText('ZAHTEV', 260, 110);
      ink.font = '16px sans-serif';
      const lines = ['Opštinskoj upravi opštine Demo', 'Odeljenju za urbanizam', '', 'Molim da se objekat u Karađorđevoj 7', 'priključi na gradsku vodovodnu mrežu.', '', 'U prilogu: situacioni plan, dokaz o uplati takse.', '', 'Milica Marković'];
      lines.forEach((line, i) => ink.fillText(line, 70, 190 + i * 30));
      const png = await new Promise((done) => canvas.toBlob(done, 'image/png'));
      const transfer = new dom.DataTransfer();
      transfer.items.add(new dom.File([png], 'zahtev-sken.png', { type: 'image/png' }));
      transfer.items.add(new dom.File([new Uint8Array(pdfBytes)], 'situacioni-plan.pdf', { type: 'application/pdf' }));
      return transfer;
    }, [...attachment]);
    await page.getByTestId('upload-zone').dispatchEvent('drop', { dataTransfer });
    await page.getByTestId('upload-item').nth(1).waitFor();
    await screenshot(page, 'registry-intake');

    await page.keyboard.press('Control+Enter');
    const registered = page.getByTestId('registered-number');
    await registered.waitFor();
    caseNumber = ((await registered.textContent()) ?? '').replace('Zavedeno pod brojem ', '').trim();
    expect(caseNumber).toMatch(/^352-\d+\/\d{4}-04$/);
    await page.locator('[data-testid="upload-item"][data-state="done"]').nth(1).waitFor();
    await expect(page.locator('[data-testid="upload-item"][data-state="failed"]').count()).resolves.toBe(0);

    const receipt = page.waitForResponse((response) => response.url().includes('/receipt.pdf'));
    await page.getByRole('button', { name: 'Štampaj potvrdu i štambilj' }).click();
    const answer = await receipt;
    expect(answer.status()).toBe(200);
    expect(answer.headers()['content-type']).toContain('application/pdf');
    await page.waitForFunction(() => (globalThis as unknown as { printed: number }).printed > 0);
    await expect(page.getByTestId('reception-stamp').first().textContent()).resolves.toContain(caseNumber);
    await screenshot(page, 'registry-registered');

    await nav('Današnji delovodnik').click();
    await row(caseNumber).waitFor();
    await screenshot(page, 'registry-today');
    expect(problemsOf(page)).toEqual([]);
  });

  step('the head of unit assigns the new case to an official from the list', async () => {
    await as('head');
    expect(await figure('Za signiranje')).toBeGreaterThanOrEqual(4);
    await nav('Za signiranje').click();
    const line = row(caseNumber);
    await line.waitFor();
    await screenshot(page, 'head-to-assign');
    await choose(`Dodeli ${caseNumber}`, 'Ana', /Ana Petrović/, line);
    await line.getByRole('button', { name: 'Signiraj' }).click();
    await page.getByText(`${caseNumber} je dodeljen: Ana Petrović.`).waitFor();
    await line.waitFor({ state: 'detached' });

    await nav('Opterećenost').click();
    await row('Ana Petrović').waitFor();
    await screenshot(page, 'head-workload');
    expect(problemsOf(page)).toEqual([]);
  });

  step('the official confirms the hand-over, works the case from the inbox and closes it a/a', async () => {
    await as('official');
    await nav('Prijem predaja').click();
    await row(caseNumber).waitFor();
    await screenshot(page, 'official-deliveries');

    await nav('Moji predmeti').click();
    await row(caseNumber).waitFor();
    await screenshot(page, 'official-my-cases');
    await row(caseNumber).getByRole('link', { name: caseNumber }).click();
    await page.getByRole('heading', { name: caseNumber }).waitFor();

    await page.getByRole('button', { name: 'Preuzmi' }).click();
    await page.getByText('U radu', { exact: true }).first().waitFor();

    await page.getByRole('button', { name: 'Dodaj akt' }).click();
    await dialog().getByLabel('Predmet akta').fill('Rešenje o priključenju na vodovodnu mrežu');
    await checkAccessibility(page, 'dialog-add-act');
    await dialog().getByRole('button', { name: 'Dodaj' }).click();
    await page.getByText(`Dodat akt ${caseNumber}/2.`).waitFor();

    await page.getByRole('tab', { name: 'Prilozi' }).click();
    await page.getByRole('button', { name: 'Pregled: zahtev-sken.png' }).click();
    await page.getByRole('img', { name: 'zahtev-sken.png' }).waitFor();
    await screenshot(page, 'official-case-attachments');

    await page.getByRole('button', { name: 'Zaključi a/a' }).click();
    await dialog().getByLabel('Kako je rešen (razvod)').fill('Zahtev usvojen, rešenje dostavljeno stranci.');
    await choose('Ishod', 'Usvo', /^Usvojen$/, dialog());
    await checkAccessibility(page, 'dialog-close-ad-acta');
    await dialog().getByRole('button', { name: 'Zaključi a/a' }).click();
    await dialog().waitFor({ state: 'detached' });
    await page.getByText('Zaključen a/a', { exact: true }).first().waitFor();
    await page.getByRole('tab', { name: 'Tok predmeta' }).click();
    await screenshot(page, 'official-case-page');
    expect(problemsOf(page)).toEqual([]);
  });

  step('the registry office sends the decision and records its delivery receipt', async () => {
    await as('registry');
    await nav('Otprema pošte').click();
    const letter = row(`${caseNumber}/2`);
    await letter.waitFor();
    await screenshot(page, 'registry-outgoing-mail');
    await letter.getByRole('button', { name: 'Označi kao poslato' }).click();
    await page.getByText('Označeno kao poslato.').waitFor();

    await page.locator('label').filter({ hasText: /^Poslato$/ }).click();
    await row(`${caseNumber}/2`).getByRole('button', { name: 'Upiši povratnicu' }).click();
    await dialog().getByRole('button', { name: 'Sačuvaj' }).waitFor();
    await checkAccessibility(page, 'dialog-delivery-receipt');
    await dialog().getByRole('button', { name: 'Sačuvaj' }).click();
    await page.getByText('Povratnica upisana.').waitFor();
    expect(problemsOf(page)).toEqual([]);
  });

  step('the archivist takes the closed case into the archive at a shelf and finds it in the archive book', async () => {
    await as('archivist');
    expect(await figure('Čeka arhiviranje')).toBeGreaterThan(100);
    expect(await figure('Izdavanje (revers)')).toBe(2);
    expect(await figure('Izlučivanje i predaja')).toBeGreaterThan(0);
    await nav('Čeka arhiviranje').click();
    const line = row(caseNumber);
    await line.waitFor();
    await screenshot(page, 'archivist-incoming');
    await line.getByRole('button', { name: 'Primi u arhivu' }).click();
    await dialog().getByLabel('Prostorija').fill('Depo 1');
    await dialog().getByLabel('Polica').fill('4');
    await dialog().getByLabel('Kutija').fill('12');
    await checkAccessibility(page, 'dialog-archive-take-in');
    await dialog().getByRole('button', { name: 'Primi u arhivu' }).click();
    await dialog().waitFor({ state: 'detached' });

    // The book holds years of cases: the archivist narrows it to this year's class 352.
    await nav('Arhivska knjiga').click();
    await page.getByLabel('Godina').fill(caseNumber.split('/')[1].slice(0, 4));
    await page.getByLabel('Klasa').fill('352');
    await row(caseNumber).filter({ hasText: 'Depo 1 / 4 / 12' }).waitFor();
    await screenshot(page, 'archivist-archive-book');
    await nav('Izlučivanje i predaja').click();
    await page.getByRole('heading', { name: 'Spiskovi za izlučivanje i predaju' }).waitFor();
    await screenshot(page, 'archivist-disposal');
    expect(problemsOf(page)).toEqual([]);
  });

  step('the administrator creates a user with a position, and that user sees only what the position allows', async () => {
    await as('admin');
    await nav('Uloge').click();
    await page.getByRole('heading', { name: /Ovlašćenja uloge/ }).waitFor();
    await screenshot(page, 'admin-roles');
    await nav('Brojevi predmeta').click();
    await page.getByLabel('Šablon').fill('UP-I-{unit}-{class}-{serial}/{yy}');
    await page.getByTestId('number-preview').filter({ hasText: /UP-I-04-351-\d+\/\d{2}/ }).waitFor();
    await screenshot(page, 'admin-numbering');

    await nav('Korisnici').click();
    await page.getByRole('button', { name: 'Novi korisnik' }).click();
    await dialog().getByLabel('Korisničko ime').fill('jilic');
    await dialog().getByLabel('Ime i prezime').fill('Jovana Ilić');
    await dialog().getByLabel('Lozinka').fill('kratka');
    await dialog().getByText('Najmanje 10 znakova.').waitFor();
    await dialog().getByLabel('Lozinka').fill('Vodovod-2026!');
    await dialog().getByRole('button', { name: 'Napravi' }).click();
    await page.getByText('Korisnik jilic je napravljen.').waitFor();

    const position = dialog().getByRole('form', { name: 'Dodeli radno mesto' });
    await position.getByLabel('Naziv radnog mesta').fill('Referent za komunalne poslove');
    await choose('Jedinica', 'urbaniz', /^04 — /, position);
    await choose('Uloge', 'Obrađ', /Obrađivač predmeta/, position);
    await position.getByLabel('Naziv radnog mesta').click();
    await position.getByRole('button', { name: 'Dodeli radno mesto' }).click();
    await page.getByText('Radno mesto „Referent za komunalne poslove” je napravljeno.').waitFor();
    await dialog().getByText('Referent za komunalne poslove').first().waitFor();
    await screenshot(page, 'admin-users');

    await page.keyboard.press('Escape');
    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: 'Odjava' }).click();
    await page.waitForURL(/\/login/);

    // A wrong password is refused in the user's language, then the right one lets them in.
    await page.getByLabel('Korisničko ime').fill('jilic');
    await page.getByLabel('Lozinka').fill('pogresna-lozinka');
    await page.getByRole('button', { name: 'Prijavi se' }).click();
    await page.getByRole('alert').filter({ hasText: 'Pogrešno korisničko ime ili lozinka.' }).waitFor();
    await signIn(page, 'jilic', 'Vodovod-2026!');

    const menu = await page.getByRole('navigation').getByRole('link').allTextContents();
    expect(menu).toEqual(expect.arrayContaining(['Početna', 'Moji predmeti', 'Prijem predaja', 'Svi predmeti']));
    for (const hidden of ['Zavođenje podneska', 'Za signiranje', 'Arhivska knjiga', 'Korisnici', 'Uloge']) expect(menu).not.toContain(hidden);
    await screenshot(page, 'new-user-home');

    // The unit's cases are visible to the new official; the administration is not.
    await nav('Svi predmeti').click();
    await row(caseNumber).waitFor();
    await page.goto('/admin/users');
    await page.getByRole('alert').filter({ hasText: 'Nemate ovlašćenje za ovu radnju.' }).waitFor();
    expect(problemsOf(page)).toEqual([]);
  });

  step('management reads the reports, and the housing buyout calculator shows its payment schedule as a table and a chart', async () => {
    await as('manager');
    await nav('Izveštaji').click();
    await page.getByRole('heading', { name: /IZVEŠTAJ O RADU I EFIKASNOSTI/ }).waitFor();
    await expect(page.getByRole('row').filter({ hasText: 'UKUPNO' }).count()).resolves.toBe(1);
    // The lived-in municipality: this morning's submissions, hundreds of open cases, some overdue,
    // and a month of every department's work, the same figures the database holds.
    const [held] = await suite.spis.dataSource.query(
      `SELECT count(*) FILTER (WHERE received_at >= date_trunc('day', now() AT TIME ZONE 'Europe/Belgrade') AT TIME ZONE 'Europe/Belgrade' AND status <> 'cancelled')::int AS "receivedToday",
              count(*) FILTER (WHERE status IN ('registered', 'assigned', 'in_progress', 'on_hold'))::int AS open
         FROM case_file`,
    );
    expect(await figure('Primljeno danas')).toBe(held.receivedToday);
    expect(held.receivedToday).toBeGreaterThanOrEqual(14);
    expect(await figure('Otvoreni predmeti')).toBe(held.open);
    expect(held.open).toBeGreaterThan(100);
    expect(await figure('U docnji')).toBeGreaterThan(0);
    const departments = page.getByRole('row').filter({ has: page.getByRole('cell', { name: /^0[1-7]$/ }) });
    await expect(departments.count()).resolves.toBeGreaterThanOrEqual(6);
    await screenshot(page, 'manager-reports');

    await as('official2');
    await nav('Kalkulator otkupa').click();
    await page.getByLabel('Broj mesečnih rata').fill('120');
    const schedule = page.getByRole('table', { name: 'Plan otplate' });
    // The row whose month cell reads 120: a row's text runs its cells together, so /^120/ would also
    // take month 12 when the dates fall on the 1st to the 9th of a month ("12" + "06.12.2027.").
    await schedule.getByRole('row').filter({ has: page.getByRole('cell', { name: '120', exact: true }) }).waitFor();
    await expect(schedule.getByRole('row').count()).resolves.toBe(122);
    await page.locator('.recharts-surface').first().waitFor();
    await screenshot(page, 'buyout-calculator');
    expect(problemsOf(page)).toEqual([]);
  });

  step('switched to Serbian Cyrillic, the whole UI is in Cyrillic and search finds Latin records typed in Cyrillic', async () => {
    await as('official');
    await choose('Jezik', 'Срп', /Српски \(ћирилица\)/);
    await nav('Моји предмети').waitFor();
    const menu = (await page.getByRole('navigation').textContent()) ?? '';
    expect(menu).toContain('Почетна');
    expect(menu).not.toMatch(/[A-Za-zČĆŠŽĐčćšžđ]{3,}/);

    await page.getByRole('searchbox', { name: 'Претрага предмета' }).fill('Милица');
    await page.getByRole('option', { name: new RegExp(caseNumber.replace(/[/-]/g, '\\$&')) }).click();
    await page.getByRole('heading', { name: caseNumber }).waitFor();
    const header = (await page.locator('main').textContent()) ?? '';
    expect(header).toContain('Милица Марковић');
    expect(header).toContain('У архиви');
    await screenshot(page, 'cyrillic-case-page');

    await nav('Моји предмети').click();
    await screenshot(page, 'cyrillic-my-cases');
    expect(problemsOf(page)).toEqual([]);
  });

  step('a register keeper enters a business within her case, edits it, suspends it, finds it in the list and exports the register', async () => {
    // The registry office has registered a request for unit 03 and assigned it to the keeper.
    const [{ id: unit03 }] = await suite.spis.dataSource.query(`SELECT id FROM org_unit WHERE code = '03'`);
    const [{ id: economyId }] = await suite.spis.dataSource.query(`SELECT id FROM app_user WHERE username = 'economy'`);
    const registry = await suite.spis.as('registry');
    const registered = await registry
      .post('/api/cases')
      .send({ classificationCode: '330', orgUnitId: unit03, subject: 'Zahtev za upis radnje u registar', party: { name: 'Jovan Jović', address: 'Kralja Petra 5, Demo' }, receivedVia: 'counter' })
      .expect(201);
    await registry.post(`/api/cases/${registered.body.id}/assign`).send({ assigneeId: economyId, version: registered.body.version }).expect(200);
    const request = registered.body.number as string;

    await as('economy');
    await page.goto(`/cases/${registered.body.id}`);
    await page.getByRole('button', { name: 'Preuzmi' }).click();
    await page.getByText('U radu', { exact: true }).first().waitFor();

    // A new entry, decided in the keeper's case; the JMBG is checked as it is typed.
    await nav('Registar radnji').click();
    await page.getByRole('heading', { name: 'Registar radnji' }).waitFor();
    await page.getByRole('button', { name: 'Novi upis' }).click();
    await choose(/^Predmet u kome se odlučuje o izmeni/, request, new RegExp(request.replace(/[/-]/g, '\\$&')), dialog());
    await dialog().getByLabel(/^Matični broj/).fill('64123457');
    await dialog().getByLabel(/^Poslovno ime/).fill('Pekara „Klas” Jovan Jović PR');
    await dialog().getByLabel(/^Šifra delatnosti/).fill('10.71');
    await dialog().getByLabel(/^Adresa/).fill('Kralja Petra 5, Demo');
    await dialog().getByLabel(/^Početak rada/).fill('15.02.2024');
    await dialog().getByLabel(/^Ime/).fill('Jovan Jović');
    await dialog().getByLabel(/^JMBG/).fill('01019907');
    await dialog().getByText('Nije ispravan JMBG (13 cifara sa kontrolnom cifrom) ni matični broj (8–9 cifara).').waitFor();
    await checkAccessibility(page, 'dialog-register-new-entry');
    await dialog().getByLabel(/^JMBG/).fill('0101990710008');
    await dialog().getByRole('button', { name: 'Sačuvaj' }).click();
    await page.getByRole('heading', { name: 'Pekara „Klas” Jovan Jović PR · 64123457' }).waitFor();
    await page.getByTestId('linked-cases').getByText(request).waitFor();

    // Edited within the same case: the history names the change, the case and the keeper.
    await page.getByRole('button', { name: 'Izmeni' }).click();
    await choose(/^Predmet u kome se odlučuje o izmeni/, request, new RegExp(request.replace(/[/-]/g, '\\$&')), dialog());
    await dialog().getByLabel(/^Adresa/).fill('Kralja Petra 7, Demo');
    await dialog().getByRole('button', { name: 'Sačuvaj' }).click();
    await dialog().waitFor({ state: 'detached' });
    const history = page.getByTestId('register-history');
    await history.getByText('Adresa: Kralja Petra 5, Demo → Kralja Petra 7, Demo').waitFor();
    await expect(history.getByText('Izmenjeno', { exact: true }).count()).resolves.toBe(1);
    await expect(history.getByRole('link', { name: request }).count()).resolves.toBe(2);

    // The register's own change: a temporary suspension, shown among the status periods.
    await page.getByRole('button', { name: 'Privremena odjava' }).click();
    await choose(/^Predmet u kome se odlučuje o izmeni/, request, new RegExp(request.replace(/[/-]/g, '\\$&')), dialog());
    await dialog().getByLabel(/^Od/).fill('01.03.2025');
    await dialog().getByLabel(/^Do/).fill('30.06.2025');
    await dialog().getByLabel(/^Razlog/).fill('Bolovanje preduzetnika');
    await checkAccessibility(page, 'dialog-register-suspension');
    await dialog().getByRole('button', { name: 'Sačuvaj' }).click();
    await dialog().waitFor({ state: 'detached' });
    await row('Bolovanje preduzetnika').filter({ hasText: 'privremeno odjavljena' }).waitFor();
    await history.getByText('Privremeno odjavljena', { exact: true }).waitFor();
    await screenshot(page, 'register-entry');

    // Found in the list by a word of its name, and exported as the register prints it.
    await nav('Registar radnji').click();
    await page.getByLabel('Pretraga', { exact: true }).fill('klas');
    await row('Pekara „Klas” Jovan Jović PR').filter({ hasText: request }).waitFor();
    await expect(page.getByRole('row').count()).resolves.toBe(2);
    await screenshot(page, 'register-list');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Izvoz (CSV)' }).click();
    const csv = await download;
    expect(csv.suggestedFilename()).toMatch(/\.csv$/);
    const { readFile } = await import('node:fs/promises');
    const exported = await readFile(await csv.path(), 'utf8');
    expect(exported).toContain('Pekara „Klas” Jovan Jović PR');
    expect(exported).toContain('Kralja Petra 7, Demo');
    const pdf = page.waitForResponse((response) => response.url().includes('/api/registers/businesses/list.pdf'));
    await page.getByRole('button', { name: 'Štampaj' }).click();
    const printed = await pdf;
    expect(printed.status()).toBe(200);
    expect(printed.headers()['content-type']).toContain('application/pdf');
    expect(problemsOf(page)).toEqual([]);
  });

  step('the municipal attorney sees the coming hearing and the running appeal deadline in the calendar', async () => {
    // A case of the office (class 740, unit 07) in the attorney's hands; the entry is taken on
    // within it, a hearing set three days ahead and a decision received today starts its appeal period.
    const [{ id: unit07 }] = await suite.spis.dataSource.query(`SELECT id FROM org_unit WHERE code = '07'`);
    const [{ id: attorneyId }] = await suite.spis.dataSource.query(`SELECT id FROM app_user WHERE username = 'attorney'`);
    const registry = await suite.spis.as('registry');
    const attorney = await suite.spis.as('attorney');
    const registered = await registry
      .post('/api/cases')
      .send({ classificationCode: '740', orgUnitId: unit07, subject: 'Tužba za naknadu štete protiv opštine', party: { name: 'Marko Marković', address: 'Vojvode Mišića 50, Niš' }, receivedVia: 'post' })
      .expect(201);
    const assigned = await registry.post(`/api/cases/${registered.body.id}/assign`).send({ assigneeId: attorneyId, version: registered.body.version }).expect(200);
    await attorney.post(`/api/cases/${registered.body.id}/actions/accept`).send({ version: assigned.body.version }).expect(200);
    const caseId = registered.body.id as string;
    const entry = await attorney
      .post('/api/registers/attorney-cases')
      .send({ caseId, kind: 'litigation', court: 'Osnovni sud u Nišu', courtCaseNumber: 'P 4711/2026', municipalityRole: 'defendant', opposingParties: [{ name: 'Marko Marković' }], subject: 'Naknada štete zbog pada na zaleđenom trotoaru' })
      .expect(201);
    const belgradeDay = (at: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Belgrade' }).format(at);
    const today = belgradeDay(new Date());
    const hearingDay = belgradeDay(new Date(Date.now() + 3 * 24 * 3600 * 1000));
    const scheduled = await attorney
      .post(`/api/registers/attorney-cases/${entry.body.id}/hearings`)
      .send({ caseId, version: entry.body.version, startsAt: `${hearingDay}T09:30:00Z`, courtroom: 'sudnica 12' })
      .expect(201);
    await attorney
      .post(`/api/registers/attorney-cases/${entry.body.id}/decisions`)
      .send({ caseId, version: scheduled.body.version, outcome: 'lost', decidedOn: today, receivedOn: today, text: 'Delimična presuda.' })
      .expect(201);
    const registryNumber = entry.body.registryNumber as string;

    await as('attorney');
    await nav('Ročišta i rokovi').click();
    await page.getByRole('heading', { name: 'Ročišta i rokovi za žalbu' }).waitFor();
    const hearing = page.getByTestId('attorney-hearings').getByRole('row').filter({ hasText: 'P 4711/2026' });
    await hearing.filter({ hasText: 'sudnica 12' }).filter({ hasText: registryNumber }).waitFor();
    const deadline = page.getByTestId('attorney-deadlines').getByRole('row').filter({ hasText: 'P 4711/2026' });
    await deadline.filter({ hasText: /za \d+ d\./ }).waitFor();
    await screenshot(page, 'attorney-calendar');

    // A week ahead still shows the hearing; the registry number opens the entry.
    await choose('Period', '', /^Narednih 7 dana$/);
    await hearing.waitFor();
    await hearing.getByRole('link', { name: registryNumber }).click();
    await page.getByRole('heading', { name: new RegExp(registryNumber.replace(/[/-]/g, '\\$&')) }).waitFor();
    expect(problemsOf(page)).toEqual([]);
  });

  // Every screen usable by everyone: the same work with the keyboard alone, the focus always in
  // sight, results announced to screen readers; the language of the page; 200% zoom.
  let keyboardCase = '';
  /** A message in one of the page's polite live regions, which screen readers read as it appears. */
  const announced = (text: string) => page.locator('[aria-live="polite"]').filter({ hasText: text }).first().waitFor({ state: 'attached' });
  /** Picks the first option a type-ahead offers for what was typed, with the arrow keys and Enter. */
  async function typeAndPick(typed: string, option: RegExp) {
    await page.keyboard.type(typed);
    await page.getByRole('option', { name: option }).first().waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
  }

  step('with the keyboard alone, the registry clerk skips to the content and registers a submission with the type-aheads', async () => {
    await as('registry', undefined, { keyboard: true });
    // The first Tab stop is the skip link, shown on focus; Enter puts the focus on the content.
    await page.keyboard.press('Tab');
    const skip = await focused(page);
    expect(skip).toMatchObject({ tag: 'a', name: 'Pređi na sadržaj' });
    expect(skip.indicator).not.toBeNull();
    expect((await page.getByRole('link', { name: 'Pređi na sadržaj' }).boundingBox())?.x).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    expect((await focused(page)).id).toBe('main');
    // Landmarks a screen reader jumps between: the banner, the menu, the content.
    await expect(page.getByRole('banner').count()).resolves.toBe(1);
    await expect(page.getByRole('navigation', { name: 'Glavna navigacija' }).count()).resolves.toBe(1);
    await expect(page.getByRole('main').count()).resolves.toBe(1);

    await tabTo(page, 'Zavođenje podneska');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Zavođenje podneska', level: 1 }).waitFor();
    expect((await focused(page)).name).toContain('Klasifikaciona oznaka');
    // Registering an empty form says what is wrong, as an alert.
    await page.keyboard.press('Control+Enter');
    await page.getByRole('alert').filter({ hasText: 'Ispravite označena polja.' }).waitFor();
    await typeAndPick('352', /^352 — /);
    await page.keyboard.press('Tab');
    expect((await focused(page)).name).toContain('Organizaciona jedinica');
    await typeAndPick('urbaniz', /^04 — /);
    await page.keyboard.press('Tab');
    expect((await focused(page)).name).toContain('Predmet');
    await page.keyboard.type('Zahtev za izdavanje uverenja o kućnom broju');
    await page.keyboard.press('Tab');
    expect((await focused(page)).name).toContain('Stranka');
    await page.keyboard.type('Jelisaveta Ćirković-Tasić');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Enter');

    const registered = page.getByTestId('registered-number');
    await registered.waitFor();
    keyboardCase = ((await registered.textContent()) ?? '').replace('Zavedeno pod brojem ', '').trim();
    expect(keyboardCase).toMatch(/^352-\d+\/\d{4}-04$/);
    await announced(`Zavedeno pod brojem ${keyboardCase}`);
    // The locked form gives the focus to what comes next: printing the receipt and stamp.
    const next = await focused(page);
    expect(next.name).toBe('Štampaj potvrdu i štambilj');
    expect(next.indicator).not.toBeNull();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (globalThis as unknown as { printed: number }).printed > 0);
    expect(problemsOf(page)).toEqual([]);
  });

  step('with the keyboard alone, the head of unit assigns the case from the list', async () => {
    await as('head', undefined, { keyboard: true });
    await tabTo(page, 'Za signiranje');
    await page.keyboard.press('Enter');
    await row(keyboardCase).waitFor();
    await tabTo(page, `Dodeli ${keyboardCase}`);
    await typeAndPick('Ana', /Ana Petrović/);
    await page.keyboard.press('Tab');
    expect((await focused(page)).name).toBe('Signiraj');
    await page.keyboard.press('Enter');
    await announced(`${keyboardCase} je dodeljen: Ana Petrović.`);
    expect(problemsOf(page)).toEqual([]);
  });

  step('with the keyboard alone, the official finds the case, accepts it, puts it on hold, resolves it and closes it a/a', async () => {
    await as('official', undefined, { keyboard: true });
    // "/" is the search; the case is picked among the matches with the arrow keys.
    await page.keyboard.press('/');
    expect((await focused(page)).name).toBe('Pretraga predmeta');
    await typeAndPick(keyboardCase, new RegExp(keyboardCase.replace(/[/-]/g, '\\$&')));
    await page.getByRole('heading', { name: keyboardCase, level: 1 }).waitFor();

    await tabTo(page, /^Preuzmi$/);
    await page.keyboard.press('Enter');
    await announced('Urađeno: Preuzmi.');
    await page.getByText('U radu', { exact: true }).first().waitFor();

    // A dialog takes the focus to its first field and keeps it until it closes.
    await tabTo(page, /^Stavi na čekanje$/);
    await page.keyboard.press('Enter');
    expect((await focusMovesInto(page, '[role="dialog"]')).name).toContain('Razlog');
    await page.keyboard.type('Čeka se mišljenje JKP Vodovod.');
    await tabTo(page, /^Stavi na čekanje$/);
    await page.keyboard.press('Enter');
    await dialog().waitFor({ state: 'detached' });
    await announced('Urađeno: Stavi na čekanje.');
    await page.getByText('Na čekanju', { exact: true }).first().waitFor();

    await tabTo(page, /^Reši$/);
    await page.keyboard.press('Enter');
    expect((await focusMovesInto(page, '[role="dialog"]')).name).toContain('Kako je rešen');
    await page.keyboard.type('Uverenje izdato.');
    await tabTo(page, /^Reši$/);
    await page.keyboard.press('Enter');
    await dialog().waitFor({ state: 'detached' });
    await page.getByText('Rešen', { exact: true }).first().waitFor();

    await tabTo(page, /^Zaključi a\/a$/);
    await page.keyboard.press('Enter');
    await focusMovesInto(page, '[role="dialog"]');
    await tabTo(page, /^Zaključi a\/a$/);
    await page.keyboard.press('Enter');
    await dialog().waitFor({ state: 'detached' });
    await page.getByText('Zaključen a/a', { exact: true }).first().waitFor();
    expect(problemsOf(page)).toEqual([]);
  });

  step('with the keyboard alone, a search by the party lists the case and opens it', async () => {
    await page.keyboard.press('/');
    await page.keyboard.type('Ćirković-Tasić');
    // Enter without picking a match lists them all.
    await page.getByRole('option').first().waitFor();
    await page.keyboard.press('Enter');
    await row(keyboardCase).waitFor();
    await tabTo(page, keyboardCase);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: keyboardCase, level: 1 }).waitFor();
    await expect(page.locator('main').textContent()).resolves.toContain('Zaključen a/a');
    expect(problemsOf(page)).toEqual([]);
  });

  step('the language of the page follows the language and script chosen', async () => {
    await as('official');
    await page.locator('html[lang="sr-Latn"]').waitFor({ state: 'attached' });
    const languages: Array<[string, string]> = [
      ['Српски (ћирилица)', 'sr-Cyrl'],
      ['Bosanski', 'bs'],
      ['Crnogorski', 'cnr'],
      ['Македонски', 'mk'],
      ['Български', 'bg'],
      ['English', 'en'],
      ['Srpski (latinica)', 'sr-Latn'],
    ];
    for (const [label, lang] of languages) {
      await page.getByRole('banner').getByRole('combobox').click();
      await page.getByRole('option', { name: label, exact: true }).click();
      await page.locator(`html[lang="${lang}"]`).waitFor({ state: 'attached' });
    }
    // Chosen once, it is the page's language from the first paint of the next visit.
    await page.getByRole('banner').getByRole('combobox').click();
    await page.getByRole('option', { name: 'Македонски', exact: true }).click();
    await page.reload();
    await page.locator('html[lang="mk"]').waitFor({ state: 'attached' });
    expect(problemsOf(page)).toEqual([]);
  });

  step('statuses, deadlines and the header read whole at 1366×768 and at 200% zoom (683×384)', async () => {
    await as('official');
    await nav('Moji predmeti').click();
    await page.getByTestId('deadline').first().waitFor();
    expect(await layoutProblems(page)).toEqual([]);
    // The same window zoomed to 200%: half as many CSS pixels each way; the menu folds away.
    await page.setViewportSize({ width: 683, height: 384 });
    await page.getByRole('button', { name: 'Prikaži ili sakrij navigaciju' }).waitFor();
    // The folded menu, moved off screen, takes no focus (nor is it read) until it is opened.
    await page.locator('nav[inert]').waitFor({ state: 'attached' });
    expect(await layoutProblems(page)).toEqual([]);
    await screenshot(page, 'zoom-my-cases');
    await page.goto(`/search?q=${encodeURIComponent(keyboardCase)}`);
    await row(keyboardCase).getByRole('link', { name: keyboardCase }).click();
    await page.getByRole('heading', { name: keyboardCase, level: 1 }).waitFor();
    expect(await layoutProblems(page)).toEqual([]);
    await screenshot(page, 'zoom-case-page');
    expect(problemsOf(page)).toEqual([]);
  });
});

/** A one-page PDF attachment of the submission. */
async function pdfAttachment(text: string): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const pageOfPdf = pdf.addPage([595, 842]);
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  // WinAnsi fonts cannot write č/ć/š/ž/đ: the text is plain ASCII.
  pageOfPdf.drawText(text, { x: 60, y: 760, size: 16, font });
  return Buffer.from(await pdf.save());
}
