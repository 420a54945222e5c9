// Messages about programmes, projects and their partners, in each language; spread into the
// server's messages.
type Entry = { sv: string; da: string; en: string };

export const projectMessages = {
  'project.no_own_organisation': {
    sv: 'Markera din kommun som vår egen organisation i registret först. Partnerskapen i projekt knyts till den.',
    da: 'Markér din kommune som vores egen organisation i registret først. Partnerskaberne i projekter knyttes til den.',
    en: 'Mark your municipality as our own organisation in the register first. Project partnerships are linked to it.',
  },
  'project.move_forbidden': {
    sv: 'Projektet kan inte få den statusen från den status det har nu.',
    da: 'Projektet kan ikke få den status fra den status, det har nu.',
    en: 'The project cannot move to that status from the one it has now.',
  },
  'field.project_move': {
    sv: 'Ett projekt med status ”{from}” kan inte gå till ”{to}”. Det kan gå till: {allowed}.',
    da: 'Et projekt med status ”{from}” kan ikke gå til ”{to}”. Det kan gå til: {allowed}.',
    en: 'A project in “{from}” cannot move to “{to}”. It can move to: {allowed}.',
  },
  'field.project_move_end': {
    sv: 'Ett projekt med status ”{from}” kan inte gå till ”{to}”: ”{from}” är ett slutläge. Ett avslaget eller tillbakadraget projekt kan öppnas igen som en ny idé.',
    da: 'Et projekt med status ”{from}” kan ikke gå til ”{to}”: ”{from}” er en slutstatus. Et afslået eller tilbagetrukket projekt kan genåbnes som en ny idé.',
    en: 'A project in “{from}” cannot move to “{to}”: “{from}” is final. A rejected or withdrawn project can be reopened as a new idea.',
  },
  'project.reopen_forbidden': {
    sv: 'Bara ett avslaget eller tillbakadraget projekt kan öppnas igen som en ny idé.',
    da: 'Kun et afslået eller tilbagetrukket projekt kan genåbnes som en ny idé.',
    en: 'Only a rejected or withdrawn project can be reopened as a new idea.',
  },
  'field.date_in_future': {
    sv: 'Datumet kan inte ligga i framtiden.',
    da: 'Datoen kan ikke ligge i fremtiden.',
    en: 'The date cannot be in the future.',
  },
  'field.before_previous_move': {
    sv: 'Datumet kan inte ligga före den förra statusändringen ({value}).',
    da: 'Datoen kan ikke ligge før den forrige statusændring ({value}).',
    en: 'The date cannot be before the previous status change ({value}).',
  },
  'field.partner_is_own': {
    sv: 'Vår egen organisation kan inte läggas till som partner: den är redan med i projektet genom vår roll.',
    da: 'Vores egen organisation kan ikke tilføjes som partner: den er allerede med i projektet gennem vores rolle.',
    en: 'Our own organisation cannot be added as a partner: it takes part through our role in the project.',
  },
  'field.partner_exists': {
    sv: 'Organisationen är redan partner i projektet.',
    da: 'Organisationen er allerede partner i projektet.',
    en: 'This organisation is already a partner in the project.',
  },
  'field.lead_exists': {
    sv: 'Projektet har redan en huvudpartner: {value}. Ändra dess roll först.',
    da: 'Projektet har allerede en leadpartner: {value}. Ændr dens rolle først.',
    en: 'The project already has a lead partner: {value}. Change that partner’s role first.',
  },
  'field.programme_not_found': {
    sv: 'Programmet finns inte. Välj ett program i listan.',
    da: 'Programmet findes ikke. Vælg et program på listen.',
    en: 'The programme does not exist. Choose a programme from the list.',
  },
  'field.programme_name_taken': {
    sv: 'Arbetsytan har redan ett program med namnet ”{value}”.',
    da: 'Arbejdsområdet har allerede et program med navnet ”{value}”.',
    en: 'The workspace already has a programme called “{value}”.',
  },
  'field.programme_period_order': {
    sv: 'Periodens slutår kan inte ligga före startåret.',
    da: 'Periodens slutår kan ikke ligge før startåret.',
    en: 'The period cannot end before the year it starts.',
  },
  'programme.catalogue_read_only': {
    sv: 'Programmen i katalogen kan inte ändras eller tas bort. Lägg till ett eget program om uppgifterna inte passar.',
    da: 'Programmerne i kataloget kan ikke ændres eller slettes. Tilføj et eget program, hvis oplysningerne ikke passer.',
    en: 'Catalogue programmes cannot be changed or deleted. Add a programme of your own if the details do not fit.',
  },
  'programme.in_use': {
    sv: 'Programmet används av projekt och kan inte tas bort. Flytta projekten till ett annat program först.',
    da: 'Programmet bruges af projekter og kan ikke slettes. Flyt projekterne til et andet program først.',
    en: 'Projects use this programme, so it cannot be deleted. Move the projects to another programme first.',
  },
} satisfies Record<string, Entry>;
