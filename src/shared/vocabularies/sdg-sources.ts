// Hand-kept SDG data that the UN English YAML lacks: the official icon colours (UN SDG
// communications guidelines) and the short goal names in Swedish (Globala målen, Svenska
// FN-förbundet/UNDP), Danish (Verdensmålene, FN-forbundet/UNDP) and Polish (UNIC Warszawa / GUS).
// build.ts merges them with the English titles into sdg.json.

export const SDG_SOURCES: ReadonlyArray<{ number: number; color: string; sv: string; da: string; pl: string }> = [
  { number: 1, color: '#E5243B', sv: 'Ingen fattigdom', da: 'Afskaf fattigdom', pl: 'Koniec z ubóstwem' },
  { number: 2, color: '#DDA63A', sv: 'Ingen hunger', da: 'Stop sult', pl: 'Zero głodu' },
  { number: 3, color: '#4C9F38', sv: 'Hälsa och välbefinnande', da: 'Sundhed og trivsel', pl: 'Dobre zdrowie i jakość życia' },
  { number: 4, color: '#C5192D', sv: 'God utbildning för alla', da: 'Kvalitetsuddannelse', pl: 'Dobra jakość edukacji' },
  { number: 5, color: '#FF3A21', sv: 'Jämställdhet', da: 'Ligestilling mellem kønnene', pl: 'Równość płci' },
  { number: 6, color: '#26BDE2', sv: 'Rent vatten och sanitet för alla', da: 'Rent vand og sanitet', pl: 'Czysta woda i warunki sanitarne' },
  { number: 7, color: '#FCC30B', sv: 'Hållbar energi för alla', da: 'Bæredygtig energi', pl: 'Czysta i dostępna energia' },
  {
    number: 8,
    color: '#A21942',
    sv: 'Anständiga arbetsvillkor och ekonomisk tillväxt',
    da: 'Anstændige jobs og økonomisk vækst',
    pl: 'Wzrost gospodarczy i godna praca',
  },
  {
    number: 9,
    color: '#FD6925',
    sv: 'Hållbar industri, innovationer och infrastruktur',
    da: 'Industri, innovation og infrastruktur',
    pl: 'Innowacyjność, przemysł, infrastruktura',
  },
  { number: 10, color: '#DD1367', sv: 'Minskad ojämlikhet', da: 'Mindre ulighed', pl: 'Mniej nierówności' },
  {
    number: 11,
    color: '#FD9D24',
    sv: 'Hållbara städer och samhällen',
    da: 'Bæredygtige byer og lokalsamfund',
    pl: 'Zrównoważone miasta i społeczności',
  },
  {
    number: 12,
    color: '#BF8B2E',
    sv: 'Hållbar konsumtion och produktion',
    da: 'Ansvarligt forbrug og produktion',
    pl: 'Odpowiedzialna konsumpcja i produkcja',
  },
  { number: 13, color: '#3F7E44', sv: 'Bekämpa klimatförändringarna', da: 'Klimaindsats', pl: 'Działania w dziedzinie klimatu' },
  { number: 14, color: '#0A97D9', sv: 'Hav och marina resurser', da: 'Livet i havet', pl: 'Życie pod wodą' },
  { number: 15, color: '#56C02B', sv: 'Ekosystem och biologisk mångfald', da: 'Livet på land', pl: 'Życie na lądzie' },
  {
    number: 16,
    color: '#00689D',
    sv: 'Fredliga och inkluderande samhällen',
    da: 'Fred, retfærdighed og stærke institutioner',
    pl: 'Pokój, sprawiedliwość i silne instytucje',
  },
  {
    number: 17,
    color: '#19486A',
    sv: 'Genomförande och globalt partnerskap',
    da: 'Partnerskaber for handling',
    pl: 'Partnerstwa na rzecz celów',
  },
];
