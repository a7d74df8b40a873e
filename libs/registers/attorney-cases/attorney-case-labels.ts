import { registerLabels } from '../shared/register-labels.js';
import type { AttorneyCaseKind, AttorneyCaseStatus, MunicipalityRole, Outcome } from './attorney-case-rules.js';

/** The printed and exported words of the municipal attorney's registry, per language. */
export interface AttorneyCaseLabels {
  /** File name without extension. */
  fileName: string;
  title: string;
  /** `{count}` entries listed. */
  count: string;
  /** `{date}`: the day deadlines are reckoned on. */
  asOf: string;
  /** Printed beside a deadline that has run out. */
  pastDue: string;
  columns: {
    registryNumber: string;
    kind: string;
    court: string;
    courtCaseNumber: string;
    role: string;
    opposingParties: string;
    identifiers: string;
    subject: string;
    value: string;
    status: string;
    outcome: string;
    nextHearing: string;
    appealDeadline: string;
    cases: string;
  };
  kinds: Record<AttorneyCaseKind, string>;
  roles: Record<MunicipalityRole, string>;
  statuses: Record<AttorneyCaseStatus, string>;
  outcomes: Record<Outcome, string>;
}

export const ATTORNEY_CASE_LABELS = registerLabels<AttorneyCaseLabels>({
  en: {
    fileName: 'attorney-cases',
    title: 'Register of the municipal attorney',
    count: 'Entries: {count}',
    asOf: 'Deadlines as of {date}',
    pastDue: 'past due',
    columns: {
      registryNumber: 'Registry no.', kind: 'Kind', court: 'Court / authority', courtCaseNumber: 'Court case no.', role: 'Municipality as', opposingParties: 'Opposing parties',
      identifiers: 'JMBG / reg. no.', subject: 'Subject', value: 'Value in dispute (RSD)', status: 'Status', outcome: 'Outcome', nextHearing: 'Next hearing', appealDeadline: 'Appeal deadline', cases: 'Cases',
    },
    kinds: {
      litigation: 'litigation', enforcement: 'enforcement', 'administrative-dispute': 'administrative dispute', 'administrative-procedure': 'administrative procedure',
      misdemeanour: 'misdemeanour', 'non-contentious': 'non-contentious', criminal: 'criminal', other: 'other',
    },
    roles: {
      plaintiff: 'plaintiff', defendant: 'defendant', proposer: 'proposer', opponent: 'opposing party', creditor: 'creditor', debtor: 'debtor', 'interested-party': 'interested party', 'injured-party': 'injured party',
    },
    statuses: { open: 'open', suspended: 'suspended', final: 'final', closed: 'closed' },
    outcomes: { won: 'won', lost: 'lost', partly: 'partly won', settled: 'settled', withdrawn: 'withdrawn' },
  },
  'sr-Latn': {
    fileName: 'upisnik-pravobranilastva',
    title: 'Upisnik opštinskog pravobranilaštva',
    count: 'Broj upisa: {count}',
    asOf: 'Rokovi na dan {date}',
    pastDue: 'istekao',
    columns: {
      registryNumber: 'Upisni broj', kind: 'Vrsta', court: 'Sud / organ', courtCaseNumber: 'Broj kod suda', role: 'Opština kao', opposingParties: 'Protivna strana',
      identifiers: 'JMBG / MB', subject: 'Predmet spora', value: 'Vrednost spora (RSD)', status: 'Status', outcome: 'Ishod', nextHearing: 'Naredno ročište', appealDeadline: 'Rok za žalbu', cases: 'Predmeti',
    },
    kinds: {
      litigation: 'parnični', enforcement: 'izvršni', 'administrative-dispute': 'upravni spor', 'administrative-procedure': 'upravni postupak',
      misdemeanour: 'prekršajni', 'non-contentious': 'vanparnični', criminal: 'krivični', other: 'ostalo',
    },
    roles: {
      plaintiff: 'tužilac', defendant: 'tuženi', proposer: 'predlagač', opponent: 'protivnik predlagača', creditor: 'izvršni poverilac', debtor: 'izvršni dužnik', 'interested-party': 'zainteresovano lice', 'injured-party': 'oštećeni',
    },
    statuses: { open: 'u toku', suspended: 'u prekidu', final: 'pravnosnažno', closed: 'zatvoren' },
    outcomes: { won: 'uspeh', lost: 'neuspeh', partly: 'delimičan uspeh', settled: 'poravnanje', withdrawn: 'povučeno' },
  },
  bs: {
    fileName: 'upisnik-pravobranilastva',
    title: 'Upisnik općinskog pravobranilaštva',
    count: 'Broj upisa: {count}',
    asOf: 'Rokovi na dan {date}',
    pastDue: 'istekao',
    columns: {
      registryNumber: 'Upisni broj', kind: 'Vrsta', court: 'Sud / organ', courtCaseNumber: 'Broj kod suda', role: 'Općina kao', opposingParties: 'Protivna strana',
      identifiers: 'JMBG / MB', subject: 'Predmet spora', value: 'Vrijednost spora (RSD)', status: 'Status', outcome: 'Ishod', nextHearing: 'Naredno ročište', appealDeadline: 'Rok za žalbu', cases: 'Predmeti',
    },
    kinds: {
      litigation: 'parnični', enforcement: 'izvršni', 'administrative-dispute': 'upravni spor', 'administrative-procedure': 'upravni postupak',
      misdemeanour: 'prekršajni', 'non-contentious': 'vanparnični', criminal: 'krivični', other: 'ostalo',
    },
    roles: {
      plaintiff: 'tužilac', defendant: 'tuženi', proposer: 'predlagač', opponent: 'protivnik predlagača', creditor: 'tražilac izvršenja', debtor: 'izvršenik', 'interested-party': 'zainteresirano lice', 'injured-party': 'oštećeni',
    },
    statuses: { open: 'u toku', suspended: 'u prekidu', final: 'pravosnažno', closed: 'zatvoren' },
    outcomes: { won: 'uspjeh', lost: 'neuspjeh', partly: 'djelimičan uspjeh', settled: 'nagodba', withdrawn: 'povučeno' },
  },
  cnr: {
    fileName: 'upisnik-zastitnika-imovine',
    title: 'Upisnik zaštitnika imovinsko-pravnih interesa opštine',
    count: 'Broj upisa: {count}',
    asOf: 'Rokovi na dan {date}',
    pastDue: 'istekao',
    columns: {
      registryNumber: 'Upisni broj', kind: 'Vrsta', court: 'Sud / organ', courtCaseNumber: 'Broj kod suda', role: 'Opština kao', opposingParties: 'Protivna strana',
      identifiers: 'JMBG / MB', subject: 'Predmet spora', value: 'Vrijednost spora (RSD)', status: 'Status', outcome: 'Ishod', nextHearing: 'Naredno ročište', appealDeadline: 'Rok za žalbu', cases: 'Predmeti',
    },
    kinds: {
      litigation: 'parnični', enforcement: 'izvršni', 'administrative-dispute': 'upravni spor', 'administrative-procedure': 'upravni postupak',
      misdemeanour: 'prekršajni', 'non-contentious': 'vanparnični', criminal: 'krivični', other: 'ostalo',
    },
    roles: {
      plaintiff: 'tužilac', defendant: 'tuženi', proposer: 'predlagač', opponent: 'protivnik predlagača', creditor: 'izvršni povjerilac', debtor: 'izvršni dužnik', 'interested-party': 'zainteresovano lice', 'injured-party': 'oštećeni',
    },
    statuses: { open: 'u toku', suspended: 'u prekidu', final: 'pravosnažno', closed: 'zatvoren' },
    outcomes: { won: 'uspjeh', lost: 'neuspjeh', partly: 'djelimičan uspjeh', settled: 'poravnanje', withdrawn: 'povučeno' },
  },
  mk: {
    fileName: 'upisnik-pravobranitelstvo',
    title: 'Уписник на општинското правобранителство',
    count: 'Број на записи: {count}',
    asOf: 'Рокови на ден {date}',
    pastDue: 'истечен',
    columns: {
      registryNumber: 'Уписен број', kind: 'Вид', court: 'Суд / орган', courtCaseNumber: 'Број во судот', role: 'Општината како', opposingParties: 'Спротивна страна',
      identifiers: 'ЕМБГ / ЕМБС', subject: 'Предмет на спорот', value: 'Вредност на спорот (RSD)', status: 'Статус', outcome: 'Исход', nextHearing: 'Следно рочиште', appealDeadline: 'Рок за жалба', cases: 'Предмети',
    },
    kinds: {
      litigation: 'граѓански', enforcement: 'извршен', 'administrative-dispute': 'управен спор', 'administrative-procedure': 'управна постапка',
      misdemeanour: 'прекршочен', 'non-contentious': 'вонпроцесен', criminal: 'кривичен', other: 'друго',
    },
    roles: {
      plaintiff: 'тужител', defendant: 'тужен', proposer: 'предлагач', opponent: 'противник на предлагачот', creditor: 'доверител', debtor: 'должник', 'interested-party': 'заинтересирано лице', 'injured-party': 'оштетен',
    },
    statuses: { open: 'во тек', suspended: 'во прекин', final: 'правосилно', closed: 'затворен' },
    outcomes: { won: 'успех', lost: 'неуспех', partly: 'делумен успех', settled: 'порамнување', withdrawn: 'повлечено' },
  },
  bg: {
    fileName: 'registar-yuriskonsult',
    title: 'Регистър на съдебните дела на общината',
    count: 'Брой записи: {count}',
    asOf: 'Срокове към {date}',
    pastDue: 'изтекъл',
    columns: {
      registryNumber: 'Рег. номер', kind: 'Вид', court: 'Съд / орган', courtCaseNumber: 'Номер на делото', role: 'Общината като', opposingParties: 'Насрещна страна',
      identifiers: 'ЕГН / ЕИК', subject: 'Предмет на спора', value: 'Цена на иска (RSD)', status: 'Статус', outcome: 'Изход', nextHearing: 'Следващо заседание', appealDeadline: 'Срок за обжалване', cases: 'Преписки',
    },
    kinds: {
      litigation: 'гражданско', enforcement: 'изпълнително', 'administrative-dispute': 'административно дело', 'administrative-procedure': 'административно производство',
      misdemeanour: 'административнонаказателно', 'non-contentious': 'охранително', criminal: 'наказателно', other: 'друго',
    },
    roles: {
      plaintiff: 'ищец', defendant: 'ответник', proposer: 'молител', opponent: 'насрещна страна', creditor: 'взискател', debtor: 'длъжник', 'interested-party': 'заинтересована страна', 'injured-party': 'пострадал',
    },
    statuses: { open: 'висящо', suspended: 'спряно', final: 'влязло в сила', closed: 'приключено' },
    outcomes: { won: 'спечелено', lost: 'загубено', partly: 'частично спечелено', settled: 'спогодба', withdrawn: 'оттеглено' },
  },
});
