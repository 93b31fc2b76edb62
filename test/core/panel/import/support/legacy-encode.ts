/**
 * Encodes text in the legacy encodings the importer reads. Node can decode them (full ICU) but
 * TextEncoder only writes UTF-8, so the tables are built by decoding every byte sequence once.
 */
type Table = Map<string, number[]>;
const tables = new Map<string, Table>();

function buildTable(encoding: 'windows-1251' | 'windows-1252' | 'gb18030'): Table {
  const table: Table = new Map();
  const decoder = new TextDecoder(encoding, { fatal: true });
  const add = (bytes: number[]) => {
    try {
      const ch = decoder.decode(Uint8Array.from(bytes));
      if ([...ch].length === 1 && !table.has(ch)) table.set(ch, bytes);
    } catch {
      // not a valid sequence
    }
  };
  for (let b = 0; b < 0x80; b++) add([b]);
  if (encoding === 'gb18030') {
    for (let lead = 0x81; lead <= 0xfe; lead++) for (let trail = 0x40; trail <= 0xfe; trail++) if (trail !== 0x7f) add([lead, trail]);
  } else {
    for (let b = 0x80; b <= 0xff; b++) add([b]);
  }
  return table;
}

export function legacyEncode(text: string, encoding: 'windows-1251' | 'windows-1252' | 'gb18030'): Buffer {
  let table = tables.get(encoding);
  if (!table) tables.set(encoding, (table = buildTable(encoding)));
  const out: number[] = [];
  for (const ch of text) {
    const bytes = table.get(ch);
    if (!bytes) throw new Error(`${JSON.stringify(ch)} cannot be written in ${encoding}`);
    out.push(...bytes);
  }
  return Buffer.from(out);
}

/** UTF-16 with or without its byte-order mark. */
export function utf16(text: string, endian: 'le' | 'be', bom: boolean): Buffer {
  const le = Buffer.from((bom ? '\uFEFF' : '') + text, 'utf16le');
  return endian === 'le' ? le : Buffer.from(le).swap16();
}
