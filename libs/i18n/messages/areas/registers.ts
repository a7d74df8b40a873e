import { defineMessages } from '../area.js';

/**
 * Messages of the registers. Shared by every register: each adds its own codes (prefixed with the
 * register's name) in its own block, in all six languages.
 */
export const registersMessages = defineMessages({
  en: {
    REGISTER_CASE_NOT_FOUND: 'The case the change is made in does not exist or is not visible to you.',
    REGISTER_CASE_NOT_PROCESSABLE: 'Register entries change only through a case you process; case {number} is not yours to process.',
    REGISTER_CASE_NOT_OPEN: 'Case {number} is in state "{status}" and takes no more decisions.',
    REGISTER_ENTRY_NOT_FOUND: 'The register entry does not exist.',
  },
  'sr-Latn': {
    REGISTER_CASE_NOT_FOUND: 'Predmet u kome se menja evidencija ne postoji ili vam nije dostupan.',
    REGISTER_CASE_NOT_PROCESSABLE: 'Evidencija se menja samo kroz predmet koji obrađujete; predmet {number} ne obrađujete vi.',
    REGISTER_CASE_NOT_OPEN: 'Predmet {number} je u stanju „{status}“ i u njemu se više ne odlučuje.',
    REGISTER_ENTRY_NOT_FOUND: 'Upis u evidenciji ne postoji.',
  },
  bs: {
    REGISTER_CASE_NOT_FOUND: 'Predmet u kojem se mijenja evidencija ne postoji ili vam nije dostupan.',
    REGISTER_CASE_NOT_PROCESSABLE: 'Evidencija se mijenja samo kroz predmet koji obrađujete; predmet {number} ne obrađujete vi.',
    REGISTER_CASE_NOT_OPEN: 'Predmet {number} je u stanju „{status}“ i u njemu se više ne odlučuje.',
    REGISTER_ENTRY_NOT_FOUND: 'Upis u evidenciji ne postoji.',
  },
  cnr: {
    REGISTER_CASE_NOT_FOUND: 'Predmet u kojem se mijenja evidencija ne postoji ili vam nije dostupan.',
    REGISTER_CASE_NOT_PROCESSABLE: 'Evidencija se mijenja samo kroz predmet koji obrađujete; predmet {number} ne obrađujete vi.',
    REGISTER_CASE_NOT_OPEN: 'Predmet {number} je u stanju „{status}“ i u njemu se više ne odlučuje.',
    REGISTER_ENTRY_NOT_FOUND: 'Upis u evidenciji ne postoji.',
  },
  mk: {
    REGISTER_CASE_NOT_FOUND: 'Предметот во кој се менува евиденцијата не постои или не ви е достапен.',
    REGISTER_CASE_NOT_PROCESSABLE: 'Евиденцијата се менува само преку предмет што го обработувате; предметот {number} не го обработувате вие.',
    REGISTER_CASE_NOT_OPEN: 'Предметот {number} е во состојба „{status}“ и во него повеќе не се одлучува.',
    REGISTER_ENTRY_NOT_FOUND: 'Записот во евиденцијата не постои.',
  },
  bg: {
    REGISTER_CASE_NOT_FOUND: 'Преписката, в която се променя регистърът, не съществува или не ви е достъпна.',
    REGISTER_CASE_NOT_PROCESSABLE: 'Регистърът се променя само чрез преписка, която обработвате; преписка {number} не се обработва от вас.',
    REGISTER_CASE_NOT_OPEN: 'Преписка {number} е в състояние „{status}“ и по нея вече не се решава.',
    REGISTER_ENTRY_NOT_FOUND: 'Записът в регистъра не съществува.',
  },
});
