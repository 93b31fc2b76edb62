import fs from 'node:fs';

/**
 * The family names of a font file (TrueType, OpenType, or a collection of them, .ttc), read from
 * its `name` table without loading the file: a few small reads at the offsets its headers give,
 * so listing the system's fonts stays quick even with 20 MB CJK collections among them.
 */

const NAME_TABLE = 0x6e616d65; // 'name'
const COLLECTION = 0x74746366; // 'ttcf'
const FAMILY = 1;
const SUBFAMILY = 2;
const TYPOGRAPHIC_FAMILY = 16;
const TYPOGRAPHIC_SUBFAMILY = 17;
const MAX_FACES = 64;

function readAt(fd: number, offset: number, length: number): Buffer {
  const buffer = Buffer.alloc(length);
  const read = fs.readSync(fd, buffer, 0, length, offset);
  if (read < length) throw new RangeError('truncated font file');
  return buffer;
}

/** UTF-16BE (Windows and Unicode platforms) or Mac Roman, read as Latin-1 (family names are ASCII there). */
function decodeName(bytes: Buffer, platform: number): string {
  if (platform === 1) return bytes.toString('latin1');
  const swapped = Buffer.from(bytes);
  swapped.swap16();
  return swapped.toString('utf16le');
}

/** A face's family names (its typographic family, 16, and its family, 1) and style (e.g. Regular, Bold). */
export interface FontFace {
  families: string[];
  style: string;
}

/** The names one face gives, on any platform. */
function faceNames(fd: number, faceOffset: number): FontFace {
  const header = readAt(fd, faceOffset, 12);
  const tables = header.readUInt16BE(4);
  const records = readAt(fd, faceOffset + 12, tables * 16);
  const families = new Set<string>();
  const styles: string[] = [];
  for (let i = 0; i < tables; i++) {
    if (records.readUInt32BE(i * 16) !== NAME_TABLE) continue;
    const [offset, length] = [records.readUInt32BE(i * 16 + 8), records.readUInt32BE(i * 16 + 12)];
    const table = readAt(fd, offset, length);
    const [count, stringsAt] = [table.readUInt16BE(2), table.readUInt16BE(4)];
    for (let r = 0; r < count; r++) {
      const at = 6 + r * 12;
      const [platform, nameId, size, start] = [table.readUInt16BE(at), table.readUInt16BE(at + 6), table.readUInt16BE(at + 8), table.readUInt16BE(at + 10)];
      if (platform !== 0 && platform !== 1 && platform !== 3) continue;
      const name = () => decodeName(table.subarray(stringsAt + start, stringsAt + start + size), platform).trim();
      if (nameId === FAMILY || nameId === TYPOGRAPHIC_FAMILY) families.add(name());
      else if (nameId === SUBFAMILY || nameId === TYPOGRAPHIC_SUBFAMILY) styles.push(name());
    }
  }
  families.delete('');
  return { families: [...families], style: styles[0] ?? '' };
}

/** Where each face of a collection starts. */
function faceOffsets(fd: number, head: Buffer): number[] {
  const faces = Math.min(MAX_FACES, head.readUInt32BE(8));
  const table = readAt(fd, 12, 4 * faces);
  return Array.from({ length: faces }, (_, i) => table.readUInt32BE(i * 4));
}

/** The faces of the file (one, or each face of a collection); an unreadable or foreign file gives none. */
export function fontFaces(file: string): FontFace[] {
  let fd: number | null = null;
  try {
    fd = fs.openSync(file, 'r');
    const head = readAt(fd, 0, 12);
    const offsets = head.readUInt32BE(0) === COLLECTION ? faceOffsets(fd, head) : [0];
    return offsets.map((offset) => faceNames(fd!, offset));
  } catch {
    return [];
  } finally {
    if (fd !== null) fs.closeSync(fd);
  }
}

/** Every family name the file's faces give. */
export const fontFamilies = (file: string): string[] => [...new Set(fontFaces(file).flatMap((face) => face.families))];
