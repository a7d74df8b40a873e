import type { SelectQueryBuilder, ObjectLiteral } from 'typeorm';
import { searchFold } from '../../i18n/transliterate.js';
import { containsPattern } from '../../shared/validation.js';

/**
 * The text an entry is found by: its names, numbers and addresses folded as case search folds
 * them (Cyrillic to Latin, no diacritics, lower case), so "Đorđević", "Djordjevic" and
 * "Ђорђевић" find the same entry. Stored in the entry's `search_text` column.
 */
export function registerSearchText(...parts: Array<string | number | null | undefined>): string {
  return searchFold(parts.filter((part) => part !== null && part !== undefined && part !== '').join(' '));
}

/** Narrows `qb` to entries whose `column` (a folded search text) holds every word of `q`. */
export function whereSearchMatches<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, column: string, q: string | undefined): SelectQueryBuilder<T> {
  if (!q) return qb;
  const words = searchFold(q).split(/\s+/).filter(Boolean);
  words.forEach((word, i) => qb.andWhere(`${column} LIKE :searchWord${i}`, { [`searchWord${i}`]: containsPattern(word) }));
  return qb;
}

/** Narrows `qb` to entries created or changed in case `caseId` (`idColumn` is the entry's id). */
export function whereChangedInCase<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, register: string, idColumn: string, caseId: string | undefined): SelectQueryBuilder<T> {
  if (!caseId) return qb;
  return qb.andWhere(
    `EXISTS (SELECT 1 FROM register_entry_case rec WHERE rec.register = :linkRegister AND rec.entry_id = ${idColumn} AND rec.case_id = :linkCaseId)`,
    { linkRegister: register, linkCaseId: caseId },
  );
}
