import type { kioskMethods } from '@api/kiosk';
import { AppError } from '../../core/errors';
import type { DomainHandlers } from './types';

/**
 * The desktop app's shell answers kiosk.* itself (main/shell/kiosk-lock.ts), so they reach the core
 * only from the browser host or automation, where no window can be held full screen.
 */
const notAvailable = (method: string) => async (): Promise<never> => {
  throw new AppError(
    'NOT_AVAILABLE',
    `${method} holds the desktop app's window full screen, which only the desktop app can do. In a browser the page goes full screen itself (Fullscreen API) and checks the PIN when full screen is left.`,
  );
};

export const kioskHandlers = (): DomainHandlers<typeof kioskMethods> => ({
  'kiosk.lock': notAvailable('kiosk.lock'),
  'kiosk.unlock': notAvailable('kiosk.unlock'),
});
