// Focus after a dialog or a change: React Aria hands focus back to the button that opened a dialog
// a frame after it closes. When that button is gone (a move, a removal, "Add" that gives way to
// "added"), focus goes to the element named instead, once React Aria is done, so it is never left
// on the page's body. The element may appear only when the changed data has been read again:
// it is looked for on every frame for up to three seconds.
const LOOK_MS = 3000;

export function focusSoon(id: string) {
  const until = performance.now() + LOOK_MS;
  const attempt = (first: boolean) => {
    const el = document.getElementById(id);
    if (el) {
      // Found later: only where focus was lost meanwhile, never taken from where the person went.
      const lost = !document.activeElement || document.activeElement === document.body;
      if (!el.contains(document.activeElement) && (first || lost)) el.focus();
      return;
    }
    if (performance.now() < until) requestAnimationFrame(() => attempt(false));
  };
  requestAnimationFrame(() => requestAnimationFrame(() => attempt(true)));
}
