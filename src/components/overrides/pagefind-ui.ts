// Pagefind's search UI as Starlight loads it, with two fixes. astro.config.mjs points the import
// of '@pagefind/default-ui' here, so the fixes arrive with the UI itself, loaded when the browser is
// idle, rather than as a script every page runs at start-up.
//  - Pagefind draws its query field as <input type="text">, announced as a plain text field: give it
//    the searchbox role.
//  - Someone who pressed Ctrl K (or the button) before the UI had loaded has an open, empty dialog:
//    focus the field as soon as it exists, or focus stays behind on the page.
import { PagefindUI as PagefindDefaultUI } from '@pagefind/default-ui/npm_dist/mjs/ui-core.mjs';

export class PagefindUI extends PagefindDefaultUI {
  constructor(options: { element: string | HTMLElement } & Record<string, unknown>) {
    const { element } = options; // read first: Pagefind deletes the options it uses
    super(options); // renders the UI synchronously
    const root = typeof element === 'string' ? document.querySelector(element) : element;
    const input = root?.querySelector<HTMLInputElement>('input.pagefind-ui__search-input');
    if (!input) return;
    input.setAttribute('role', 'searchbox');
    if (input.closest('dialog')?.open && document.activeElement !== input) input.focus();
  }
}
