import { writeVarint } from './varint';

/** Each number in the bytes it needs (varint.ts). */
export function varintBytes(values: readonly number[]): Uint8Array {
  const out: number[] = [];
  for (const value of values) writeVarint(out, value);
  return Uint8Array.from(out);
}

/** Two bytes a number where every number fits: halves the matcher at 10,000 entries. */
export function narrow(values: readonly number[]): Uint16Array | Int32Array {
  return values.every((v) => v >= 0 && v <= 0xffff) ? Uint16Array.from(values) : Int32Array.from(values);
}

/** One bit a value, eight a byte, lowest bit first. */
export function bitsOf(values: readonly boolean[]): Uint8Array {
  const bits = new Uint8Array(Math.ceil(values.length / 8));
  values.forEach((value, i) => {
    if (value) bits[i >>> 3]! |= 1 << (i & 7);
  });
  return bits;
}
