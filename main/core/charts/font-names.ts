import fs from 'node:fs';

/**
 * The family names of a font file (TrueType, OpenType, or a collection of them, .ttc), read from
 * its `name` table without loading the file: a few small reads at the offsets its headers give,
 * so listing the system's fonts stays quick even with 20 MB CJK collections among them.
 */

const NAME_TABLE = 0x6e616d65; // 'name'
const COLLECTION = 0x74746366; // 'ttcf'
const FAMILY = 1;
const TYPOGRAPHIC_FAMILY = 16;
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

/** The families one face names: its typographic family (16) and its family (1), on any platform. */
function faceFamilies(fd: number, faceOffset: number): string[] {
  const header = readAt(fd, faceOffset, 12);
  const tables = header.readUInt16BE(4);
  const records = readAt(fd, faceOffset + 12, tables * 16);
  for (let i = 0; i < tables; i++) {
    if (records.readUInt32BE(i * 16) !== NAME_TABLE) continue;
    const [offset, length] = [records.readUInt32BE(i * 16 + 8), records.readUInt32BE(i * 16 + 12)];
    const table = readAt(fd, offset, length);
    const [count, stringsAt] = [table.readUInt16BE(2), table.readUInt16BE(4)];
    const names = new Set<string>();
    for (let r = 0; r < count; r++) {
      const at = 6 + r * 12;
      const [platform, nameId, size, start] = [table.readUInt16BE(at), table.readUInt16BE(at + 6), table.readUInt16BE(at + 8), table.readUInt16BE(at + 10)];
      if (nameId !== FAMILY && nameId !== TYPOGRAPHIC_FAMILY) continue;
      if (platform !== 0 && platform !== 1 && platform !== 3) continue;
      const name = decodeName(table.subarray(stringsAt + start, stringsAt + start + size), platform).trim();
      if (name) names.add(name);
    }
    return [...names];
  }
  return [];
}

/** Where each face of a collection starts. */
function faceOffsets(fd: number, head: Buffer): number[] {
  const faces = Math.min(MAX_FACES, head.readUInt32BE(8));
  const table = readAt(fd, 12, 4 * faces);
  return Array.from({ length: faces }, (_, i) => table.readUInt32BE(i * 4));
}

/** Every family name the file's faces give; an unreadable or foreign file gives none. */
export function fontFamilies(file: string): string[] {
  let fd: number | null = null;
  try {
    fd = fs.openSync(file, 'r');
    const head = readAt(fd, 0, 12);
    const offsets = head.readUInt32BE(0) === COLLECTION ? faceOffsets(fd, head) : [0];
    return [...new Set(offsets.flatMap((offset) => faceFamilies(fd!, offset)))];
  } catch {
    return [];
  } finally {
    if (fd !== null) fs.closeSync(fd);
  }
}
