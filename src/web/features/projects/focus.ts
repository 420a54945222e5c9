// Focus after a dialog: React Aria hands focus back to the button that opened the dialog a frame
// after it closes. When that button is gone (a move, a removal), focus goes to the section's
// heading instead, once React Aria is done, so it is never left on the page's body.
export function focusSoon(id: string) {
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      const el = document.getElementById(id);
      if (el && !el.contains(document.activeElement)) el.focus();
    }),
  );
}
