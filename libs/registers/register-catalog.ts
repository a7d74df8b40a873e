/**
 * The registers Spis keeps beside the case flow, as data: each one's name (its path under
 * /api/registers and /registers in the web app), its key (camelCase, for messages), the permission
 * subject guarding it and the built-in role of its keeper. The permission subjects
 * (libs/access/permissions.ts), the keepers' roles (libs/access/system-roles.ts), the web app's
 * register list and the authorization matrix are derived from it, so a register is named once.
 *
 * Pure data, imported by the browser too: no Nest, no Node, no database here.
 */
export const REGISTER_CATALOG = [
  {
    name: 'real-estate',
    key: 'realEstate',
    subject: 'RealEstate',
    keeper: { code: 'real-estate-keeper', name: 'Referent za evidenciju nepokretnosti', description: 'Keeps the register of municipal real estate: parcels, buildings, leases, encumbrances.' },
  },
  {
    name: 'work-books',
    key: 'workBooks',
    subject: 'WorkBook',
    keeper: { code: 'work-books-keeper', name: 'Referent za radne knjižice', description: 'Keeps the register of issued work books, their duplicates, handovers and returns.' },
  },
  {
    name: 'businesses',
    key: 'businesses',
    subject: 'Business',
    keeper: { code: 'business-register-keeper', name: 'Referent za registar radnji', description: 'Keeps the register of entrepreneurs and their shops.' },
  },
  {
    name: 'housing-buyouts',
    key: 'housingBuyouts',
    subject: 'HousingBuyout',
    keeper: { code: 'housing-buyout-keeper', name: 'Referent za otkup stanova', description: 'Keeps the housing buyout contracts, their calculations, schedules and payments.' },
  },
  {
    name: 'displaced-persons',
    key: 'displacedPersons',
    subject: 'DisplacedPerson',
    keeper: { code: 'displaced-persons-commissioner', name: 'Poverenik za izbegla i raseljena lica', description: 'Keeps the register of refugees, expelled and internally displaced persons.' },
  },
  {
    name: 'attorney-cases',
    key: 'attorneyCases',
    subject: 'AttorneyCase',
    keeper: { code: 'municipal-attorney', name: 'Opštinski pravobranilac', description: "Keeps the municipal attorney's registry of court and administrative cases." },
  },
] as const;

export type RegisterCatalogEntry = (typeof REGISTER_CATALOG)[number];
export type RegisterName = RegisterCatalogEntry['name'];
export type RegisterKey = RegisterCatalogEntry['key'];
export type RegisterSubject = RegisterCatalogEntry['subject'];

/** Each register's name and the permission subject guarding it. */
export const REGISTER_SUBJECTS = Object.fromEntries(REGISTER_CATALOG.map((entry) => [entry.name, entry.subject])) as {
  [E in RegisterCatalogEntry as E['name']]: E['subject'];
};

/** The catalogue's entry of register `name`. */
export function catalogEntry<N extends RegisterName>(name: N): Extract<RegisterCatalogEntry, { name: N }> {
  return REGISTER_CATALOG.find((entry) => entry.name === name) as Extract<RegisterCatalogEntry, { name: N }>;
}
