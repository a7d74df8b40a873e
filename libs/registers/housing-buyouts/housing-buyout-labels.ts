import { registerLabels } from '../shared/register-labels.js';

/** The printed and exported words of the housing buyout register, per language. */
export interface HousingBuyoutLabels {
  /** File name without extension. */
  fileName: string;
  title: string;
  /** `{count}` entries listed. */
  count: string;
  /** `{date}`: arrears are reckoned as of that day. */
  asOf: string;
  columns: {
    contractNumber: string;
    contractDate: string;
    buyer: string;
    personalId: string;
    flat: string;
    area: string;
    method: string;
    price: string;
    total: string;
    paid: string;
    balance: string;
    arrears: string;
    status: string;
    cases: string;
  };
  methods: { 'lump-sum': string; instalments: string };
  statuses: { 'in-payment': string; settled: string };
}

export const HOUSING_BUYOUT_LABELS = registerLabels<HousingBuyoutLabels>({
  en: {
    fileName: 'housing-buyouts',
    title: 'Register of housing buyouts',
    count: 'Entries: {count}',
    asOf: 'Arrears as of {date}',
    columns: {
      contractNumber: 'Contract no.', contractDate: 'Contract date', buyer: 'Buyer', personalId: 'Personal ID (JMBG)', flat: 'Flat', area: 'Area m²',
      method: 'Payment', price: 'Price', total: 'Total due', paid: 'Paid', balance: 'Balance', arrears: 'Arrears', status: 'Status', cases: 'Cases',
    },
    methods: { 'lump-sum': 'lump sum', instalments: 'instalments' },
    statuses: { 'in-payment': 'in payment', settled: 'settled' },
  },
  'sr-Latn': {
    fileName: 'otkup-stanova',
    title: 'Evidencija otkupa stanova',
    count: 'Broj upisa: {count}',
    asOf: 'Dospeli dug na dan {date}',
    columns: {
      contractNumber: 'Br. ugovora', contractDate: 'Datum ugovora', buyer: 'Kupac', personalId: 'JMBG', flat: 'Stan', area: 'Površina m²',
      method: 'Plaćanje', price: 'Otkupna cena', total: 'Ukupno za uplatu', paid: 'Uplaćeno', balance: 'Preostali dug', arrears: 'Dospeli dug', status: 'Status', cases: 'Predmeti',
    },
    methods: { 'lump-sum': 'jednokratno', instalments: 'na rate' },
    statuses: { 'in-payment': 'u otplati', settled: 'otplaćen' },
  },
  bs: {
    fileName: 'otkup-stanova',
    title: 'Evidencija otkupa stanova',
    count: 'Broj upisa: {count}',
    asOf: 'Dospjeli dug na dan {date}',
    columns: {
      contractNumber: 'Br. ugovora', contractDate: 'Datum ugovora', buyer: 'Kupac', personalId: 'JMBG', flat: 'Stan', area: 'Površina m²',
      method: 'Plaćanje', price: 'Otkupna cijena', total: 'Ukupno za uplatu', paid: 'Uplaćeno', balance: 'Preostali dug', arrears: 'Dospjeli dug', status: 'Status', cases: 'Predmeti',
    },
    methods: { 'lump-sum': 'jednokratno', instalments: 'na rate' },
    statuses: { 'in-payment': 'u otplati', settled: 'otplaćen' },
  },
  cnr: {
    fileName: 'otkup-stanova',
    title: 'Evidencija otkupa stanova',
    count: 'Broj upisa: {count}',
    asOf: 'Dospjeli dug na dan {date}',
    columns: {
      contractNumber: 'Br. ugovora', contractDate: 'Datum ugovora', buyer: 'Kupac', personalId: 'JMBG', flat: 'Stan', area: 'Površina m²',
      method: 'Plaćanje', price: 'Otkupna cijena', total: 'Ukupno za uplatu', paid: 'Uplaćeno', balance: 'Preostali dug', arrears: 'Dospjeli dug', status: 'Status', cases: 'Predmeti',
    },
    methods: { 'lump-sum': 'jednokratno', instalments: 'na rate' },
    statuses: { 'in-payment': 'u otplati', settled: 'otplaćen' },
  },
  mk: {
    fileName: 'otkup-na-stanovi',
    title: 'Евиденција на откуп на станови',
    count: 'Број на записи: {count}',
    asOf: 'Доспеан долг на ден {date}',
    columns: {
      contractNumber: 'Бр. на договор', contractDate: 'Датум на договор', buyer: 'Купувач', personalId: 'ЕМБГ', flat: 'Стан', area: 'Површина m²',
      method: 'Плаќање', price: 'Откупна цена', total: 'Вкупно за плаќање', paid: 'Платено', balance: 'Преостанат долг', arrears: 'Доспеан долг', status: 'Статус', cases: 'Предмети',
    },
    methods: { 'lump-sum': 'еднократно', instalments: 'на рати' },
    statuses: { 'in-payment': 'во отплата', settled: 'отплатен' },
  },
  bg: {
    fileName: 'izkupuvane-na-zhilishta',
    title: 'Регистър на изкупените жилища',
    count: 'Брой записи: {count}',
    asOf: 'Просрочени суми към {date}',
    columns: {
      contractNumber: '№ на договор', contractDate: 'Дата на договор', buyer: 'Купувач', personalId: 'ЕГН / JMBG', flat: 'Жилище', area: 'Площ m²',
      method: 'Плащане', price: 'Цена', total: 'Общо за плащане', paid: 'Платено', balance: 'Остатък', arrears: 'Просрочено', status: 'Статус', cases: 'Преписки',
    },
    methods: { 'lump-sum': 'еднократно', instalments: 'на вноски' },
    statuses: { 'in-payment': 'в изплащане', settled: 'изплатен' },
  },
});
