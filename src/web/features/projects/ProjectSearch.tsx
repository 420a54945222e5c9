// The portfolio's search box (list and board): words from the acronym or the title.
import { useTranslation } from 'react-i18next';
import { SearchBox } from '../../components/SearchBox.tsx';

export function ProjectSearch({ q, onSearch }: { q: string; onSearch: (q: string) => void }) {
  const { t } = useTranslation();
  return <SearchBox id="project-search" label={t('projects.list.search')} hint={t('projects.list.searchHint')} button={t('projects.list.searchButton')} q={q} onSearch={onSearch} />;
}
