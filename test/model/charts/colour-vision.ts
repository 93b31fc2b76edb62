/**
 * How a colour looks to readers with the three kinds of dichromacy (Machado, Oliveira & Fernandes
 * 2009, severity 1), as CIELAB, so tests can say how far apart two chart colours stay for them.
 */
type Vec3 = readonly [number, number, number];
type Matrix = readonly [Vec3, Vec3, Vec3];

export const visions = {
  typical: [[1, 0, 0], [0, 1, 0], [0, 0, 1]],
  protanopia: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
  deuteranopia: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]],
  tritanopia: [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.3039]],
} as const satisfies Record<string, Matrix>;
export type Vision = keyof typeof visions;

const multiply = (m: Matrix, v: Vec3): Vec3 => [0, 1, 2].map((i) => m[i]![0] * v[0] + m[i]![1] * v[1] + m[i]![2] * v[2]) as unknown as Vec3;

/** #rrggbb → linear-light sRGB. */
function linear(hex: string): Vec3 {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`Not a #rrggbb colour: ${hex}`);
  return [match[1]!, match[2]!, match[3]!].map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as unknown as Vec3;
}

function lab(rgb: Vec3): Vec3 {
  const [r, g, b] = rgb.map((c) => Math.min(1, Math.max(0, c))) as unknown as Vec3;
  const xyz: Vec3 = [(0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047, 0.2126 * r + 0.7152 * g + 0.0722 * b, (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883];
  const [fx, fy, fz] = xyz.map((t) => (t > (6 / 29) ** 3 ? Math.cbrt(t) : t / (3 * (6 / 29) ** 2) + 4 / 29)) as unknown as Vec3;
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

/** CIE76 ΔE between two colours as a reader with this vision sees them (about 2.3 is just noticeable). */
export function distance(a: string, b: string, vision: Vision): number {
  const [la, lb] = [a, b].map((hex) => lab(multiply(visions[vision], linear(hex))));
  return Math.hypot(la![0] - lb![0], la![1] - lb![1], la![2] - lb![2]);
}

/** WCAG contrast ratio of two colours (4.5 is enough for small text). */
export function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, b2] = linear(hex);
    return 0.2126 * r + 0.7152 * g + 0.0722 * b2;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
