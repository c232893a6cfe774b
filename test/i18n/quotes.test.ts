/**
 * The words a planner reads quote with typographic quotes (“…”) and write
 * the apostrophe as ’, in both languages: the pane's strings, the issue
 * messages, the error texts and the codes' explanations. (The command
 * line's usage messages keep straight quotes: they show how to type an
 * argument in a shell.)
 */
import { ERROR_TEXT, OFFICE_TEXT } from '../../src/i18n/errors';
import { ISSUE_CODES } from '../../src/i18n/codes';
import { MESSAGES, WORDS } from '../../src/i18n/messages';
import { stringKeys, t } from '../../src/taskpane/i18n';

/** Every string held in a catalog entry (nested records of words). */
function texts(x: unknown, at: string, out: [string, string][] = []): [string, string][] {
  if (typeof x === 'string') out.push([at, x]);
  else if (x && typeof x === 'object') for (const [k, v] of Object.entries(x)) texts(v, `${at}.${k}`, out);
  return out;
}

const STRAIGHT = /"|(?<=\p{L})'(?=\p{L})/u;

test.each([
  ['issue messages', MESSAGES],
  ['message words', WORDS],
  ['error texts', ERROR_TEXT],
  ['Office error texts', OFFICE_TEXT],
  ['issue codes', ISSUE_CODES],
])('%s quote with “…” and ’', (_name, catalog) => {
  const all = texts(catalog, '');
  expect(all.length).toBeGreaterThan(5);
  expect(all.filter(([, s]) => STRAIGHT.test(s)).map(([at]) => at)).toEqual([]);
});

test('the pane’s strings quote with “…” and ’, in both languages', () => {
  const keys = stringKeys();
  const straight = keys.flatMap((k) => (['vi', 'en'] as const).filter((lang) => STRAIGHT.test(t(lang, k))).map((lang) => `${k}.${lang}`));
  expect(keys.length).toBeGreaterThan(100);
  expect(straight).toEqual([]);
});
