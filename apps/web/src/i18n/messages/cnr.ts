import { bs } from './bs';
import { withOverrides, type Messages } from './types';

/** Montenegrin: ijekavian like Bosnian, with Montenegro's own administrative words. */
export const cnr: Messages = withOverrides(bs, {
  app: { tagline: 'Kancelarijsko poslovanje opštinske uprave' },
  common: { create: 'Napravi' },
  receipt: { authority: 'Opštinska uprava' },
  admin: {
    positionCreated: 'Radno mjesto „{{title}}” je napravljeno.',
    userCreated: 'Korisnik {{username}} je napravljen.',
    isDefault: 'Podrazumijevana knjiga',
  },
  outgoing: { sentOn: 'Poslato', markSent: 'Označi kao poslato', sentDone: 'Označeno kao poslato.' },
  mailStatus: { sent: 'Poslato' },
  event: { 'mail.send': 'Poslato' },
  registerFields: { cadastralMunicipality: 'Katastarska opština', municipalityRole: 'Opština kao' },
  attorneyCalendar: { subtitle: 'Kalendar opštinskog pravobranioca: zakazana ročišta i rokovi za žalbu koji ističu' },
});
