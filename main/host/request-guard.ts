import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { HttpRefusal } from './http-response';

const sha256 = (text: string) => createHash('sha256').update(text).digest();

/**
 * Checks that apply before routing. Host and Origin pin requests to this loopback port, which
 * blocks DNS rebinding and cross-site requests; the bearer token proves the caller got the URL
 * the host printed.
 */
export function createRequestGuard(port: number, token: string) {
  const hosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const origins = new Set([...hosts].map((h) => `http://${h}`));
  const tokenDigest = sha256(token);

  return {
    checkHostAndOrigin(req: IncomingMessage): void {
      const host = req.headers.host?.toLowerCase();
      if (!host || !hosts.has(host)) {
        throw new HttpRefusal(421, 'FORBIDDEN', `This workbench answers only to ${[...hosts].join(' or ')}, not to host "${req.headers.host ?? ''}".`);
      }
      const origin = req.headers.origin;
      if (origin !== undefined && !origins.has(origin.toLowerCase())) {
        throw new HttpRefusal(403, 'FORBIDDEN', `Requests from ${origin} are not allowed; open the workbench at its own address.`);
      }
    },

    checkToken(req: IncomingMessage): void {
      const match = /^Bearer +(\S+) *$/i.exec(req.headers.authorization ?? '');
      // Comparing fixed-length digests keeps the time independent of how much of the token matched.
      const matches = timingSafeEqual(sha256(match?.[1] ?? ''), tokenDigest);
      if (!match || !matches) {
        throw new HttpRefusal(
          401,
          'FORBIDDEN',
          'Missing or wrong access token. Open the address the workbench printed when it started (it ends in #token=…).',
          { 'WWW-Authenticate': 'Bearer' },
          'errors.badToken',
        );
      }
    },
  };
}
