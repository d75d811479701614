// One polite live region for the whole app: check results, saved changes
// and sign-in progress are read out by screen readers without moving focus.

let region: HTMLElement | null = null;

export function announce(text: string): void {
  // Looked up again when the frame was drawn anew (language change, first
  // run, reset): the old region is no longer in the page.
  if (!region?.isConnected) region = document.getElementById("announcer");
  if (!region) return;
  // Cleared first, so the same text twice is read twice.
  region.textContent = "";
  window.setTimeout(() => {
    if (region) region.textContent = text;
  }, 50);
}
