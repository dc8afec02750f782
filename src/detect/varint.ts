/**
 * Numbers in as few bytes as each needs: seven bits a byte, low bits first, the high bit
 * set on every byte but a number's last. The matcher's tables hold mostly small numbers
 * (counts, steps between sorted features) beside a few past 65,535, which a fixed width
 * would pay two or four bytes each for.
 */
const MORE = 0x80;

/** Appends `value` (a whole number from 0 to 2^31 - 1) to `out` as bytes. */
export function writeVarint(out: number[], value: number): void {
  let rest = value;
  while (rest >= MORE) {
    out.push((rest & 0x7f) | MORE);
    rest >>>= 7;
  }
  out.push(rest);
}

/** Reads numbers one after another from `bytes`, starting at `at`. */
export class VarintReader {
  constructor(
    readonly bytes: Uint8Array,
    public at = 0,
  ) {}

  next(): number {
    const bytes = this.bytes;
    let value = 0;
    let shift = 0;
    let byte: number;
    // Past the end a byte reads as undefined, which ends the number (undefined & MORE is 0);
    // a caller that needs to know checks `at` against the length.
    do {
      byte = bytes[this.at++]!;
      value |= (byte & 0x7f) << shift;
      shift += 7;
    } while (byte & MORE);
    return value;
  }
}
