import type { DocumentLabels } from '../labels.js';
import { bs } from './bs.js';
import { srLatn } from './sr-Latn.js';

/** Montenegrin (Latin script): ijekavian like Bosnian, with the Serbian words for the historical archive and the portal. */
export const cnr: DocumentLabels = {
  ...bs,
  lang: 'cnr',
  numberLocale: 'sr-Latn-ME',
  disposalList: { ...bs.disposalList, title: { ...bs.disposalList.title, handover: srLatn.disposalList.title.handover } },
  receivedVia: { ...bs.receivedVia, portal: srLatn.receivedVia.portal },
  caseStatus: { ...bs.caseStatus, handed_over: srLatn.caseStatus.handed_over },
};
