// Messages about imported rows and values, in each language; spread into the server's messages.
// Each says what was found, and what would be accepted or what to do.
type Entry = { sv: string; da: string; en: string };

export const importMessages = {
  'import.value_guess': {
    sv: '”{value}” är ingen av registrets typer av organisationer; det ser ut som ”{guess}”. Bekräfta eller ändra det i värdemappningen.',
    da: '”{value}” er ikke en af registrets typer af organisationer; det ligner ”{guess}”. Bekræft eller ændr det i værdimapningen.',
    en: '“{value}” is not one of the register’s kinds of organisation; it looks like “{guess}”. Confirm or change it in the value mapping.',
  },
  'import.value_unknown': {
    sv: '”{value}” är inget värde som fältet tar emot ({values}). Välj vad det betyder i värdemappningen.',
    da: '”{value}” er ikke en værdi, feltet modtager ({values}). Vælg, hvad det betyder, i værdimapningen.',
    en: '“{value}” is not a value this field takes ({values}). Choose what it means in the value mapping.',
  },
  'import.country_unknown': {
    sv: '”{value}” är inget land vi känner igen. Skriv landets namn eller dess kod med två bokstäver (SE, DK, PL), eller välj landet i värdemappningen.',
    da: '”{value}” er ikke et land, vi kender. Skriv landets navn eller dets kode med to bogstaver (SE, DK, PL), eller vælg landet i værdimapningen.',
    en: '“{value}” is not a country we know. Write the country’s name or its two-letter code (SE, DK, PL), or choose the country in the value mapping.',
  },
  'import.nuts_unknown': {
    sv: '”{value}” är varken en NUTS-kod eller namnet på en NUTS-region. Skriv koden (till exempel SE331) eller regionens namn, eller välj regionen i värdemappningen.',
    da: '”{value}” er hverken en NUTS-kode eller navnet på en NUTS-region. Skriv koden (for eksempel DK050) eller regionens navn, eller vælg regionen i værdimapningen.',
    en: '“{value}” is neither a NUTS code nor the name of a NUTS region. Write the code (for example SE331) or the region’s name, or choose the region in the value mapping.',
  },
  'import.nuts_ambiguous': {
    sv: '”{value}” är namnet på flera NUTS-regioner: {candidates}. Välj en i värdemappningen, eller ange radens land.',
    da: '”{value}” er navnet på flere NUTS-regioner: {candidates}. Vælg en i værdimapningen, eller angiv rækkens land.',
    en: '“{value}” is the name of several NUTS regions: {candidates}. Choose one in the value mapping, or give the row’s country.',
  },
  'import.nace_unknown': {
    sv: '”{value}” är varken en NACE-kod eller en NACE-klass namn. Skriv klassen som 62.10 (en SNI-kod går också), eller välj klassen i värdemappningen.',
    da: '”{value}” er hverken en NACE-kode eller navnet på en NACE-klasse. Skriv klassen som 62.10 (en DB07-kode går også), eller vælg klassen i værdimapningen.',
    en: '“{value}” is neither a NACE code nor the title of a NACE class. Write the class as 62.10 (an SNI or DB07 code works too), or choose the class in the value mapping.',
  },
  'import.nace_missing': {
    sv: '”{value}” blir NACE-klass {code}, som inte finns i NACE rev. 2.1. Välj klassen i värdemappningen.',
    da: '”{value}” bliver NACE-klasse {code}, som ikke findes i NACE rev. 2.1. Vælg klassen i værdimapningen.',
    en: '“{value}” would be NACE class {code}, which NACE Rev. 2.1 does not have. Choose the class in the value mapping.',
  },
  'import.nace_level': {
    sv: '”{value}” är en NACE-avdelning eller -grupp. Ange klassen med fyra siffror, till exempel 62.10.',
    da: '”{value}” er en NACE-hovedgruppe eller -gruppe. Angiv klassen med fire cifre, for eksempel 62.10.',
    en: '“{value}” is a NACE division or group. Give the class with four digits, for example 62.10.',
  },
  'import.type_unknown': {
    sv: '”{value}” är ingen relationstyp i registret. Välj typen i värdemappningen, eller lägg till den som arbetsytans egen relationstyp.',
    da: '”{value}” er ikke en relationstype i registret. Vælg typen i værdimapningen, eller tilføj den som arbejdsområdets egen relationstype.',
    en: '“{value}” is not a relation type of the register. Choose the type in the value mapping, or add it as one of the workspace’s own relation types.',
  },
  'import.choice_invalid': {
    sv: 'Valet ”{value}” för {field} finns inte. Välj ett av de erbjudna värdena.',
    da: 'Valget ”{value}” for {field} findes ikke. Vælg en af de tilbudte værdier.',
    en: 'The choice “{value}” for {field} does not exist. Choose one of the values offered.',
  },
  'import.identifier_conflict': {
    sv: 'Rad {row} är samma organisation (samma {shared}) men har {scheme} {other}; en organisation har bara ett. Rätta en av raderna.',
    da: 'Række {row} er samme organisation (samme {shared}) men har {scheme} {other}; en organisation har kun ét. Ret en af rækkerne.',
    en: 'Row {row} is the same organisation (same {shared}) but gives {scheme} {other}; an organisation has only one. Correct one of the rows.',
  },
  'import.ambiguous_in_file': {
    sv: '”{value}” utan nummer kan vara organisationen på flera rader ({rows}), som har olika nummer. Ange ett nummer på raden.',
    da: '”{value}” uden nummer kan være organisationen i flere rækker ({rows}), som har forskellige numre. Angiv et nummer i rækken.',
    en: '“{value}” without a number could be the organisation of several rows ({rows}), which have different numbers. Give this row a number.',
  },
  'import.register_conflict': {
    sv: 'Radens nummer tillhör olika organisationer i registret: {value}. Slå ihop dem först, eller rätta raden.',
    da: 'Rækkens numre tilhører forskellige organisationer i registret: {value}. Læg dem sammen først, eller ret rækken.',
    en: 'The row’s numbers belong to different organisations in the register: {value}. Merge them first, or correct the row.',
  },
  'import.create_taken': {
    sv: 'Raden kan inte bli en ny organisation: {value} i registret har redan samma nummer. Välj att matcha den i stället.',
    da: 'Rækken kan ikke blive en ny organisation: {value} i registret har allerede samme nummer. Vælg at matche den i stedet.',
    en: 'This row cannot become a new organisation: {value} in the register has the same number already. Choose to match it instead.',
  },
  'import.group_not_imported': {
    sv: 'Raden är samma organisation som rad {row}, som inte importerades.',
    da: 'Rækken er samme organisation som række {row}, som ikke blev importeret.',
    en: 'This row is the same organisation as row {row}, which was not imported.',
  },
  'import.decision_target': {
    sv: 'Organisationen som rad {row} ska matchas mot finns inte i registret längre. Kör kontrollen igen.',
    da: 'Organisationen, som række {row} skal matches med, findes ikke længere i registret. Kør kontrollen igen.',
    en: 'The organisation row {row} was to be matched with is no longer in the register. Check the rows again.',
  },
  'field.organisation_ambiguous_named': {
    sv: 'Flera organisationer heter ”{value}”: {candidates}. Ange land eller ett nummer (organisationsnummer, momsnummer, Wikidata-id, PIC).',
    da: 'Flere organisationer hedder ”{value}”: {candidates}. Angiv land eller et nummer (CVR, momsnummer, Wikidata-id, PIC).',
    en: 'Several organisations are called “{value}”: {candidates}. Give the country or a number (organisation number, VAT, Wikidata id, PIC).',
  },
  'import.report.row': { sv: 'Rad', da: 'Række', en: 'Row' },
  'import.report.outcome': { sv: 'Utfall', da: 'Udfald', en: 'Outcome' },
  'import.report.name': { sv: 'Namn i filen', da: 'Navn i filen', en: 'Name in the file' },
  'import.report.organisation': { sv: 'Organisation i registret', da: 'Organisation i registret', en: 'Organisation in the register' },
  'import.report.organisation_id': { sv: 'Organisationens id', da: 'Organisationens id', en: 'Organisation id' },
  'import.report.relation_id': { sv: 'Relationens id', da: 'Relationens id', en: 'Relation id' },
  'import.report.reason': { sv: 'Varför', da: 'Hvorfor', en: 'Why' },
  'import.report.repeat_of': { sv: 'Samma som rad', da: 'Samme som række', en: 'Same as row' },
  'import.report.problems': { sv: 'Fel', da: 'Fejl', en: 'Problems' },
  'import.outcome.error': { sv: 'fel', da: 'fejl', en: 'error' },
  'import.outcome.new': { sv: 'ny', da: 'ny', en: 'new' },
  'import.outcome.repeat': { sv: 'upprepar en rad', da: 'gentager en række', en: 'repeats a row' },
  'import.outcome.match': { sv: 'finns i registret', da: 'findes i registret', en: 'in the register' },
  'import.outcome.similar': { sv: 'liknande namn', da: 'lignende navn', en: 'similar name' },
  'import.outcome.exists': { sv: 'finns i registret', da: 'findes i registret', en: 'in the register' },
  'import.outcome.created': { sv: 'skapad', da: 'oprettet', en: 'created' },
  'import.outcome.updated': { sv: 'ifylld', da: 'udfyldt', en: 'filled in' },
  'import.outcome.matched': { sv: 'fanns redan', da: 'fandtes allerede', en: 'was there already' },
  'import.outcome.repeated': { sv: 'upprepade en rad', da: 'gentog en række', en: 'repeated a row' },
  'import.outcome.skipped': { sv: 'överhoppad', da: 'sprunget over', en: 'left out' },
  'import.outcome.failed': { sv: 'misslyckades', da: 'mislykkedes', en: 'failed' },
  'import.reason.identifier': { sv: 'samma nummer', da: 'samme nummer', en: 'the same number' },
  'import.reason.name': { sv: 'samma namn och land', da: 'samme navn og land', en: 'the same name and country' },
  'import.reason.similar_name': { sv: 'liknande namn', da: 'lignende navn', en: 'similar name' },
  'import.reason.same_relation': { sv: 'samma relation', da: 'samme relation', en: 'the same relation' },
} satisfies Record<string, Entry>;
