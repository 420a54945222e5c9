// The frame of the public register and the partners' receipt page: like the public layout (skip
// link, header with the language switch, no navigation), with room for a wide table.
import { Outlet } from 'react-router';
import { Header } from '../../components/Header.tsx';
import { SkipLink } from '../../components/SkipLink.tsx';
import { useRouteFocus } from '../../components/useRouteFocus.ts';

export function PublicWideLayout() {
  useRouteFocus();
  return (
    <div className="app">
      <SkipLink />
      <Header />
      <main id="main" tabIndex={-1} className="main main--public-wide">
        <Outlet />
      </main>
    </div>
  );
}
