import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The lint rules are the fence between code that runs in different places; these
// specifications prove the fence stands (each case would pass if the rule were gone).
const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? 'fatal');
}

describe('import boundaries', () => {
  it('rejects browser globals in DOM-free detection code', async () => {
    expect(await ruleIds('src/detect/example.ts', 'export const t = document.title;\n')).toContain(
      'no-restricted-globals',
    );
  });

  it('rejects the database in DOM-free KB code', async () => {
    const code = "import Dexie from 'dexie';\nexport const d = Dexie;\n";
    expect(await ruleIds('src/kb/example.ts', code)).toContain('no-restricted-imports');
  });

  it('rejects the extension runtime in DOM-free code', async () => {
    const code = "import { browser } from 'wxt/browser';\nexport const b = browser;\n";
    expect(await ruleIds('src/detect/example.ts', code)).toContain('no-restricted-imports');
  });

  it('rejects the database module in in-page code', async () => {
    const code = "import { db } from '../db/database';\nexport const d = db;\n";
    expect(await ruleIds('src/page/example.ts', code)).toContain('no-restricted-imports');
  });

  it('rejects HTML sinks for page or KB strings anywhere', async () => {
    const code = 'export function put(el: Element, s: string) {\n  el.innerHTML = s;\n}\n';
    expect(await ruleIds('src/ui/example.ts', code)).toContain('no-unsanitized/property');
  });

  it('allows the database in extension-page code', async () => {
    const code = "import Dexie from 'dexie';\nexport const d = Dexie;\n";
    expect(await ruleIds('src/db/example.ts', code)).toEqual([]);
  });
});
