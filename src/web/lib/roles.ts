// Role names inside running text: Swedish and Danish write nouns in lower case mid-sentence
// ("som handläggare"), and English reads fine that way too ("as officer").
import type { TFunction } from 'i18next';
import type { Role } from '../api/types.ts';
import { currentLocale } from '../i18n/index.ts';

export const roleInText = (t: TFunction, role: Role) => t(`roles.${role}`).toLocaleLowerCase(currentLocale());
