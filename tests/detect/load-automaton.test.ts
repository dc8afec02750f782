import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAutomaton } from '../../src/detect/automaton-build';
import { automatonTables } from '../../src/detect/automaton-tables';
import { loadAutomaton } from '../../src/detect/load-automaton';
import type { PreparedMatcher } from '../../src/detect/matcher-format';

const word = fc.constantFrom('crypto', 'pension', 'fund', 'order', 'bill', 'sb', '401k', 'labor', 'rule');
const terms = fc.array(fc.array(word, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 60 });

/** The automaton as the page gets it: through its tables, without the build's numbers. */
function sentAndLoaded(sequences: string[][]) {
  const { automaton } = buildAutomaton(sequences);
  const header = { states: automaton.flags.length, rootWords: automaton.rootWords } as PreparedMatcher;
  return { automaton, loaded: loadAutomaton(header, automatonTables(automaton)) };
}

describe('loading the automaton in the page', () => {
  it("restores the fail links the build made, and every label but the root's children's", () => {
    fc.assert(
      fc.property(terms, (sequences) => {
        const { automaton, loaded } = sentAndLoaded(sequences);
        const deep = automaton.rootWords + 1;
        expect(Array.from(loaded.childOffset)).toEqual(Array.from(automaton.childOffset));
        expect(Array.from(loaded.label.subarray(deep))).toEqual(Array.from(automaton.label.subarray(deep)));
        expect(loaded.label.length).toBe(automaton.label.length);
        expect(Array.from(loaded.fail)).toEqual(Array.from(automaton.fail));
      }),
    );
  });

  it('refuses tables that do not match the state count', () => {
    const { automaton } = buildAutomaton([['crypto', 'fund'], ['pension', 'fund'], ['fund']]);
    const states = automaton.flags.length;
    const tables = automatonTables(automaton);
    const header = (count: number) => ({ states: count, rootWords: automaton.rootWords }) as PreparedMatcher;
    const refusals = [
      () => loadAutomaton(header(states + 1), tables),
      () => loadAutomaton(header(states), { ...tables, childOffset: tables.childOffset!.subarray(1) }),
      () => loadAutomaton(header(states), { ...tables, deepFail: tables.deepFail!.subarray(1) }),
    ];
    for (const load of refusals) expect(load).toThrow(/automaton tables do not match its state count/);
  });
});
