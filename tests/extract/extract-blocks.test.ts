import { describe, expect, it } from 'vitest';
import { extractBlocks, extractPageText, locateInBlock } from '../../src/extract/extract-blocks';
import { DOMS } from './dom';

describe.each(Object.entries(DOMS))('extracting text blocks (%s)', (_, parse) => {
  const blocksOf = (body: string) => extractBlocks(parse(`<!doctype html><html><body>${body}</body></html>`));

  it('reads paragraphs, headings, list items, table cells, quotes and captions as blocks of their kind', () => {
    expect(
      blocksOf(
        '<h1>Title</h1><p>Para.</p><ul><li>Item</li></ul><table><tr><td>Cell</td></tr></table>' +
          '<blockquote><p>Quoted.</p></blockquote><figure><figcaption>Caption</figcaption></figure><div>Loose</div>',
      ),
    ).toEqual([
      { text: 'Title', kind: 'heading' },
      { text: 'Para.', kind: 'paragraph' },
      { text: 'Item', kind: 'list-item' },
      { text: 'Cell', kind: 'table-cell' },
      { text: 'Quoted.', kind: 'quote' },
      { text: 'Caption', kind: 'caption' },
      { text: 'Loose', kind: 'other' },
    ]);
  });

  it('keeps a sentence split across links, emphasis and spans as one block', () => {
    expect(
      blocksOf('<p>Trump <a href="#">signed</a> an <em>executive <span>order</span></em> today.</p>'),
    ).toEqual([{ text: 'Trump signed an executive order today.', kind: 'paragraph' }]);
  });

  it('skips scripts, styles, templates, form fields, editors, hidden elements and our badges', () => {
    const text = blocksOf(
      '<p>Kept<script>no()</script><style>p{}</style><template>no</template>' +
        '<textarea>no</textarea><select><option>no</option></select><button>no</button>' +
        '<span hidden>no</span><span aria-hidden="true">no</span><span style="display: none">no</span>' +
        '<statusmark-badge>no</statusmark-badge> text.</p><noscript>no</noscript>' +
        '<div contenteditable="true"><p>Draft</p></div><div contenteditable="false">Shown</div>',
    ).map((b) => b.text);
    expect(text).toEqual(['Kept text.', 'Shown']);
  });

  it('starts a new block where a nested block interrupts text, and drops blank blocks', () => {
    expect(blocksOf('<div>Before <p>inside</p> after</div>\n  <p> </p>').map((b) => b.text)).toEqual([
      'Before ',
      'inside',
      ' after',
    ]);
  });

  it('reads a <br> as a line break', () => {
    expect(blocksOf('<p>One<br>two<br><em>three</em></p>').map((b) => b.text)).toEqual(['One\ntwo\nthree']);
  });

  it('breaks the line before text nested in what follows a <br>, but not before a new block', () => {
    expect(blocksOf('<p>One<br><span><b>two</b> three</span><br> </p>').map((b) => b.text)).toEqual([
      'One\ntwo three\n ',
    ]);
    expect(blocksOf('<div>One<br><p>two</p></div>').map((b) => b.text)).toEqual(['One', 'two']);
    expect(blocksOf('<p>One<br><!-- note -->two</p>').map((b) => b.text)).toEqual(['Onetwo']);
  });

  it('skips what an ancestor hides, however deep, and reads what a non-hiding attribute carries', () => {
    const text = blocksOf(
      '<div style="color: red"><p>Shown <span style="display:none"><b><i>deep</i></b></span>too.</p></div>' +
        '<section aria-hidden="false"><p>Also shown.</p></section><div inert><p><em>inert</em></p></div>',
    ).map((b) => b.text);
    expect(text).toEqual(['Shown too.', 'Also shown.']);
  });

  it('maps a block offset back to its Text node and offset', () => {
    const document = parse('<html><body><p>Trump <a href="#">signed</a> it.<br>Next</p></body></html>');
    const extracted = extractPageText(document);
    const text = extracted.blocks[0]!.text;
    expect(text).toBe('Trump signed it.\nNext');
    const signed = extracted.locate(0, text.indexOf('signed') + 2);
    expect(signed?.node.data).toBe('signed');
    expect(signed?.offset).toBe(2);
    const stop = extracted.locate(0, text.indexOf('.'));
    expect(stop?.node.data).toBe(' it.');
    expect(stop?.offset).toBe(3);
    expect(extracted.locate(0, text.indexOf('\n'))).toMatchObject({ offset: 4 }); // the <br>: end of " it."
    expect(extracted.locate(0, text.length)?.node.data).toBe('Next');
    expect(extracted.locate(1, 0)).toBeNull();
    expect(locateInBlock(extracted, 0, 2)?.node.data).toBe('Trump ');
    expect(extracted.blockElement(0)?.localName).toBe('p');
  });

  it('extracts only under the given root', () => {
    const document = parse('<html><body><p>Outside</p><article><p>Inside</p></article></body></html>');
    expect(extractBlocks(document.querySelector('article')!).map((b) => b.text)).toEqual(['Inside']);
  });
});
