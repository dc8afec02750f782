// @ts-check
import tseslint from 'typescript-eslint';
import noUnsanitized from 'eslint-plugin-no-unsanitized';
import globals from 'globals';

// Globals that reach the browser or the extension runtime. DOM-free logic must not touch them:
// it also runs in Node (the statusmark CLI) and in tests without a DOM.
const browserGlobals = [
  'window',
  'document',
  'navigator',
  'location',
  'chrome',
  'browser',
  'indexedDB',
  'localStorage',
  'sessionStorage',
  'Node',
  'NodeFilter',
  'Element',
  'HTMLElement',
  'MutationObserver',
  'customElements',
  'getComputedStyle',
  'requestAnimationFrame',
].map((name) => ({
  name,
  message: 'DOM-free code (src/kb, src/detect, src/feed) must not use browser APIs.',
}));

const browserModules = {
  patterns: [
    {
      group: ['wxt', 'wxt/*', '@wxt-dev/*'],
      message: 'DOM-free code must not import the extension runtime.',
    },
    { group: ['dexie', '**/db', '**/db/*'], message: 'DOM-free code must not import the database.' },
    { group: ['preact', 'preact/*'], message: 'DOM-free code must not import UI code.' },
    {
      group: ['**/page/*', '**/ui/*', '**/background/*', '**/extract/*'],
      message: 'DOM-free code must not import DOM code.',
    },
  ],
};

export default tseslint.config(
  {
    ignores: [
      '.output/**',
      '.output-*/**',
      '.wxt/**',
      'node_modules/**',
      'dist/**',
      'demo-output/**',
      'bench/results/**',
      'coverage/**',
    ],
  },
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'no-unsanitized': noUnsanitized },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Page and KB strings are never HTML: no innerHTML-style sinks anywhere.
      'no-unsanitized/method': 'error',
      'no-unsanitized/property': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Never render strings as HTML.',
        },
        // A frame's srcdoc is a whole document, and an on* attribute is code: neither takes a string.
        {
          selector: "AssignmentExpression > MemberExpression.left[property.name='srcdoc']",
          message: 'Never render strings as HTML (srcdoc is a document).',
        },
        {
          selector: 'JSXAttribute[name.name=/^srcdoc$/i]',
          message: 'Never render strings as HTML (srcdoc is a document).',
        },
        {
          selector:
            'CallExpression[callee.property.name=/^setAttribute$/][arguments.0.value=/^(srcdoc|on)/i]',
          message: 'Never set srcdoc or an event-handler attribute from a string.',
        },
      ],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    // DOM-free logic: the KB schema and timeline, the claim detector, feed verification.
    files: ['src/kb/**', 'src/detect/**', 'src/feed/**'],
    rules: {
      'no-restricted-globals': ['error', ...browserGlobals],
      'no-restricted-imports': ['error', browserModules],
    },
  },
  {
    // The engine ships to every page (content.js, detector.js): the schema library stays out
    // of it (issue 8's content-script budget). Types from the KB schema are fine.
    files: ['src/detect/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['zod', '**/kb/schema'],
              allowTypeImports: true,
              message:
                'The engine must not bundle Zod: take values from src/kb/kb-values.ts, types from the schema.',
            },
          ],
        },
      ],
    },
  },
  {
    // In-page code runs in the web page's origin: its IndexedDB is the page's, never ours.
    files: ['src/page/**', 'src/extract/**', 'entrypoints/content.ts', 'entrypoints/content/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['dexie', '**/db', '**/db/*'], message: 'In-page code must not import the database.' },
            {
              group: ['**/background/*', '**/ui/options/*', '**/ui/popup/*'],
              message: 'In-page code must not import extension-page code.',
            },
          ],
        },
      ],
    },
  },
);
