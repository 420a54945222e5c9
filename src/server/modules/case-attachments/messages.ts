// Messages about case attachments, in each language; spread into the server's messages.
type Entry = { sv: string; da: string; en: string };

export const attachmentMessages = {
  'attachment.missing': {
    sv: 'Välj en fil att bifoga.',
    da: 'Vælg en fil at vedhæfte.',
    en: 'Choose a file to attach.',
  },
  'attachment.type': {
    sv: 'Filtypen tas inte emot. Bifoga PDF, bild (PNG, JPEG, WebP), Word, Excel, OpenDocument eller text.',
    da: 'Filtypen modtages ikke. Vedhæft PDF, billede (PNG, JPEG, WebP), Word, Excel, OpenDocument eller tekst.',
    en: 'This type of file is not accepted. Attach a PDF, an image (PNG, JPEG, WebP), Word, Excel, OpenDocument or text.',
  },
  'attachment.empty': {
    sv: 'Filen är tom.',
    da: 'Filen er tom.',
    en: 'The file is empty.',
  },
  'attachment.too_large': {
    sv: 'Filen är större än {max} MB.',
    da: 'Filen er større end {max} MB.',
    en: 'The file is larger than {max} MB.',
  },
  'attachment.too_many': {
    sv: 'Ärendet har redan {max} bilagor. Ta bort en innan du bifogar fler.',
    da: 'Sagen har allerede {max} bilag. Fjern et, før du vedhæfter flere.',
    en: 'The case already has {max} attachments. Remove one before attaching more.',
  },
} satisfies Record<string, Entry>;
