/**
 * How often each classification mark occurs in a city administration's decade, which section
 * handles it, whether it is an administrative procedure (ZUP) and with what share needing an
 * examination procedure (60 instead of 30 days), and the subjects clerks write for it.
 * Weights are cases per 10,000; the largest flows are civil status extracts, property tax,
 * legalisation, building permits, social and child benefits and inspections.
 */
export interface ClassProfile {
  code: string;
  weight: number;
  unit: string;
  /** Share of cases that are administrative procedures with a ZUP deadline. */
  administrative: number;
  /** Share of the administrative ones with an examination procedure. */
  examination: number;
  /** Subjects, with slots filled by `fillSubject`. */
  subjects: string[];
  /** Share of parties that are companies (else citizens, a few institutions). */
  companies?: number;
}

export const CLASS_PROFILES: ClassProfile[] = [
  { code: '200', weight: 420, unit: 'I-03', administrative: 0.9, examination: 0.1, subjects: ['Zahtev za naknadni upis u matičnu knjigu rođenih', 'Zahtev za ispravku greške u matičnoj knjizi venčanih', 'Upis činjenice smrti nastupele u inostranstvu', 'Zahtev za upis u matičnu knjigu rođenih — rođenje u inostranstvu'] },
  { code: '201', weight: 90, unit: 'I-03', administrative: 1, examination: 0.05, subjects: ['Zahtev za promenu ličnog imena', 'Zahtev za promenu prezimena nakon razvoda braka'] },
  { code: '202', weight: 160, unit: 'I-03', administrative: 0.3, examination: 0, subjects: ['Prijava za zaključenje braka', 'Zahtev za zaključenje braka van službenih prostorija'] },
  { code: '203', weight: 900, unit: 'I-03', administrative: 0, examination: 0, subjects: ['Zahtev za izdavanje izvoda iz matične knjige rođenih', 'Zahtev za izdavanje izvoda iz matične knjige venčanih za inostranstvo', 'Zahtev za izdavanje uverenja o državljanstvu', 'Zahtev za izdavanje izvoda iz matične knjige umrlih'] },
  { code: '204', weight: 60, unit: 'I-03', administrative: 1, examination: 0.2, subjects: ['Zahtev za upis u evidenciju državljana', 'Zahtev za ispravku podataka u evidenciji državljana'] },
  { code: '206', weight: 70, unit: 'I-03', administrative: 1, examination: 0, subjects: ['Zahtev za upis u birački spisak', 'Zahtev za promenu podataka u biračkom spisku'] },
  { code: '207', weight: 110, unit: 'I-03', administrative: 0, examination: 0, subjects: ['Smrtovnica — {person}', 'Podaci za ostavinski postupak iza pok. {person}'] },
  { code: '037', weight: 70, unit: 'I-04', administrative: 1, examination: 0, subjects: ['Zahtev za pristup informacijama od javnog značaja o ugovorima iz {year}. godine', 'Zahtev za pristup informacijama — troškovi reprezentacije'] },
  { code: '039', weight: 120, unit: 'I-04', administrative: 0, examination: 0, subjects: ['Predstavka građana ulice {street} o buci', 'Pritužba na rad službenika', 'Predlog za uređenje parka u ulici {street}'] },
  { code: '031', weight: 60, unit: 'I-04', administrative: 0, examination: 0, subjects: ['Dostava pošte — povratnice za {n} pošiljaka', 'Zahtev za dostavu akata elektronskim putem'] },
  { code: '436', weight: 1150, unit: 'II-02', administrative: 0.85, examination: 0.15, subjects: ['Poreska prijava za utvrđivanje poreza na imovinu za {year}. godinu', 'Žalba na rešenje o utvrđivanju poreza na imovinu', 'Zahtev za poresko oslobođenje za stan u ulici {street}', 'Zahtev za odlaganje plaćanja poreskog duga u ratama'] },
  { code: '430', weight: 140, unit: 'II-02', administrative: 0.7, examination: 0.1, subjects: ['Zahtev za izdavanje uverenja o izmirenim lokalnim javnim prihodima', 'Zahtev za povraćaj više plaćenog poreza'], companies: 0.4 },
  { code: '434', weight: 90, unit: 'II-02', administrative: 0.8, examination: 0.1, subjects: ['Naknada za zaštitu životne sredine — prijava za {year}. godinu', 'Zahtev za umanjenje naknade za korišćenje javnih površina'], companies: 0.7 },
  { code: '401', weight: 90, unit: 'II-01', administrative: 0, examination: 0, subjects: ['Zahtev za isplatu dotacije udruženju za {year}. godinu', 'Zahtev za prenos sredstava ustanovi kulture'], companies: 0.3 },
  { code: '402', weight: 50, unit: 'II-01', administrative: 0, examination: 0, subjects: ['Finansijski izveštaj za {year}. godinu', 'Knjigovodstvene isprave — kompenzacija sa {company}'], companies: 0.6 },
  { code: '404', weight: 80, unit: 'II-03', administrative: 0, examination: 0, subjects: ['Javna nabavka radova na rekonstrukciji ulice {street}', 'Zahtev za zaštitu prava u postupku javne nabavke — {company}', 'Javna nabavka kancelarijskog materijala za {year}. godinu'], companies: 0.9 },
  { code: '330', weight: 120, unit: 'III-01', administrative: 1, examination: 0.1, subjects: ['Zahtev za odobrenje prodaje robe van prodajnog objekta', 'Zahtev za produženo radno vreme prodavnice u ulici {street}'], companies: 0.6 },
  { code: '332', weight: 110, unit: 'III-01', administrative: 1, examination: 0.3, subjects: ['Zahtev za kategorizaciju ugostiteljskog objekta — {company}', 'Zahtev za produženo radno vreme ugostiteljskog objekta'], companies: 0.7 },
  { code: '334', weight: 60, unit: 'III-03', administrative: 1, examination: 0.3, subjects: ['Zahtev za kategorizaciju objekta domaće radinosti', 'Prijava boravišne takse za {year}. godinu'] },
  { code: '30', weight: 600, unit: 'III-01', administrative: 1, examination: 0.05, subjects: ['Prijava za upis radnje u registar — {company}', 'Prijava za upis frizerske radnje u registar', 'Prijava za upis ugostiteljske radnje u registar', 'Prijava privremene odjave radnje', 'Prijava nastavka obavljanja delatnosti radnje', 'Zahtev za brisanje radnje iz registra', 'Prijava promene adrese radnje u ulici {street}'] },
  { code: '301', weight: 50, unit: 'III-01', administrative: 0, examination: 0, subjects: ['Prijava na konkurs za subvencije preduzetnicima — {company}', 'Zahtev za podsticaj za otvaranje novih radnih mesta'], companies: 0.8 },
  { code: '320', weight: 80, unit: 'III-02', administrative: 0.6, examination: 0.3, subjects: ['Zahtev za zakup poljoprivrednog zemljišta u KO {ko}', 'Zahtev za promenu namene poljoprivrednog zemljišta, kat. parcela {parcel} KO {ko}'] },
  { code: '321', weight: 90, unit: 'III-02', administrative: 1, examination: 0.1, subjects: ['Zahtev za podsticaj za nabavku opreme za poljoprivredno gazdinstvo', 'Zahtev za subvenciju za osiguranje useva'] },
  { code: '322', weight: 40, unit: 'III-02', administrative: 0.5, examination: 0.2, subjects: ['Prijava napuštenih pasa u ulici {street}', 'Zahtev za naknadu štete od ujeda psa lutalice'] },
  { code: '310', weight: 40, unit: 'III-03', administrative: 0.6, examination: 0.2, subjects: ['Zahtev za subvenciju za energetsku sanaciju porodične kuće', 'Zahtev za sufinansiranje zamene stolarije'] },
  { code: '350', weight: 180, unit: 'IV-01', administrative: 0.6, examination: 0, subjects: ['Zahtev za izdavanje informacije o lokaciji za kat. parcelu {parcel} KO {ko}', 'Inicijativa za izmenu plana detaljne regulacije bloka u KO {ko}'] },
  { code: '351', weight: 760, unit: 'IV-02', administrative: 1, examination: 0.35, subjects: ['Zahtev za izdavanje građevinske dozvole za porodični stambeni objekat na kat. parceli {parcel} KO {ko}', 'Zahtev za izdavanje lokacijskih uslova za kat. parcelu {parcel} KO {ko}', 'Zahtev za izdavanje upotrebne dozvole za objekat u ulici {street}', 'Prijava radova za izgradnju pomoćnog objekta na kat. parceli {parcel} KO {ko}', 'Zahtev za rešenje o odobrenju izvođenja radova na adaptaciji stana u ulici {street}'], companies: 0.3 },
  { code: '353', weight: 700, unit: 'IV-03', administrative: 1, examination: 0.6, subjects: ['Zahtev za ozakonjenje porodičnog stambenog objekta na kat. parceli {parcel} KO {ko}', 'Zahtev za ozakonjenje pomoćnog objekta — garaže na kat. parceli {parcel} KO {ko}', 'Zahtev za ozakonjenje dogradnje stana u ulici {street}'] },
  { code: '352', weight: 140, unit: 'IX-01', administrative: 0.5, examination: 0.2, subjects: ['Zahtev za priključenje objekta na vodovodnu mrežu u ulici {street}', 'Prijava kvara javne rasvete u ulici {street}', 'Zahtev za uklanjanje stabla ispred zgrade u ulici {street}'] },
  { code: '356', weight: 260, unit: 'IX-02', administrative: 1, examination: 0.1, subjects: ['Zahtev za zauzeće javne površine postavljanjem bašte ugostiteljskog objekta u ulici {street}', 'Zahtev za postavljanje kioska na lokaciji u ulici {street}', 'Zahtev za zauzeće javne površine radi izvođenja građevinskih radova'], companies: 0.6 },
  { code: '357', weight: 60, unit: 'IX-01', administrative: 0.6, examination: 0, subjects: ['Zahtev za dodelu grobnog mesta', 'Zahtev za prenos prava korišćenja grobnice'] },
  { code: '361', weight: 120, unit: 'V-03', administrative: 1, examination: 0.2, subjects: ['Prijava za upis stambene zajednice zgrade u ulici {street} u registar', 'Zahtev za postavljanje prinudnog upravnika za zgradu u ulici {street}'] },
  { code: '360', weight: 60, unit: 'V-03', administrative: 0.7, examination: 0.3, subjects: ['Prijava na javni poziv za stambenu podršku', 'Zahtev za dodelu stana u zakup mladim bračnim parovima'] },
  { code: '362', weight: 120, unit: 'V-03', administrative: 1, examination: 0.4, subjects: ['Zahtev za otkup stana u javnoj svojini u ulici {street}', 'Zahtev za otkup stana na kome je podnosilac nosilac stanarskog prava', 'Zahtev za zakup stana u javnoj svojini', 'Zahtev za izdavanje potvrde o otplaćenim ratama otkupa stana'] },
  { code: '344', weight: 60, unit: 'X-01', administrative: 0.4, examination: 0.2, subjects: ['Zahtev za postavljanje ležećih policajaca u ulici {street}', 'Zahtev za saglasnost za prekop kolovoza u ulici {street}'] },
  { code: '340', weight: 80, unit: 'X-01', administrative: 1, examination: 0.1, subjects: ['Zahtev za izdavanje taksi dozvole', 'Zahtev za registraciju reda vožnje u linijskom prevozu'], companies: 0.5 },
  { code: '354', weight: 300, unit: 'XI-01', administrative: 1, examination: 0.7, subjects: ['Prijava bespravne gradnje na kat. parceli {parcel} KO {ko}', 'Zahtev za inspekcijski nadzor nad izvođenjem radova u ulici {street}', 'Rešenje o uklanjanju objekta na kat. parceli {parcel} KO {ko}'] },
  { code: '355', weight: 420, unit: 'XI-02', administrative: 0.8, examination: 0.5, subjects: ['Prijava komunalnom inspektoru — deponija u ulici {street}', 'Zahtev za komunalni nadzor nad radom ugostiteljskog objekta u ulici {street}', 'Prijava nepropisno postavljenih reklama u ulici {street}'] },
  { code: '463', weight: 170, unit: 'V-01', administrative: 0.8, examination: 0.6, subjects: ['Zahtev za otuđenje građevinskog zemljišta, kat. parcela {parcel} KO {ko}', 'Zahtev za konverziju prava korišćenja u pravo svojine, kat. parcela {parcel} KO {ko}', 'Zahtev za utvrđivanje zemljišta za redovnu upotrebu objekta'] },
  { code: '464', weight: 60, unit: 'V-01', administrative: 0.5, examination: 0.2, subjects: ['Zahtev za zakup poslovnog prostora u ulici {street}', 'Zahtev za smanjenje zakupnine za poslovni prostor'], companies: 0.7 },
  { code: '465', weight: 60, unit: 'V-02', administrative: 1, examination: 0.8, subjects: ['Predlog za eksproprijaciju kat. parcele {parcel} KO {ko} radi izgradnje saobraćajnice', 'Zahtev za određivanje naknade za eksproprisanu nepokretnost'] },
  { code: '450', weight: 110, unit: 'V-01', administrative: 1, examination: 0.2, subjects: ['Zahtev za obračun doprinosa za uređivanje građevinskog zemljišta', 'Zahtev za plaćanje doprinosa u ratama'], companies: 0.4 },
  { code: '550', weight: 380, unit: 'VI-01', administrative: 1, examination: 0.3, subjects: ['Zahtev za jednokratnu novčanu pomoć', 'Zahtev za ostvarivanje prava na novčanu socijalnu pomoć', 'Zahtev za besplatan obrok u narodnoj kuhinji'] },
  { code: '553', weight: 520, unit: 'VII-02', administrative: 1, examination: 0.15, subjects: ['Zahtev za ostvarivanje prava na roditeljski dodatak', 'Zahtev za ostvarivanje prava na dečiji dodatak', 'Zahtev za naknadu troškova boravka u predškolskoj ustanovi za treće dete'] },
  { code: '560', weight: 110, unit: 'VI-02', administrative: 1, examination: 0.4, subjects: ['Zahtev za priznavanje svojstva borca', 'Zahtev za mesečno novčano primanje civilnog invalida rata'] },
  { code: '220', weight: 90, unit: 'VI-03', administrative: 0.8, examination: 0.3, subjects: ['Zahtev za dodelu građevinskog materijala izbegloj porodici', 'Zahtev za izdavanje potvrde o statusu interno raseljenog lica', 'Prijava na javni poziv za kupovinu seoske kuće za izbegla lica'] },
  { code: '601', weight: 90, unit: 'VII-01', administrative: 0.5, examination: 0, subjects: ['Zahtev za umanjenje ekonomske cene boravka u vrtiću', 'Zahtev za upis deteta u predškolsku ustanovu van rejona'] },
  { code: '612', weight: 70, unit: 'VII-01', administrative: 0.8, examination: 0, subjects: ['Zahtev za besplatan prevoz učenika', 'Zahtev za naknadu troškova prevoza učenika sa smetnjama u razvoju'] },
  { code: '620', weight: 80, unit: 'VII-01', administrative: 0.7, examination: 0, subjects: ['Prijava na konkurs za studentske stipendije za {year}. godinu', 'Zahtev za nagradu učeniku generacije'] },
  { code: '630', weight: 60, unit: 'VIII-01', administrative: 0, examination: 0, subjects: ['Prijava na konkurs za sufinansiranje projekata u kulturi — {company}', 'Izveštaj o realizaciji projekta u kulturi za {year}. godinu'], companies: 0.8 },
  { code: '640', weight: 40, unit: 'VIII-01', administrative: 0, examination: 0, subjects: ['Prijava na konkurs za sufinansiranje medijskih sadržaja — {company}'], companies: 0.9 },
  { code: '660', weight: 60, unit: 'VIII-02', administrative: 0, examination: 0, subjects: ['Predlog godišnjeg programa sportske organizacije za {year}. godinu', 'Zahtev za korišćenje sportske hale'], companies: 0.6 },
  { code: '670', weight: 30, unit: 'VIII-02', administrative: 0, examination: 0, subjects: ['Prijava na konkurs za omladinske projekte', 'Predlog programa kancelarije za mlade'] },
  { code: '501', weight: 70, unit: 'XII-01', administrative: 1, examination: 0.5, subjects: ['Zahtev za odlučivanje o potrebi procene uticaja na životnu sredinu — {company}', 'Prijava zagađenja vazduha u ulici {street}'], companies: 0.6 },
  { code: '740', weight: 110, unit: 'XIII-01', administrative: 0, examination: 0, subjects: ['Tužba protiv Grada radi naknade štete — {person}', 'Zahtev za mirno rešavanje spora — {person}', 'Poziv za ročište u parnici protiv {company}'] },
  { code: '700', weight: 70, unit: 'XIII-01', administrative: 0, examination: 0, subjects: ['Zahtev suda za dostavljanje podataka', 'Dopis Osnovnog suda o izvršnom postupku'] },
  { code: '720', weight: 90, unit: 'XI-02', administrative: 0, examination: 0, subjects: ['Zahtev za pokretanje prekršajnog postupka protiv {company}', 'Prekršajni nalog — komunalni prekršaj'], companies: 0.5 },
  { code: '10', weight: 500, unit: 'I-04', administrative: 1, examination: 0, subjects: ['Zahtev za izdavanje radne knjižice', 'Zahtev za izdavanje radne knjižice — prvo zaposlenje', 'Zahtev za izdavanje radne knjižice učeniku na praksi', 'Zahtev za izdavanje radne knjižice po povratku iz inostranstva', 'Zahtev za izdavanje duplikata radne knjižice', 'Zahtev za vraćanje radne knjižice', 'Predaja radne knjižice poslodavcu — {company}'] },
  { code: '112', weight: 60, unit: 'XIV-01', administrative: 1, examination: 0, subjects: ['Rešenje o godišnjem odmoru', 'Zahtev za plaćeno odsustvo', 'Rešenje o napredovanju službenika'] },
  { code: '111', weight: 30, unit: 'XIV-01', administrative: 0, examination: 0, subjects: ['Javni konkurs za popunjavanje izvršilačkog radnog mesta', 'Prijava na interni konkurs'] },
  { code: '011', weight: 40, unit: 'I-04', administrative: 0, examination: 0, subjects: ['Materijal za sednicu Skupštine Grada', 'Odborničko pitanje o uređenju ulice {street}'] },
  { code: '900', weight: 110, unit: 'I-04', administrative: 0, examination: 0, subjects: ['Dopis — opšta korespondencija', 'Poziv na sastanak u vezi sa projektom', 'Čestitka i zahvalnica'], companies: 0.3 },
];
