/** The Collect area lives at #/collect; the kiosk is not a route (it stays over any page, see kiosk/kiosk-overlay.tsx). */
export const COLLECT_ID = 'collect';
