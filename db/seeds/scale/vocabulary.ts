import { latinToCyrillic } from '../../../libs/i18n/transliterate.js';
import type { Random } from './random.js';

/**
 * Words the generated decade is made of: Serbian personal names, companies, streets and
 * cadastral municipalities. Written in Latin with diacritics; a share of parties and subjects is
 * turned into Cyrillic, as clerks write both.
 */
export const MALE_NAMES = [
  'Aleksandar', 'Aleksa', 'Bojan', 'Boško', 'Branislav', 'Dalibor', 'Damjan', 'Darko', 'Dejan', 'Dragan', 'Dragoljub', 'Dušan',
  'Đorđe', 'Goran', 'Ivan', 'Jovan', 'Lazar', 'Ljubomir', 'Luka', 'Marko', 'Milan', 'Miloš', 'Miodrag', 'Mirko', 'Nebojša',
  'Nemanja', 'Nikola', 'Njegoš', 'Ognjen', 'Pavle', 'Petar', 'Predrag', 'Radoslav', 'Ratko', 'Saša', 'Slobodan', 'Srđan',
  'Stefan', 'Strahinja', 'Uroš', 'Vladimir', 'Vojislav', 'Vuk', 'Zoran', 'Željko', 'Živorad',
];

export const FEMALE_NAMES = [
  'Aleksandra', 'Ana', 'Biljana', 'Bojana', 'Branka', 'Danijela', 'Dragana', 'Dušica', 'Đurđa', 'Gordana', 'Ivana', 'Jasmina',
  'Jelena', 'Jovana', 'Katarina', 'Ljiljana', 'Ljubica', 'Marija', 'Milena', 'Milica', 'Mirjana', 'Nada', 'Nataša', 'Nevena',
  'Olivera', 'Radmila', 'Ružica', 'Sanja', 'Slađana', 'Snežana', 'Sofija', 'Svetlana', 'Tamara', 'Tijana', 'Vesna', 'Zorica', 'Željka',
];

export const SURNAMES = [
  'Petrović', 'Jovanović', 'Nikolić', 'Marković', 'Đorđević', 'Stojanović', 'Ilić', 'Stanković', 'Pavlović', 'Milošević',
  'Todorović', 'Đurić', 'Kostić', 'Mitrović', 'Popović', 'Živković', 'Ranđelović', 'Lazić', 'Marinković', 'Savić', 'Radovanović',
  'Milenković', 'Kovačević', 'Obradović', 'Vasić', 'Tomić', 'Jovičić', 'Lukić', 'Stevanović', 'Janković', 'Šarić', 'Čolić',
  'Ćirić', 'Vučković', 'Simić', 'Filipović', 'Knežević', 'Mladenović', 'Gavrilović', 'Despotović', 'Bogdanović', 'Radosavljević',
  'Nešić', 'Živanović', 'Vuković', 'Babić', 'Perić', 'Ristić', 'Đokić', 'Jeremić', 'Milovanović', 'Aćimović', 'Šćekić', 'Žugić',
  'Ljubisavljević', 'Njegovan', 'Džodić', 'Jakšić', 'Krstić', 'Bjelić', 'Vujić', 'Mihajlović', 'Arsić', 'Zdravković',
];

const COMPANY_WORDS = ['Gradnja', 'Elektro', 'Agro', 'Mont', 'Projekt', 'Trans', 'Komerc', 'Metal', 'Stan', 'Dom', 'Inženjering', 'Sistem', 'Plan', 'Energo', 'Vodo', 'Drvo', 'Print', 'Ugostitelj'];
const COMPANY_SUFFIXES = ['plus', 'invest', 'promet', 'gradnja', 'trade', 'servis', 'tim', 'kop', 'lux', 'nova'];
const COMPANY_FORMS = ['d.o.o.', 'd.o.o.', 'd.o.o.', 'a.d.', 'preduzetnik', 'ortačko društvo'];

const INSTITUTIONS = [
  'Ministarstvo građevinarstva, saobraćaja i infrastrukture', 'Republički geodetski zavod', 'Poreska uprava', 'Centar za socijalni rad',
  'Javno komunalno preduzeće Vodovod i kanalizacija', 'Osnovni sud', 'Viši sud', 'Prekršajni sud', 'Policijska uprava',
  'Republički fond za penzijsko i invalidsko osiguranje', 'Komesarijat za izbeglice i migracije', 'Zavod za zaštitu spomenika kulture',
  'Elektrodistribucija Srbije', 'Javno preduzeće Putevi Srbije', 'Dom zdravlja', 'Predškolska ustanova Radosno detinjstvo',
];

export const STREETS = [
  'Bulevar oslobođenja', 'Kneza Miloša', 'Njegoševa', 'Karađorđeva', 'Vojvode Stepe', 'Cara Dušana', 'Kralja Petra I', 'Ustanička',
  'Nemanjina', 'Zmaj Jovina', 'Svetozara Markovića', 'Takovska', 'Žička', 'Jug Bogdanova', 'Đure Đakovića', 'Šumadijska',
  'Hajduk Veljkova', 'Bulevar Mihajla Pupina', 'Trg slobode', 'Vuka Karadžića', 'Ljubljanska', 'Čika Ljubina', 'Dositejeva', 'Gospodar Jevremova',
];

export const CADASTRAL_MUNICIPALITIES = ['Stari grad', 'Novo naselje', 'Palilula', 'Vračar', 'Zemun polje', 'Ledine', 'Žarkovo', 'Čukarica', 'Mirijevo', 'Kaluđerica', 'Rakovica', 'Sremčica', 'Borča', 'Ovča', 'Ripanj', 'Višnjica'];

const POST_CODES = ['11000', '11030', '11050', '11060', '11077', '11080', '11090', '11130', '11210', '11271'];

/** A party (podnosilac): a citizen, a company or another authority, with its address. */
export interface Party {
  name: string;
  address: string;
  /** JMBG for citizens who gave it. */
  personalId: string | null;
  kind: 'person' | 'company' | 'institution';
}

/** Writes `text` in Cyrillic when `cyrillic`, else as it is (Latin). */
export const inScript = (text: string, cyrillic: boolean) => (cyrillic ? latinToCyrillic(text) : text);

export function personName(random: Random): { first: string; last: string; female: boolean } {
  const female = random.chance(0.5);
  return { first: random.pick(female ? FEMALE_NAMES : MALE_NAMES), last: random.pick(SURNAMES), female };
}

export function address(random: Random): string {
  return `${random.pick(STREETS)} ${random.int(1, 180)}${random.chance(0.15) ? `/${random.int(1, 40)}` : ''}, ${random.pick(POST_CODES)}`;
}

export function company(random: Random): string {
  return `${random.pick(COMPANY_WORDS)} ${random.pick(COMPANY_SUFFIXES)} ${random.pick(COMPANY_FORMS)}`;
}

export function party(random: Random, cyrillic: boolean, weights = { company: 0.14, institution: 0.05 }): Party {
  const roll = random.next();
  if (roll < weights.institution) return { name: inScript(random.pick(INSTITUTIONS), cyrillic), address: inScript(address(random), cyrillic), personalId: null, kind: 'institution' };
  if (roll < weights.institution + weights.company) return { name: inScript(company(random), cyrillic), address: inScript(address(random), cyrillic), personalId: null, kind: 'company' };
  const { first, last, female } = personName(random);
  const personalId = random.chance(0.45) ? jmbg(random, female) : null;
  return { name: inScript(`${first} ${last}`, cyrillic), address: inScript(address(random), cyrillic), personalId, kind: 'person' };
}

const JMBG_WEIGHTS = [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

/** A well-formed JMBG (DDMMYYYRRBBBK) of someone born 1940–2005 in Belgrade (region 71). */
export function jmbg(random: Random, female: boolean): string {
  for (;;) {
    const year = random.int(1940, 2005);
    const month = random.int(1, 12);
    const day = random.int(1, 28);
    const serial = female ? random.int(500, 999) : random.int(0, 499);
    const first12 = `${String(day).padStart(2, '0')}${String(month).padStart(2, '0')}${String(year % 1000).padStart(3, '0')}71${String(serial).padStart(3, '0')}`;
    const m = 11 - (JMBG_WEIGHTS.reduce((sum, w, i) => sum + w * Number(first12[i]), 0) % 11);
    // 10 and 11 give check digit 0; numbers whose remainder gives 10 are not issued, draw again.
    if (m === 10) continue;
    return `${first12}${m === 11 ? 0 : m}`;
  }
}

/** Fills `{parcel}`, `{ko}`, `{street}`, `{company}`, `{person}`, `{n}` and `{year}` in a subject template. */
export function fillSubject(template: string, random: Random, year: number): string {
  return template.replace(/\{(\w+)\}/g, (_, slot: string) => {
    switch (slot) {
      case 'parcel':
        return `${random.int(1, 9999)}${random.chance(0.6) ? `/${random.int(1, 40)}` : ''}`;
      case 'ko':
        return random.pick(CADASTRAL_MUNICIPALITIES);
      case 'street':
        return `${random.pick(STREETS)} ${random.int(1, 180)}`;
      case 'company':
        return company(random);
      case 'person': {
        const { first, last } = personName(random);
        return `${first} ${last}`;
      }
      case 'n':
        return String(random.int(2, 400));
      case 'year':
        return String(year - random.int(0, 1));
      default:
        return slot;
    }
  });
}
