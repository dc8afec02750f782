/**
 * Reads a chosen file as text unless it is larger than `maxBytes`: the size is checked
 * first (File.size needs no reading), so a 50 MB file is refused without loading it.
 */
export type FileText = { ok: true; text: string } | { ok: false; problem: string };

export async function readFileCapped(file: File, maxBytes: number, what: string): Promise<FileText> {
  if (file.size > maxBytes) {
    const mb = (n: number) => (n / 1048576).toFixed(n % 1048576 ? 1 : 0);
    return {
      ok: false,
      problem: `(root): the file is ${mb(file.size)} MB; ${what} files are at most ${mb(maxBytes)} MB`,
    };
  }
  try {
    return { ok: true, text: await file.text() };
  } catch (error) {
    return {
      ok: false,
      problem: `(root): the file could not be read: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}

/** "2026-11-27": today's date for file names. */
export const fileDay = () => new Date().toISOString().slice(0, 10);
