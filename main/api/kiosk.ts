import { z } from 'zod';
import { method } from './define';

/** The PIN a researcher sets to leave kiosk mode: 4 to 8 digits, easy to type on a touch screen's keypad. */
export const kioskPin = z.string().regex(/^\d{4,8}$/, 'expects 4 to 8 digits');

const pinInput = z.object({ pin: kioskPin }).strict();

export const kioskMethods = {
  'kiosk.lock': method({
    summary:
      'Desktop app only: keeps the window full screen, with no menu commands and no closing, until kiosk.unlock gets the same PIN (CONFLICT when already locked). The browser host answers NOT_AVAILABLE: the page goes full screen itself and shows its PIN screen when full screen is left.',
    input: pinInput,
    output: z.object({ locked: z.literal(true) }),
  }),
  'kiosk.unlock': method({
    summary:
      'Desktop app only: ends kiosk mode when the PIN is the one kiosk.lock was given (FORBIDDEN otherwise; after 5 wrong PINs in a row, LIMIT for 30 seconds). Unlocking an unlocked window is fine. The browser host answers NOT_AVAILABLE.',
    input: pinInput,
    output: z.object({ locked: z.literal(false) }),
  }),
};
