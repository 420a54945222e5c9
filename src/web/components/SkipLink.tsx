// First focusable element on every page: jumps past header and navigation to the content.
// Focus is moved by script because the router would otherwise treat #main as a navigation.
import { useTranslation } from 'react-i18next';

export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a
      href="#main"
      className="skip-link"
      onClick={(e) => {
        e.preventDefault();
        const main = document.getElementById('main');
        main?.focus();
        main?.scrollIntoView();
      }}
    >
      {t('layout.skipLink')}
    </a>
  );
}
