/**
 * Default classification plan (plan klasifikacionih oznaka) shipped with Spis.
 *
 * Structure follows the ten main groups (0–9) of the Instruction on office
 * operations (Uputstvo o kancelarijskom poslovanju organa državne uprave,
 * "Sl. glasnik RS", br. 10/93 i 14/93), refined decimally into two-digit groups
 * and three-digit subgroups as used by municipal administrations. Retention
 * periods (rok čuvanja) follow the usual municipal list of categories of
 * registry material (lista kategorija registraturskog materijala).
 *
 * This is a starting point only: every municipality adopts its own plan and
 * list of categories (with the consent of the competent archive) and may edit
 * marks and retention periods after import.
 *
 * Invariants (checked in default-plan.spec.ts): codes are unique, match
 * /^[0-9]{1,3}$/, every two- and three-digit code has its parent in the plan,
 * the list is sorted by code as strings (parent before children), each mark has
 * exactly one of `retentionYears` / `permanent`, and a parent's retention is
 * never shorter than any of its children's.
 */

/** One mark of the classification plan as shipped. Exactly one of retentionYears / permanent. */
export interface DefaultClassificationMark {
  code: string;
  title: string;
  retentionYears?: number;
  permanent?: true;
}

/** Year from which the default plan is valid. */
export const DEFAULT_PLAN_VALID_FROM_YEAR = 2020;

const P = { permanent: true } as const;
const y = (retentionYears: number) => ({ retentionYears });

export const DEFAULT_CLASSIFICATION_PLAN: readonly DefaultClassificationMark[] = [
  // 0 — državno uređenje, organizacija i rad državnih organa, statistika
  { code: '0', title: 'Državno uređenje, organizacija i rad državnih organa i statistika', ...P },
  { code: '00', title: 'Državno uređenje i lokalna samouprava', ...P },
  { code: '001', title: 'Statut, simboli i javna priznanja opštine', ...P },
  { code: '002', title: 'Teritorijalna organizacija, naseljena mesta i mesne zajednice', ...P },
  { code: '01', title: 'Organi opštine', ...P },
  { code: '011', title: 'Skupština opštine — sednice, odluke i drugi akti skupštine i radnih tela', ...P },
  { code: '012', title: 'Predsednik i zamenik predsednika opštine — akti i rad', ...P },
  { code: '013', title: 'Izbori i referendum', ...P },
  { code: '014', title: 'Opštinsko veće — sednice, rešenja i zaključci', ...P },
  { code: '02', title: 'Organizacija i rad opštinske uprave', ...P },
  { code: '020', title: 'Organizacija i rad opštinske uprave — opšta pitanja i akti o organizaciji', ...P },
  { code: '022', title: 'Programi, planovi i izveštaji o radu', ...P },
  { code: '023', title: 'Javna preduzeća i ustanove čiji je osnivač opština — osnivanje, statuti i programi poslovanja', ...P },
  { code: '03', title: 'Kancelarijsko i arhivsko poslovanje, informisanje i opšti poslovi', ...P },
  { code: '031', title: 'Kancelarijsko poslovanje — prijem, zavođenje, otprema i dostava pošte', ...y(5) },
  { code: '032', title: 'Osnovne evidencije predmeta i akata (delovodnik, popis akata, arhivska knjiga)', ...P },
  { code: '035', title: 'Arhivsko poslovanje — lista kategorija, izlučivanje i predaja arhivske građe', ...P },
  { code: '037', title: 'Slobodan pristup informacijama od javnog značaja', ...y(5) },
  { code: '039', title: 'Predstavke, pritužbe i predlozi građana', ...y(5) },
  { code: '04', title: 'Međuopštinska i međunarodna saradnja', ...P },
  { code: '040', title: 'Međuopštinska, regionalna i međunarodna saradnja i bratimljenje', ...P },
  { code: '05', title: 'Statistika', ...y(10) },
  { code: '050', title: 'Statistička istraživanja, popisi i statistički izveštaji', ...y(10) },

  // 1 — rad, radni odnosi i socijalno osiguranje
  { code: '1', title: 'Rad, radni odnosi i socijalno osiguranje', ...P },
  { code: '10', title: 'Rad i zapošljavanje', ...y(10) },
  { code: '100', title: 'Zapošljavanje — lokalni akcioni plan i programi zapošljavanja', ...y(10) },
  { code: '11', title: 'Radni odnosi', ...P },
  { code: '110', title: 'Organizacija i sistematizacija radnih mesta', ...P },
  { code: '111', title: 'Zasnivanje radnog odnosa — konkursi, oglasi i izbor kandidata', ...y(5) },
  { code: '112', title: 'Personalni dosijei i rešenja o pravima i obavezama zaposlenih', ...P },
  { code: '113', title: 'Državni stručni ispit i stručno usavršavanje zaposlenih', ...y(10) },
  { code: '115', title: 'Disciplinska odgovornost i odgovornost za štetu', ...y(10) },
  { code: '118', title: 'Bezbednost i zdravlje na radu', ...P },
  { code: '12', title: 'Zarade i druga primanja zaposlenih', ...P },
  { code: '120', title: 'Plate, naknade plata i druga primanja zaposlenih', ...P },
  { code: '13', title: 'Kolektivno pregovaranje i sindikalno organizovanje', ...P },
  { code: '130', title: 'Kolektivni ugovori i saradnja sa sindikatom', ...P },
  { code: '18', title: 'Socijalno osiguranje zaposlenih', ...P },
  { code: '181', title: 'Penzijsko i invalidsko osiguranje — prijave i odjave na osiguranje', ...P },
  { code: '182', title: 'Zdravstveno osiguranje zaposlenih i privremena sprečenost za rad', ...y(10) },

  // 2 — lična stanja građana, državna i javna bezbednost
  { code: '2', title: 'Lična stanja građana, državna i javna bezbednost', ...P },
  { code: '20', title: 'Lična stanja građana', ...P },
  { code: '200', title: 'Matične knjige — upis, naknadni upis, ispravka i poništaj upisa', ...P },
  { code: '201', title: 'Lično ime — određivanje i promena ličnog imena', ...P },
  { code: '202', title: 'Zaključenje braka', ...P },
  { code: '203', title: 'Izvodi iz matičnih knjiga', ...y(2) },
  { code: '204', title: 'Državljanstvo — upis i evidencija državljana', ...P },
  { code: '206', title: 'Birački spisak — upis, brisanje, izmene i dopune', ...y(10) },
  { code: '207', title: 'Smrtovnice i podaci za ostavinski postupak', ...P },
  { code: '21', title: 'Javna bezbednost, zaštita i spasavanje', ...P },
  { code: '210', title: 'Javni red, mir i bezbednost građana', ...y(5) },
  { code: '217', title: 'Vanredne situacije, zaštita i spasavanje — procena rizika, planovi i štab za vanredne situacije', ...P },
  { code: '218', title: 'Zaštita od požara', ...y(10) },
  { code: '22', title: 'Izbegla, prognana i interno raseljena lica i migracije', ...y(10) },
  { code: '220', title: 'Izbeglice i interno raseljena lica — status, stambeno zbrinjavanje i pomoć', ...y(10) },

  // 3 — privreda
  { code: '3', title: 'Privreda', ...P },
  { code: '30', title: 'Privreda — opšta pitanja i privredni razvoj', ...P },
  { code: '300', title: 'Privredni i lokalni ekonomski razvoj — strategije i programi', ...P },
  { code: '301', title: 'Podsticaji i subvencije privrednim subjektima', ...y(10) },
  { code: '31', title: 'Industrija i energetika', ...y(10) },
  { code: '310', title: 'Energetika i energetska efikasnost', ...y(10) },
  { code: '32', title: 'Poljoprivreda, šumarstvo i vodoprivreda', ...P },
  { code: '320', title: 'Poljoprivredno zemljište — program zaštite, uređenja i korišćenja, zakup', ...P },
  { code: '321', title: 'Podsticaji u poljoprivredi i ruralnom razvoju', ...y(10) },
  { code: '322', title: 'Veterinarstvo, zaštita i dobrobit životinja', ...y(10) },
  { code: '325', title: 'Vodoprivreda — vodni akti, odbrana od poplava i odvodnjavanje', ...P },
  { code: '33', title: 'Trgovina, ugostiteljstvo i turizam', ...y(10) },
  { code: '330', title: 'Trgovina — radno vreme i prodaja van prodajnog objekta', ...y(5) },
  { code: '332', title: 'Ugostiteljstvo — kategorizacija i radno vreme ugostiteljskih objekata', ...y(10) },
  { code: '334', title: 'Turizam — turistička organizacija, boravišna taksa i kategorizacija smeštaja', ...y(10) },
  { code: '34', title: 'Saobraćaj i veze', ...P },
  { code: '340', title: 'Saobraćaj — javni linijski i taksi prevoz', ...y(10) },
  { code: '344', title: 'Opštinski putevi i ulice — kategorizacija, izgradnja i održavanje', ...P },
  { code: '35', title: 'Urbanizam, građevinarstvo i komunalne delatnosti', ...P },
  { code: '350', title: 'Prostorno i urbanističko planiranje — planski dokumenti i informacije o lokaciji', ...P },
  { code: '351', title: 'Urbanizam i izgradnja objekata — lokacijski uslovi, građevinske i upotrebne dozvole', ...P },
  { code: '352', title: 'Komunalne delatnosti — vodovod, kanalizacija, javna čistoća i javne zelene površine', ...y(10) },
  { code: '353', title: 'Ozakonjenje (legalizacija) objekata', ...P },
  { code: '354', title: 'Građevinska inspekcija — nadzor nad izgradnjom i uklanjanje objekata', ...P },
  { code: '355', title: 'Komunalna inspekcija', ...y(5) },
  { code: '356', title: 'Zauzeće javnih površina i postavljanje privremenih objekata', ...y(5) },
  { code: '357', title: 'Groblja i sahranjivanje — grobna mesta i evidencija sahranjenih', ...P },
  { code: '36', title: 'Stambeni poslovi', ...P },
  { code: '360', title: 'Stanovanje — stambena podrška i stambeno zbrinjavanje', ...y(10) },
  { code: '361', title: 'Stambene zajednice i upravljanje zgradama — registar, prinudni upravnik i održavanje', ...P },
  { code: '362', title: 'Stanovi u javnoj svojini — dodela, zakup i otkup', ...P },

  // 4 — finansije
  { code: '4', title: 'Finansije', ...P },
  { code: '40', title: 'Budžet i finansijsko poslovanje', ...P },
  { code: '400', title: 'Budžet opštine — odluka o budžetu, rebalans i završni račun', ...P },
  { code: '401', title: 'Izvršenje budžeta, plaćanja, transferi i dotacije', ...y(10) },
  { code: '402', title: 'Računovodstvo, knjigovodstvene isprave i finansijski izveštaji', ...y(10) },
  { code: '404', title: 'Javne nabavke', ...y(10) },
  { code: '41', title: 'Zaduživanje i krediti', ...y(10) },
  { code: '410', title: 'Zaduživanje opštine — krediti i garancije', ...y(10) },
  { code: '42', title: 'Osiguranje', ...y(5) },
  { code: '420', title: 'Osiguranje imovine, lica i vozila', ...y(5) },
  { code: '43', title: 'Lokalni javni prihodi', ...y(10) },
  { code: '430', title: 'Lokalni javni prihodi — opšta pitanja i lokalna poreska administracija', ...y(10) },
  { code: '434', title: 'Naknade za korišćenje javnih dobara', ...y(10) },
  { code: '436', title: 'Porez na imovinu — utvrđivanje, naplata i poreska kontrola', ...y(10) },
  { code: '45', title: 'Doprinos za uređivanje građevinskog zemljišta', ...y(10) },
  { code: '450', title: 'Doprinos za uređivanje građevinskog zemljišta — obračun, ugovori i naplata', ...y(10) },
  { code: '46', title: 'Imovinsko-pravni poslovi', ...P },
  { code: '460', title: 'Imovinsko-pravni poslovi — opšta pitanja', ...P },
  { code: '463', title: 'Javna svojina i građevinsko zemljište — pribavljanje, otuđenje, zakup i davanje na korišćenje', ...P },
  { code: '464', title: 'Poslovni prostor u javnoj svojini — zakup i korišćenje', ...y(10) },
  { code: '465', title: 'Eksproprijacija i administrativni prenos nepokretnosti', ...P },

  // 5 — zdravlje i socijalna zaštita
  { code: '5', title: 'Zdravlje i socijalna zaštita', ...P },
  { code: '50', title: 'Zdravstvo i zaštita životne sredine', ...P },
  { code: '500', title: 'Zdravstvena zaštita i saradnja sa zdravstvenim ustanovama', ...y(10) },
  { code: '501', title: 'Zaštita životne sredine — procena uticaja projekata, dozvole i mere zaštite', ...P },
  { code: '55', title: 'Socijalna zaštita i zaštita porodice', ...y(10) },
  { code: '550', title: 'Socijalna zaštita — opšta pitanja i prava iz socijalne zaštite', ...y(10) },
  { code: '553', title: 'Finansijska podrška porodici sa decom i populaciona politika', ...y(10) },
  { code: '56', title: 'Boračko-invalidska zaštita', ...P },
  { code: '560', title: 'Prava boraca, vojnih i civilnih invalida rata i članova njihovih porodica', ...P },

  // 6 — prosveta, nauka, kultura
  { code: '6', title: 'Prosveta, nauka, kultura, informisanje i sport', ...P },
  { code: '60', title: 'Predškolsko vaspitanje i obrazovanje', ...y(10) },
  { code: '601', title: 'Predškolska ustanova — mreža, upis i ekonomska cena usluga', ...y(10) },
  { code: '61', title: 'Osnovno i srednje obrazovanje', ...y(10) },
  { code: '610', title: 'Osnovno obrazovanje — mreža škola, upis i obuhvat dece', ...y(10) },
  { code: '612', title: 'Prevoz, smeštaj i ishrana učenika', ...y(5) },
  { code: '62', title: 'Učenički i studentski standard', ...y(10) },
  { code: '620', title: 'Stipendije, krediti i nagrade učenicima i studentima', ...y(10) },
  { code: '63', title: 'Kultura', ...P },
  { code: '630', title: 'Kultura — ustanove kulture, programi i projekti u kulturi', ...y(10) },
  { code: '633', title: 'Zaštita kulturnog nasleđa', ...P },
  { code: '64', title: 'Javno informisanje', ...y(10) },
  { code: '640', title: 'Javno informisanje — sufinansiranje projekata i saradnja sa medijima', ...y(10) },
  { code: '65', title: 'Nauka i tehnološki razvoj', ...y(10) },
  { code: '650', title: 'Naučnoistraživački rad, inovacije i saradnja sa naučnim ustanovama', ...y(10) },
  { code: '66', title: 'Fizička kultura i sport', ...y(10) },
  { code: '660', title: 'Sport — programi, sportske organizacije i sportski objekti', ...y(10) },
  { code: '67', title: 'Omladina', ...y(10) },
  { code: '670', title: 'Omladinska politika — kancelarija za mlade i programi za mlade', ...y(10) },

  // 7 — sudstvo, tužilaštvo i pravobranilaštvo
  { code: '7', title: 'Sudstvo, tužilaštvo i pravobranilaštvo', ...P },
  { code: '70', title: 'Sudstvo', ...y(10) },
  { code: '700', title: 'Sudski postupci i saradnja sa sudovima', ...y(10) },
  { code: '72', title: 'Prekršaji', ...y(10) },
  { code: '720', title: 'Prekršajni nalozi i zahtevi za pokretanje prekršajnog postupka', ...y(10) },
  { code: '74', title: 'Pravobranilaštvo', ...P },
  { code: '740', title: 'Opštinsko pravobranilaštvo — zastupanje opštine u sudskim i upravnim postupcima', ...P },
  { code: '75', title: 'Besplatna pravna pomoć', ...y(5) },
  { code: '750', title: 'Besplatna pravna pomoć i besplatna pravna podrška', ...y(5) },

  // 8 — vojni predmeti, narodna odbrana
  { code: '8', title: 'Vojni predmeti — narodna odbrana', ...P },
  { code: '80', title: 'Odbrana — opšta pitanja', ...P },
  { code: '800', title: 'Odbrambene pripreme i plan odbrane opštine', ...P },
  { code: '82', title: 'Obaveze građana i pravnih lica u odbrani', ...P },
  { code: '820', title: 'Radna, materijalna i vojna obaveza', ...P },
  { code: '84', title: 'Zaštita tajnih podataka', ...y(10) },
  { code: '840', title: 'Zaštita tajnih podataka i kriptozaštita', ...y(10) },

  // 9 — predmeti koji ne spadaju u grupe 0–8
  { code: '9', title: 'Predmeti koji ne spadaju u grupe od 0 do 8', ...y(10) },
  { code: '90', title: 'Ostali predmeti', ...y(5) },
  { code: '900', title: 'Ostali predmeti i opšta korespondencija', ...y(5) },
  { code: '95', title: 'Udruženja građana i verske zajednice', ...y(10) },
  { code: '950', title: 'Udruženja građana i verske zajednice — finansiranje programa od javnog interesa i saradnja', ...y(10) },
];
