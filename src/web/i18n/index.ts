// i18next set-up: three bundled languages, the start language from the saved choice or the
// browser, and <html lang> kept in step (screen readers pick their voice from it).
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { bundles } from './bundles.ts';
import { INTL_LOCALE, isLocale, pickLocale, type Locale } from './locale.ts';

export { LOCALES, type Locale } from './locale.ts';

const STORAGE_KEY = 'samverkan.locale';

function storedLocale(): Locale | null {
  try {
    const v = localStorage.getItem(STORAGE_KEY);
    return isLocale(v) ? v : null;
  } catch {
    return null; // storage blocked: fall back to the browser's languages
  }
}

export function initialLocale(): Locale {
  return storedLocale() ?? pickLocale(navigator.languages?.length ? navigator.languages : [navigator.language]);
}

export function initI18n() {
  i18n.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
    try {
      localStorage.setItem(STORAGE_KEY, lng);
    } catch {
      /* not remembered, but still switched */
    }
  });
  return i18n.use(initReactI18next).init({
    resources: { sv: { translation: bundles.sv }, da: { translation: bundles.da }, en: { translation: bundles.en } },
    lng: initialLocale(),
    fallbackLng: 'sv',
    supportedLngs: ['sv', 'da', 'en'],
    interpolation: { escapeValue: false }, // React escapes
  });
}

export const currentLocale = (): Locale => (isLocale(i18n.language) ? i18n.language : 'sv');

/** A logged-in user's saved language wins over the browser's. */
export function applyUserLocale(locale: string | null | undefined) {
  if (isLocale(locale) && locale !== i18n.language) void i18n.changeLanguage(locale);
}

export const intlLocale = (lng: string = i18n.language) => INTL_LOCALE[isLocale(lng) ? lng : 'sv'];
