/**
 * One catalog of issue codes: every code the engine reports has a title,
 * a meaning and (where it groups) a group's words in both languages, and
 * the README's table of codes is the catalog's. `npm run docs:codes`
 * rewrites that table from the catalog.
 */
import * as fs from 'fs';
import * as path from 'path';
import { RULES } from '../../src/engine';
import { PROSE_CODES } from '../../src/engine/prose';
import { CODE_LIST, codeInfo, codesTable, ISSUE_CODES } from '../../src/i18n/codes';
import { groupMessage } from '../../src/i18n/groups';
import { LANGS } from '../../src/i18n/lang';
import { MESSAGES } from '../../src/i18n/messages';
import { MESSAGE_CODES, MESSAGE_ISSUE } from '../../src/engine/messages';

const README = path.join(__dirname, '..', '..', 'README.md');
const START = '<!-- codes: made from src/i18n/codes.ts by npm run docs:codes -->';
const END = '<!-- /codes -->';

describe('the catalog of issue codes', () => {
  test("every code a rule declares, the two compute adds, the far cell's note and the prose check's codes are in the catalog", () => {
    const reported = new Set([...RULES.flatMap((r) => r.codes), 'not-computed', 'value-not-formula', 'far-cell', ...PROSE_CODES]);
    expect([...reported].filter((c) => !codeInfo(c))).toEqual([]);
    // …and the catalog holds no code that nothing reports.
    expect(CODE_LIST.filter((c) => !reported.has(c))).toEqual([]);
  });

  test('each code has a title and a meaning in every language, and a severity', () => {
    for (const c of CODE_LIST) {
      const info = codeInfo(c)!;
      expect(['error', 'warning', 'info']).toContain(info.severity);
      for (const lang of LANGS) {
        expect(info.title[lang].trim()).not.toBe('');
        expect(info.what[lang].trim().length).toBeGreaterThan(10);
        if (info.group) expect(info.group[lang]).toContain('{n}');
      }
      // The two languages are not the same words.
      expect(info.what.vi).not.toBe(info.what.en);
    }
  });

  test('every code is worded by at least one message, and every message words a code of the catalog', () => {
    const worded = new Set(Object.values(MESSAGE_ISSUE));
    expect(CODE_LIST.filter((c) => !worded.has(c as never))).toEqual([]);
    expect(MESSAGE_CODES.filter((m) => !codeInfo(MESSAGE_ISSUE[m]))).toEqual([]);
    for (const m of MESSAGE_CODES) for (const lang of LANGS) expect(MESSAGES[m][lang].trim().length).toBeGreaterThan(10);
  });

  test("a group's line uses the code's words, or generic ones for a code the catalog has no words for", () => {
    expect(groupMessage('number-as-text', 'D', 18, 'D6', 'D26', 'vi')).toBe('Cột D: 18 số gõ dạng chữ (D6–D26)');
    expect(groupMessage('date-order', 'E', 2, 'E4', 'E9', 'en')).toBe('Column E: 2 issues of one kind (date-order) (E4–E9)');
    expect(ISSUE_CODES['date-order']).not.toHaveProperty('group');
  });

  test("the README's table of codes is the catalog's", () => {
    const readme = fs.readFileSync(README, 'utf8');
    const start = readme.indexOf(START);
    const end = readme.indexOf(END);
    expect(start).toBeGreaterThan(0);
    expect(end).toBeGreaterThan(start);
    const made = `${START}\n\n${codesTable('en')}\n\n${END}`;
    if (process.env.UPDATE_README === '1') {
      fs.writeFileSync(README, readme.slice(0, start) + made + readme.slice(end + END.length));
      return;
    }
    expect(readme.slice(start, end + END.length)).toBe(made);
  });
});
