import { searchFold } from '../../i18n/transliterate.js';
import { registerSearchText } from '../shared/index.js';
import type { RealEstateEncumbrance } from './real-estate-encumbrance.entity.js';
import type { RealEstateLease } from './real-estate-lease.entity.js';
import type { RealEstate } from './real-estate.entity.js';

/** A cadastral municipality's name as compared: either script, no diacritics, any case or spacing. */
export const municipalityKey = (name: string): string => searchFold(name.trim().replace(/\s+/g, ' '));

/**
 * What an entry is found by: its designation, address, legal basis and user, every lessee (past
 * ones too: "what did Petrović lease?") with contract and registration numbers, and in whose
 * favour its encumbrances were written. Never a JMBG: the search text is no place for one.
 */
export function propertySearchText(entry: RealEstate, leases: RealEstateLease[], encumbrances: RealEstateEncumbrance[]): string {
  return registerSearchText(
    entry.cadastralMunicipality,
    entry.parcelNumber,
    entry.address,
    entry.legalBasis,
    entry.userName,
    ...leases.flatMap((lease) => [lease.lesseeName, lease.lesseeRegistrationNumber, lease.contractNumber]),
    ...encumbrances.flatMap((encumbrance) => [encumbrance.inFavourOf, encumbrance.reference]),
  );
}
