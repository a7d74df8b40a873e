/**
 * The administration of a large city: the city administration (gradska uprava), its secretariats
 * (sekretarijati, Roman numerals) and their sections (odseci, `IV-02`). Sections receive the cases;
 * `officials` is how many case officials (obrađivači) each employs, about 400 in all.
 */
export interface ScaleUnit {
  code: string;
  name: string;
  parent?: string;
  /** Case officials in the unit (sections only). */
  officials?: number;
}

export const ROOT_UNIT = 'GU';
export const REGISTRY_UNIT = 'I-01';
export const ARCHIVE_UNIT = 'I-02';

export const CITY_UNITS: ScaleUnit[] = [
  { code: ROOT_UNIT, name: 'Gradska uprava Grada' },
  { code: 'I', name: 'Sekretarijat za opštu upravu', parent: ROOT_UNIT },
  { code: REGISTRY_UNIT, name: 'Odsek za prijem i otpremu pošte (pisarnica)', parent: 'I' },
  { code: ARCHIVE_UNIT, name: 'Odsek za arhivu', parent: 'I' },
  { code: 'I-03', name: 'Odsek za matične knjige i lična stanja građana', parent: 'I', officials: 22 },
  { code: 'I-04', name: 'Odsek za opšte poslove i informisanje', parent: 'I', officials: 10 },
  { code: 'II', name: 'Sekretarijat za finansije', parent: ROOT_UNIT },
  { code: 'II-01', name: 'Odsek za budžet i računovodstvo', parent: 'II', officials: 8 },
  { code: 'II-02', name: 'Odsek lokalne poreske administracije', parent: 'II', officials: 34 },
  { code: 'II-03', name: 'Odsek za javne nabavke', parent: 'II', officials: 6 },
  { code: 'III', name: 'Sekretarijat za privredu', parent: ROOT_UNIT },
  { code: 'III-01', name: 'Odsek za preduzetništvo, trgovinu i ugostiteljstvo', parent: 'III', officials: 12 },
  { code: 'III-02', name: 'Odsek za poljoprivredu i ruralni razvoj', parent: 'III', officials: 8 },
  { code: 'III-03', name: 'Odsek za turizam i energetiku', parent: 'III', officials: 5 },
  { code: 'IV', name: 'Sekretarijat za urbanizam i građevinske poslove', parent: ROOT_UNIT },
  { code: 'IV-01', name: 'Odsek za planiranje i lokacijske uslove', parent: 'IV', officials: 16 },
  { code: 'IV-02', name: 'Odsek za građevinske i upotrebne dozvole', parent: 'IV', officials: 30 },
  { code: 'IV-03', name: 'Odsek za ozakonjenje objekata', parent: 'IV', officials: 28 },
  { code: 'V', name: 'Sekretarijat za imovinske i pravne poslove', parent: ROOT_UNIT },
  { code: 'V-01', name: 'Odsek za imovinsko-pravne poslove', parent: 'V', officials: 16 },
  { code: 'V-02', name: 'Odsek za eksproprijaciju', parent: 'V', officials: 6 },
  { code: 'V-03', name: 'Odsek za stambene poslove', parent: 'V', officials: 10 },
  { code: 'VI', name: 'Sekretarijat za socijalnu zaštitu', parent: ROOT_UNIT },
  { code: 'VI-01', name: 'Odsek za socijalnu zaštitu', parent: 'VI', officials: 22 },
  { code: 'VI-02', name: 'Odsek za boračko-invalidsku zaštitu', parent: 'VI', officials: 8 },
  { code: 'VI-03', name: 'Odsek za izbegla i raseljena lica', parent: 'VI', officials: 6 },
  { code: 'VII', name: 'Sekretarijat za obrazovanje i dečiju zaštitu', parent: ROOT_UNIT },
  { code: 'VII-01', name: 'Odsek za obrazovanje', parent: 'VII', officials: 8 },
  { code: 'VII-02', name: 'Odsek za finansijsku podršku porodici', parent: 'VII', officials: 20 },
  { code: 'VIII', name: 'Sekretarijat za kulturu, sport i omladinu', parent: ROOT_UNIT },
  { code: 'VIII-01', name: 'Odsek za kulturu i informisanje', parent: 'VIII', officials: 6 },
  { code: 'VIII-02', name: 'Odsek za sport i omladinu', parent: 'VIII', officials: 5 },
  { code: 'IX', name: 'Sekretarijat za komunalne poslove', parent: ROOT_UNIT },
  { code: 'IX-01', name: 'Odsek za komunalne delatnosti', parent: 'IX', officials: 12 },
  { code: 'IX-02', name: 'Odsek za zauzeće javnih površina', parent: 'IX', officials: 10 },
  { code: 'X', name: 'Sekretarijat za saobraćaj', parent: ROOT_UNIT },
  { code: 'X-01', name: 'Odsek za javni prevoz i puteve', parent: 'X', officials: 8 },
  { code: 'XI', name: 'Sekretarijat za inspekcijske poslove', parent: ROOT_UNIT },
  { code: 'XI-01', name: 'Odsek građevinske inspekcije', parent: 'XI', officials: 18 },
  { code: 'XI-02', name: 'Odsek komunalne inspekcije', parent: 'XI', officials: 20 },
  { code: 'XII', name: 'Sekretarijat za zaštitu životne sredine', parent: ROOT_UNIT },
  { code: 'XII-01', name: 'Odsek za zaštitu životne sredine', parent: 'XII', officials: 7 },
  { code: 'XIII', name: 'Gradsko pravobranilaštvo', parent: ROOT_UNIT },
  { code: 'XIII-01', name: 'Odsek za zastupanje grada', parent: 'XIII', officials: 10 },
  { code: 'XIV', name: 'Služba za ljudske resurse', parent: ROOT_UNIT },
  { code: 'XIV-01', name: 'Odsek za radne odnose', parent: 'XIV', officials: 6 },
];

/**
 * An administration the generator staffs and fills: its units, who registers, archives and
 * manages, and which of its units handles each class of cases. `ClassProfile.unit` names a
 * section of the city; a smaller administration maps those sections onto its own units.
 */
export interface Organisation {
  units: ScaleUnit[];
  root: string;
  registry: string;
  archive: string;
  registryClerks: number;
  archivists: number;
  managers: number;
  /** The unit of this administration that handles the cases of a city section. */
  handlerOf(section: string): string;
  /**
   * Posts already held by users of the installation (post → username), taken before anyone is
   * hired for them: `head:04`, `official:04:1`, `registry:1`, `archivist:1`, `manager:1`, `admin:1`.
   */
  holders?: Record<string, string>;
}

/** The large city of the scale benchmark: its sections handle their own classes. */
export const CITY: Organisation = {
  units: CITY_UNITS,
  root: ROOT_UNIT,
  registry: REGISTRY_UNIT,
  archive: ARCHIVE_UNIT,
  registryClerks: 16,
  archivists: 5,
  managers: 2,
  handlerOf: (section) => section,
};

/** Position titles (radna mesta) as the systematisation names them. */
export const POSITION_TITLES = {
  official: ['Samostalni savetnik', 'Savetnik', 'Mlađi savetnik', 'Referent', 'Viši referent'],
  head: 'Šef odseka',
  secretary: 'Sekretar sekretarijata',
  registry: 'Službenik pisarnice',
  archivist: 'Arhivar',
  manager: 'Načelnik Gradske uprave',
  admin: 'Administrator informacionog sistema',
};
