// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { ChangePlaces } from '../../src/page/change-places';
import { markOwn } from '../../src/page/own-nodes';
import { setBody } from './helpers/set-body';

const byId = (id: string) => document.getElementById(id)!;

describe('where a changed node sits', () => {
  it("gives every cell of a ticker its block, looking the ticker's ancestors up once", () => {
    setBody('<main><div id="ticker"><span id="a">1</span><span id="b">2</span></div></main>');
    const places = new ChangePlaces(document);
    expect(places.of(byId('a').firstChild!)).toEqual({ ignored: false, block: byId('ticker') });
    expect(places.of(byId('b'))).toEqual({ ignored: false, block: byId('ticker') });
  });

  it('ignores changes inside an editable region, but not in a part of it marked not editable', () => {
    setBody(
      '<div contenteditable="true"><p id="typed">x</p><p contenteditable="false" id="fixed"><em id="em">y</em></p></div>',
    );
    const places = new ChangePlaces(document);
    expect(places.of(byId('typed').firstChild!).ignored).toBe(true);
    expect(places.of(byId('em'))).toEqual({ ignored: false, block: byId('fixed') });
  });

  it('ignores our own nodes and what they hold, and the head', () => {
    setBody('<p id="p"><span id="ours"><b id="inner">x</b></span></p>');
    markOwn(byId('ours'));
    const places = new ChangePlaces(document);
    expect(places.of(byId('inner')).ignored).toBe(true);
    expect(places.of(byId('p')).ignored).toBe(false);
    expect(places.of(document.head).ignored).toBe(true);
  });

  it("places a node in a web component's open shadow root where its host is: in the body", () => {
    setBody('<x-card id="host"></x-card>');
    const root = byId('host').attachShadow({ mode: 'open' });
    const p = root.appendChild(document.createElement('p'));
    const text = p.appendChild(document.createTextNode('x'));
    expect(new ChangePlaces(document).of(text)).toEqual({ ignored: false, block: p });
  });
});
