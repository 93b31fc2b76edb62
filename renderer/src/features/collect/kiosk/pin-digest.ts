/** A PIN kept as a salted SHA-256 digest (Web Crypto), never as typed. */
export interface PinDigest {
  salt: string;
  digest: string;
}

const hex = (bytes: ArrayBuffer | Uint8Array) => [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');

async function digestOf(salt: string, pin: string): Promise<string> {
  return hex(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${salt}:${pin}`)));
}

export async function pinDigest(pin: string): Promise<PinDigest> {
  const salt = hex(crypto.getRandomValues(new Uint8Array(16)));
  return { salt, digest: await digestOf(salt, pin) };
}

export async function pinMatches(pin: string, kept: PinDigest): Promise<boolean> {
  return (await digestOf(kept.salt, pin)) === kept.digest;
}
