/**
 * Typed arrays packed into one base64 string, so the prepared matcher survives the
 * JSON serialisation of runtime messages (typed arrays do not) and loads with one
 * decode and zero-copy views.
 */

export type TypedTable = Uint8Array | Uint16Array | Int32Array;
type TableType = 'u8' | 'u16' | 'i32';

export interface PackedTables {
  /**
   * base64 of all tables, each starting on a 4-byte boundary: whole, or (as a page
   * receives it, in several messages) in pieces of whole 4-character groups. Pieces are
   * decoded one by one into one buffer: joining 2.3 MB of pieces first, then decoding,
   * took 6-9 ms in Chromium at 10,000 entries; the pieces straight in, 1-1.5 ms.
   */
  data: string | string[];
  /** [name, element type, element count] in storage order. */
  layout: [string, TableType, number][];
}

const WIDTH: Record<TableType, number> = { u8: 1, u16: 2, i32: 4 };

function typeOf(table: TypedTable): TableType {
  if (table instanceof Uint8Array) return 'u8';
  if (table instanceof Uint16Array) return 'u16';
  return 'i32';
}

const align4 = (n: number) => (n + 3) & ~3;

export function packTables(tables: Record<string, TypedTable>): PackedTables {
  const layout: PackedTables['layout'] = [];
  let size = 0;
  for (const [name, table] of Object.entries(tables)) {
    layout.push([name, typeOf(table), table.length]);
    size = align4(size + table.byteLength);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const table of Object.values(tables)) {
    bytes.set(new Uint8Array(table.buffer, table.byteOffset, table.byteLength), offset);
    offset = align4(offset + table.byteLength);
  }
  return { data: encodeBase64(bytes), layout };
}

/** A table's place in the data: where it starts and how many bytes it takes. */
interface TableSpan {
  name: string;
  type: TableType;
  length: number;
  offset: number;
  byteLength: number;
}

/** Each table's place in the data, in storage order (each starts on a 4-byte boundary). */
function spansOf(layout: PackedTables['layout']): TableSpan[] {
  let offset = 0;
  return layout.map(([name, type, length]) => {
    const byteLength = length * WIDTH[type];
    const span = { name, type, length, offset, byteLength };
    offset = align4(offset + byteLength);
    return span;
  });
}

/** Where the last of the named tables ends, in bytes from the start of the data. */
export function endOfTables(packed: PackedTables, names: readonly string[]): number {
  let end = 0;
  for (const { name, offset, byteLength } of spansOf(packed.layout))
    if (names.includes(name)) end = offset + byteLength;
  return end;
}

/** The base64 as one string (a sender splits it again for its own messages). */
export const wholeData = (packed: PackedTables): string =>
  typeof packed.data === 'string' ? packed.data : packed.data.join('');

/**
 * The tables, decoded on demand in storage order, a base64 piece at a time. A content
 * script reads only the automaton's tables (stored first) on every page; the rule programs
 * and triggers, about half the bytes at 10,000 entries, are decoded when a page with a KB
 * term loads the detector, into the same buffer. A large matcher's later pieces may come
 * after the reader was made (see src/messaging/matcher-parts.ts): `append` adds them.
 */
export class TableReader {
  readonly #spans: readonly TableSpan[];
  readonly #pieces: string[] = [];
  readonly #bytes: Uint8Array;
  #nextPiece = 0;
  #decoded = 0;

  constructor(packed: PackedTables) {
    for (const [name, type, length] of packed.layout) {
      if (!Object.hasOwn(WIDTH, type) || !Number.isSafeInteger(length) || length < 0)
        throw new RangeError(`matcher tables: table "${name}" has no valid type or length`);
    }
    this.#spans = spansOf(packed.layout);
    const last = this.#spans.at(-1);
    this.#bytes = new Uint8Array(last ? align4(last.offset + last.byteLength) : 0);
    this.append(typeof packed.data === 'string' ? [packed.data] : packed.data);
  }

  /** Adds the base64 pieces that follow those given so far. */
  append(pieces: readonly string[]): void {
    for (const piece of pieces) {
      if (piece.length % 4 !== 0)
        throw new RangeError('matcher tables: a base64 piece is cut inside a group');
      this.#pieces.push(piece);
    }
  }

  /** The named tables (every table when none are named), decoding as far as they need. */
  tables(names?: readonly string[]): Record<string, TypedTable> {
    const bytes = this.#bytes;
    const tables: Record<string, TypedTable> = {};
    for (const { name, type, length, offset, byteLength } of this.#spans) {
      if (names && !names.includes(name)) continue;
      // Pieces that end before the table: a truncated matcher, or a later part not added yet.
      if (this.#decodeThrough(offset + byteLength) < offset + byteLength)
        throw new RangeError(`matcher table "${name}" is truncated`);
      tables[name] =
        type === 'u8'
          ? bytes.subarray(offset, offset + length)
          : type === 'u16'
            ? new Uint16Array(bytes.buffer, offset, length)
            : new Int32Array(bytes.buffer, offset, length);
    }
    return tables;
  }

  /** Decodes pieces until `end` bytes are decoded or no piece is left; returns the bytes decoded. */
  #decodeThrough(end: number): number {
    while (this.#decoded < end && this.#nextPiece < this.#pieces.length) {
      const piece = this.#pieces[this.#nextPiece++]!;
      this.#decoded = nativeSetFromBase64
        ? this.#decoded + nativeSetFromBase64.call(this.#bytes.subarray(this.#decoded), piece).written
        : decodeInto(piece, this.#bytes, this.#decoded);
    }
    return this.#decoded;
  }
}

/** Every table, decoded at once. */
export function unpackTables(packed: PackedTables): Record<string, TypedTable> {
  return new TableReader(packed).tables();
}

function encodeBase64(bytes: Uint8Array): string {
  const chunks: string[] = [];
  for (let i = 0; i < bytes.length; i += 0x8000) {
    chunks.push(String.fromCharCode(...bytes.subarray(i, i + 0x8000)));
  }
  return btoa(chunks.join(''));
}

/** Native base64 decoding where the runtime has it (Chromium 140+, Firefox 133+). */
type Base64Writer = (this: Uint8Array, text: string) => { read: number; written: number };
const nativeSetFromBase64 = (Uint8Array.prototype as unknown as { setFromBase64?: Base64Writer })
  .setFromBase64;

const BASE64_VALUES = (() => {
  const values = new Uint8Array(128).fill(255);
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  for (let i = 0; i < alphabet.length; i++) values[alphabet.charCodeAt(i)] = i;
  return values;
})();

const paddingOf = (text: string) => (text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0);

/** Elsewhere (Node 20): four characters to three bytes straight from the string, no atob copy. */
function decodeInto(text: string, bytes: Uint8Array, start: number): number {
  const end = start + (text.length / 4) * 3 - paddingOf(text);
  let out = start;
  for (let i = 0; i < text.length; i += 4) {
    const chunk =
      (BASE64_VALUES[text.charCodeAt(i)]! << 18) |
      (BASE64_VALUES[text.charCodeAt(i + 1)]! << 12) |
      ((BASE64_VALUES[text.charCodeAt(i + 2)]! & 63) << 6) |
      (BASE64_VALUES[text.charCodeAt(i + 3)]! & 63);
    bytes[out++] = chunk >>> 16;
    if (out < end) bytes[out++] = (chunk >>> 8) & 255;
    if (out < end) bytes[out++] = chunk & 255;
  }
  return end;
}
