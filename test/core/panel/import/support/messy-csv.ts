import type { ColumnMapping } from '../../../../../main/api/member-import';
import { legacyEncode } from './legacy-encode';

/**
 * A messy real-world member file like the one the new-user test used: UTF-8 with a byte-order mark,
 * CRLF line ends, names in Latin (accented), Chinese and Cyrillic script, quoted notes holding
 * newlines, commas and quotes, invalid emails, and emails repeated inside the file (row 333 reuses
 * row 332's email, row 200 repeats row 10's in other case).
 */
const MESSY_HEADER = ['external_id', 'name', 'email', 'city', 'gender', 'birth_year', 'joined'] as const;

export const messyMapping: ColumnMapping[] = [
  { column: 'external_id', target: 'externalId' },
  { column: 'name', target: 'name' },
  { column: 'email', target: 'email' },
  { column: 'city', target: 'city' },
  { column: 'gender', target: 'gender' },
  { column: 'birth_year', target: 'birthYear' },
  { column: 'joined', target: 'joinedAt' },
];

const NAMES = ['José Müller', '王伟', 'Анна Петрова', 'Zoë Brontë', '李娜', 'Сергей Иванов', 'François Léger', '陈静'];
const CITIES = ['São Paulo', '北京', 'Москва', 'Zürich', '上海', 'Санкт-Петербург'];
export const BAD_EMAIL_ROWS = [50, 101];

export interface MessyRow {
  id: string;
  name: string;
  email: string;
  city: string;
  gender: string;
  birthYear: string;
  joined: string;
}

/** Data rows 1…count; `edition` 2 gives every row new values (as a corrected re-export would). */
export function messyRows(count: number, edition: 1 | 2 = 1): MessyRow[] {
  return Array.from({ length: count }, (_, i) => {
    const row = i + 1;
    const email = BAD_EMAIL_ROWS.includes(row) ? `member${row}.example.com` : row === 333 ? 'm332@example.com' : row === 200 ? 'M10@Example.com' : `m${row}@example.com`;
    return {
      id: `C${String(row).padStart(5, '0')}`,
      name: `${NAMES[row % NAMES.length]} ${row}${edition === 2 ? ' (v2)' : ''}`,
      email,
      city: CITIES[(row + edition) % CITIES.length]!,
      gender: (row + edition) % 2 ? 'female' : 'male',
      birthYear: String(1960 + ((row * 7 + edition) % 40)),
      joined: `202${edition}-0${1 + (row % 9)}-1${row % 10}`,
    };
  });
}

const quoted = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** One CSV line per row (a row's fields may hold quoted newlines). */
function messyLines(rows: readonly MessyRow[]): string[] {
  return rows.map((r, i) => {
    // Every 25th row has a city with a quoted newline, every 40th one with a comma and quotes.
    const city = (i + 1) % 25 === 0 ? `${r.city}\r\n(district 2)` : (i + 1) % 40 === 0 ? `${r.city}, "centre"` : r.city;
    return [r.id, r.name, r.email, city, r.gender, r.birthYear, r.joined].map(quoted).join(',');
  });
}

/** The whole file as UTF-8 bytes with CRLF and (unless bom is false) a BOM; `replace` swaps single data lines (0-based row index) for other bytes. */
export function messyCsv(rows: readonly MessyRow[], replace: ReadonlyMap<number, Buffer> = new Map(), bom = true): Buffer {
  const lines = messyLines(rows).map((l, i) => replace.get(i) ?? Buffer.from(l, 'utf8'));
  const parts: Buffer[] = [Buffer.from(`${bom ? '\uFEFF' : ''}${MESSY_HEADER.join(',')}\r\n`, 'utf8')];
  for (const l of lines) parts.push(l, Buffer.from('\r\n'));
  return Buffer.concat(parts);
}

/** A data line written in windows-1252 (as pasted from an old spreadsheet into a UTF-8 file). */
export const windows1252Line = (row: MessyRow) => legacyEncode(messyLines([row])[0]!, 'windows-1252');
