/** The items of one menu level (not those of its submenus), in order. */
export const menuItems = (menu: HTMLElement) => [...menu.querySelectorAll<HTMLElement>(':scope > li > [role="menuitem"]')];

/**
 * Arrow keys, Home and End move focus among a menu's items, wrapping around (WAI-ARIA menu
 * pattern). Disabled items stay focusable so they can be read. Returns true when it handled the key.
 */
export function moveMenuFocus(menu: HTMLElement, key: string): boolean {
  const items = menuItems(menu);
  if (items.length === 0) return false;
  const index = items.indexOf(document.activeElement as HTMLElement);
  const target =
    key === 'ArrowDown' ? (index + 1) % items.length
    : key === 'ArrowUp' ? (index - 1 + items.length) % items.length
    : key === 'Home' ? 0
    : key === 'End' ? items.length - 1
    : null;
  if (target === null) return false;
  items[target]!.focus();
  return true;
}
