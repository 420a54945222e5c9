// After a client-side navigation, move focus to the new page's <h1> so keyboard and screen-reader
// users start at the top of the new content. A full page load and redirects (REPLACE, e.g. "/" to
// the workspace, or after logging in) behave like a fresh page: focus stays at the document start,
// so the first Tab reaches the skip link.
import { useEffect, useRef } from 'react';
import { useLocation, useNavigationType } from 'react-router';

let initialLoad = true;

export function useRouteFocus() {
  const { pathname } = useLocation();
  const navigationType = useNavigationType();
  // The path this layout last handled: React may run an effect twice for one render (StrictMode).
  const handled = useRef<string | null>(null);
  useEffect(() => {
    if (handled.current === pathname) return;
    const firstInThisLayout = handled.current === null;
    handled.current = pathname;
    if (firstInThisLayout && initialLoad) {
      initialLoad = false;
      return;
    }
    if (navigationType === 'REPLACE') return;
    const focusHeading = () => (document.querySelector<HTMLElement>('main h1') ?? document.getElementById('main'))?.focus();
    focusHeading();
    // A menu that closed because of this navigation hands focus back to its trigger a frame
    // later (React Aria's FocusScope); take it back to the new page once that has happened.
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => {
        if (!document.getElementById('main')?.contains(document.activeElement)) focusHeading();
      });
    });
    return () => cancelAnimationFrame(frame);
  }, [pathname, navigationType]);
}
