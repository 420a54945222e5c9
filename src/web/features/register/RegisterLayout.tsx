// Frame of the register's pages: the register's tabs above each page.
import { Outlet } from 'react-router';
import { RegisterNav } from './RegisterNav.tsx';

export function RegisterLayout() {
  return (
    <>
      <RegisterNav />
      <Outlet />
    </>
  );
}
