import type { DocumentLabels } from '../labels.js';
import { srLatn } from './sr-Latn.js';

/**
 * Bosnian (Latin script): Serbian Latin in its ijekavian form (vrijeme, rješavanje, mjesto), with
 * Bosnian usage where it differs (historijski arhiv, "s povratnicom").
 */
export const bs: DocumentLabels = {
  ...srLatn,
  lang: 'bs',
  numberLocale: 'bs-Latn-BA',
  receipt: {
    ...srLatn.receipt,
    receivedAt: 'Datum i vrijeme prijema',
    dueDate: 'Zakonski rok za rješavanje',
    lookupCode: 'Kod za provjeru',
    lookupHint: 'Kada se raspitujete o stanju predmeta, navedite broj predmeta i kod za provjeru.',
  },
  cover: { ...srLatn.cover, dueDate: 'Rok za rješavanje' },
  caseRegister: { ...srLatn.caseRegister, title: 'DJELOVODNIK (osnovna evidencija predmeta i akata)' },
  deliveryBook: { ...srLatn.deliveryBook, superseded: 'zamijenjeno {at}' },
  archiveBook: { ...srLatn.archiveBook, columns: { ...srLatn.archiveBook.columns, location: 'Mjesto čuvanja' } },
  disposalList: {
    ...srLatn.disposalList,
    title: { ...srLatn.disposalList.title, handover: 'POPIS ARHIVSKE GRAĐE ZA PREDAJU HISTORIJSKOM ARHIVU' },
    columns: { ...srLatn.disposalList.columns, location: 'Mjesto čuvanja' },
  },
  receivedVia: { ...srLatn.receivedVia, portal: 'putem portala' },
  dispatchMethod: { ...srLatn.dispatchMethod, registered_post_return_receipt: 'preporučeno s povratnicom' },
  caseStatus: { ...srLatn.caseStatus, resolved: 'riješen', handed_over: 'predat historijskom arhivu' },
};
