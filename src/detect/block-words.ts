/**
 * Whether a block has four words or more, as /(?:\S+\s+){3}\S/ says (runs of non-space
 * characters), counted by hand: the detector asks it of every block of a page and stops
 * at the fourth word, where the regex's backtracking over long runs costs more.
 */
export function hasFourWords(text: string): boolean {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord && ++words === 4) return true;
    inWord = !space;
  }
  return false;
}

/** JavaScript's \s: ASCII spaces and line ends, NBSP, the Unicode space separators, LS, PS and the BOM. */
export function isSpace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
