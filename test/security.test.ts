/**
 * @jest-environment jsdom
 */
/**
 * "Nothing let in": the pages' Content-Security-Policy allows only the
 * add-in's own scripts and Office's script host; the code never evaluates
 * strings or writes markup, and makes no network call; the production
 * bundle (when built) has no eval. The manifest's permissions
 * (ReadWriteDocument and nothing more) are checked in manifest.test.ts.
 *
 * jsdom only for its HTML parser (DOMParser); files are read with fs.
 */
import * as fs from 'fs';
import * as path from 'path';
import ts from 'typescript';

const ROOT = path.resolve(__dirname, '..');
const OFFICE_HOST = 'https://appsforoffice.microsoft.com';
const OFFICE_JS = `${OFFICE_HOST}/lib/1/hosted/office.js`;

/** The test server of `npm run test:excel` (office-addin-test-server), on this machine: the one place the contract page may send to. */
const TEST_SERVER = 'https://localhost:4201';

const PAGES: { file: string; office: boolean; connect?: string[] }[] = [
  { file: 'src/taskpane/taskpane.html', office: true },
  { file: 'src/commands/commands.html', office: true },
  { file: 'src/workbench/workbench.html', office: false },
  { file: 'src/contract/contract.html', office: true, connect: [TEST_SERVER] },
];

function read(rel: string): string {
  return fs.readFileSync(path.join(ROOT, rel), 'utf8');
}

function filesUnder(dir: string, test: (name: string) => boolean): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const rel = path.posix.join(dir, e.name);
    if (e.isDirectory()) out.push(...filesUnder(rel, test));
    else if (test(e.name)) out.push(rel);
  }
  return out.sort();
}

/** "default-src 'self'; script-src …" → directive → sources. */
function parseCsp(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    expect(out.has(name.toLowerCase())).toBe(false); // a repeated directive is ignored by browsers: a slip
    out.set(name.toLowerCase(), sources);
  }
  return out;
}

describe('Content-Security-Policy of the pages', () => {
  for (const { file, office, connect = [] } of PAGES) {
    describe(file, () => {
      const doc = new DOMParser().parseFromString(read(file), 'text/html');
      const metas = [...doc.querySelectorAll('meta[http-equiv]')].filter((m) => m.getAttribute('http-equiv')!.toLowerCase() === 'content-security-policy');
      const csp = parseCsp(metas[0]?.getAttribute('content') ?? '');

      test('one policy, in the head, before any script or style', () => {
        expect(metas).toHaveLength(1);
        expect(metas[0].parentElement?.tagName).toBe('HEAD');
        // A meta policy applies only to what follows it.
        const first = doc.head.querySelector('script, style, link');
        if (first) expect(metas[0].compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
      });

      test(`scripts: 'self'${office ? " and Office's script host" : ''} only, never inline or eval'd`, () => {
        expect(csp.get('script-src')).toEqual(office ? ["'self'", OFFICE_HOST] : ["'self'"]);
        expect(csp.get('default-src')).toEqual(["'self'"]);
        for (const sources of csp.values()) {
          for (const banned of ["'unsafe-eval'", "'wasm-unsafe-eval'", "'unsafe-hashes'", "'strict-dynamic'", '*', 'http:', 'https:', 'blob:', 'filesystem:'])
            expect(sources).not.toContain(banned);
        }
        // 'unsafe-inline' for styles only: Fluent UI (Griffel), this page and Office on the web insert <style> elements.
        for (const [name, sources] of csp) if (name !== 'style-src') expect(sources).not.toContain("'unsafe-inline'");
        expect(csp.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
      });

      test(`no network but its own origin${connect.length ? ' and the local test server' : ''}; no plug-ins, no <base> elsewhere`, () => {
        expect(csp.get('connect-src')).toEqual(["'self'", ...connect]);
        expect(csp.get('img-src')).toEqual(["'self'", 'data:']);
        expect(csp.get('object-src')).toEqual(["'none'"]);
        expect(csp.get('base-uri')).toEqual(["'self'"]);
        for (const [name, sources] of csp) {
          if (name === 'script-src') continue;
          for (const s of sources) if (!(name === 'connect-src' && connect.includes(s))) expect(s).toMatch(/^'(self|none|unsafe-inline)'$|^data:$/);
        }
        // Ignored in a <meta> policy: setting them there would only mislead.
        for (const name of ['frame-ancestors', 'report-uri', 'report-to', 'sandbox']) expect(csp.has(name)).toBe(false);
      });

      test("its scripts are all allowed by it: office.js from Office's host, nothing inline", () => {
        const scripts = [...doc.querySelectorAll('script')];
        for (const s of scripts) {
          const src = s.getAttribute('src');
          expect(src).toBeTruthy(); // no inline script (webpack adds the bundle as <script src>)
          if (/^[a-z]+:/i.test(src!)) expect(src).toBe(OFFICE_JS);
        }
        expect(scripts.map((s) => s.getAttribute('src'))).toEqual(office ? [OFFICE_JS] : []);
        for (const el of doc.querySelectorAll('*')) {
          for (const attr of el.getAttributeNames()) expect(attr).not.toMatch(/^on/i); // no inline handlers
        }
      });
    });
  }
});

// ------------------------------------------------------------------ the code

const SOURCES = filesUnder('src', (n) => /\.tsx?$/.test(n));

/** The code of a file without its comments (TypeScript's printer drops them). */
function codeOf(rel: string): string {
  const kind = rel.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const sf = ts.createSourceFile(rel, read(rel), ts.ScriptTarget.Latest, false, kind);
  return ts.createPrinter({ removeComments: true }).printFile(sf);
}

/** The comments of a file, as [start, end) ranges of its text. */
function commentRanges(text: string, tsx: boolean): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, tsx ? ts.LanguageVariant.JSX : ts.LanguageVariant.Standard, text);
  for (let t = scanner.scan(); t !== ts.SyntaxKind.EndOfFileToken; t = scanner.scan()) {
    if (t === ts.SyntaxKind.SingleLineCommentTrivia || t === ts.SyntaxKind.MultiLineCommentTrivia) out.push([scanner.getTokenStart(), scanner.getTokenEnd()]);
  }
  return out;
}

/** What the code must never do, and why. */
const BANNED: Array<[RegExp, string]> = [
  [/\beval\s*\(/, 'eval'],
  [/\bnew\s+Function\b/, 'new Function'],
  [/(^|[^.\w$])Function\s*\(\s*['"`]/, 'Function("…")'],
  [/\bset(?:Timeout|Interval)\s*\(\s*['"`]/, 'setTimeout/setInterval with a string'],
  [/\binnerHTML\b/, 'innerHTML'],
  [/\bouterHTML\b/, 'outerHTML'],
  [/\binsertAdjacentHTML\b/, 'insertAdjacentHTML'],
  [/\bdangerouslySetInnerHTML\b/, 'dangerouslySetInnerHTML'],
  [/\bdocument\.write(?:ln)?\b/, 'document.write'],
  [/\bcreateContextualFragment\b/, 'createContextualFragment'],
  [/\bfetch\s*\(/, 'fetch (network)'],
  [/\bXMLHttpRequest\b/, 'XMLHttpRequest (network)'],
  [/\bWebSocket\b/, 'WebSocket (network)'],
  [/\bsendBeacon\b/, 'sendBeacon (network)'],
  [/\bEventSource\b/, 'EventSource (network)'],
  [/\bimportScripts\b/, 'importScripts (network)'],
];

describe('the code', () => {
  test('there is code to scan', () => {
    expect(SOURCES.length).toBeGreaterThan(50);
    expect(SOURCES).toContain('src/engine/index.ts');
    expect(SOURCES.some((f) => f.endsWith('.tsx'))).toBe(true);
  });

  test('no eval, no new Function, no markup written as HTML, no network call', () => {
    const found: string[] = [];
    for (const rel of SOURCES) {
      const code = codeOf(rel);
      for (const [re, what] of BANNED) {
        const lines = code.split('\n');
        lines.forEach((line, i) => {
          if (re.test(line)) found.push(`${rel}: ${what}: ${line.trim().slice(0, 120)} (printed line ${i + 1})`);
        });
      }
    }
    expect(found).toEqual([]);
  });

  test('the scan sees what it looks for', () => {
    const probe = 'el.innerHTML = x; fetch(u); new Function("a"); eval(s); setTimeout("x()", 1); <div dangerouslySetInnerHTML={{ __html: h }} />';
    const hits = BANNED.filter(([re]) => re.test(probe)).map(([, what]) => what);
    expect(hits).toEqual(
      expect.arrayContaining(['eval', 'new Function', 'innerHTML', 'dangerouslySetInnerHTML', 'fetch (network)', 'setTimeout/setInterval with a string'])
    );
    // Comments are not code: a note that the pane never uses innerHTML is fine.
    expect(
      ts.createPrinter({ removeComments: true }).printFile(ts.createSourceFile('x.ts', '// never innerHTML\nconst a = 1;', ts.ScriptTarget.Latest))
    ).not.toContain('innerHTML');
  });

  /**
   * XML namespace names of the Office file format the command line reads
   * (src/host/xlsx/settings.ts): identifiers in the file's XML, never
   * fetched. Exact names only.
   */
  const XML_NAMESPACES = new Set([
    'http://schemas.microsoft.com/office/webextensions/webextension/2010/11',
    'http://schemas.openxmlformats.org/package/2006/relationships',
    'http://schemas.openxmlformats.org/package/2006/content-types',
  ]);

  /**
   * URLs in the code and the pages: Office's script host (office.js), local
   * development (localhost, 127.0.0.1), Microsoft's documentation in
   * comments, and the XML namespace names above. Anything else would be a
   * place the add-in talks to.
   */
  test('no URL but office.js, localhost, and Microsoft docs in comments', () => {
    const found: string[] = [];
    const files = [...SOURCES, ...filesUnder('src', (n) => /\.(html|css|json)$/.test(n))];
    for (const rel of files) {
      const text = read(rel);
      const comments = rel.endsWith('.html')
        ? [...text.matchAll(/<!--[\s\S]*?-->/g)].map((m): [number, number] => [m.index!, m.index! + m[0].length])
        : /\.tsx?$/.test(rel)
          ? commentRanges(text, rel.endsWith('.tsx'))
          : [];
      const inComment = (at: number) => comments.some(([a, b]) => at >= a && at < b);
      for (const m of text.matchAll(/\b(?:https?|wss?|ftp):\/\/[^\s'"`<>)\];,]+/gi)) {
        const url = m[0];
        const ok =
          url === OFFICE_JS ||
          url === OFFICE_HOST || // as a source in the pages' policy
          (rel === 'src/host/xlsx/settings.ts' && XML_NAMESPACES.has(url)) ||
          /^(?:https?|wss?):\/\/(?:localhost|127\.0\.0\.1)(?::\d+)?(?:\/|$)/i.test(url) ||
          (inComment(m.index!) && /^https:\/\/(?:learn|docs)\.microsoft\.com\//i.test(url));
        if (!ok) found.push(`${rel}: ${url}`);
      }
    }
    expect(found).toEqual([]);
  });
});

// ------------------------------------------------------------------ the bundle

/**
 * webpack's runtime for `__webpack_require__.g` (the global object) falls
 * back to `new Function("return this")` only where `globalThis` does not
 * exist; every webview Office uses today has it, so the line never runs
 * (and under the policy it would throw, caught, and fall back to `window`).
 * Setting `output.environment.globalThis: true` in webpack.config.js drops
 * it; until then it is the one allowed occurrence.
 */
const WEBPACK_GLOBAL = 'new Function("return this")';

describe('the production bundle', () => {
  const dist = path.join(ROOT, 'dist');
  const bundles = fs.existsSync(dist) ? fs.readdirSync(dist).filter((f) => f.endsWith('.js')) : [];

  (bundles.length ? test : test.skip)("no eval, no new Function (webpack's global-object fallback aside)", () => {
    const found: string[] = [];
    for (const f of bundles) {
      const code = fs.readFileSync(path.join(dist, f), 'utf8');
      // The one legitimate occurrence, exactly as webpack writes it, inside its fallback.
      const rest = code.split(`try{return this||${WEBPACK_GLOBAL}()}catch(`).join('');
      for (const [re, what] of [
        [/(^|[^\w$.])eval\s*\(/g, 'eval('],
        [/\bnew\s+Function\s*\(/g, 'new Function('],
        [/(^|[^\w$.])Function\s*\(\s*["'`]/g, 'Function("…")'],
      ] as const) {
        for (const m of rest.matchAll(re)) found.push(`dist/${f}: ${what} … ${rest.slice(Math.max(0, m.index! - 60), m.index! + 60)}`);
      }
    }
    expect(found).toEqual([]);
  });

  (bundles.length ? test : test.skip)('devtool is not eval: no eval-wrapped modules or sourceURL in the bundle', () => {
    for (const f of bundles) expect(fs.readFileSync(path.join(dist, f), 'utf8')).not.toMatch(/\/\/# sourceURL=webpack:/);
  });
});
