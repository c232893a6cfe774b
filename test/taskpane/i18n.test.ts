/**
 * Every string of the UI (src/taskpane/i18n.ts) and of the messages
 * (src/i18n: the engine's messages, sheet kinds, column roles) exists in
 * Vietnamese and in English, none is empty, and both name the same
 * {placeholders}; and the pseudo-locale used by the layout tests.
 */
import { LANGS, type Lang } from '../../src/i18n/lang';
import { KIND_NAMES, ROLE_NAMES } from '../../src/i18n/kinds';
import { MESSAGES, WORDS } from '../../src/i18n/messages';
import { stringKeys, t } from '../../src/taskpane/i18n';
import {
  PSEUDO_CLOSE,
  PSEUDO_OPEN,
  isPseudoLocale,
  maybePseudo,
  pseudoAccents,
  pseudoLocalize,
  setPseudoLocale,
  wantsPseudoLocale,
} from '../../src/taskpane/pseudo';

/** The names of a string's {placeholders}, each once, sorted. */
const placeholders = (s: string): string[] => Array.from(new Set(Array.from(s.matchAll(/\{(\w+)\}/g), (m) => m[1]))).sort();

/** Problems of a table `key → { vi, en }`: a missing or empty language, or different placeholders. */
function tableProblems(name: string, table: Record<string, Partial<Record<Lang, string>>>): string[] {
  const out: string[] = [];
  for (const [key, entry] of Object.entries(table)) {
    for (const lang of LANGS) {
      const s = entry[lang];
      if (typeof s !== 'string' || s.trim() === '') out.push(`${name}.${key}: no ${lang}`);
      else if (s !== s.trim()) out.push(`${name}.${key}.${lang}: spaces at an end`);
    }
    const extra = Object.keys(entry).filter((k) => !(LANGS as readonly string[]).includes(k));
    if (extra.length) out.push(`${name}.${key}: languages ${extra.join(', ')} besides vi and en`);
    if (entry.vi && entry.en && placeholders(entry.vi).join() !== placeholders(entry.en).join()) {
      out.push(`${name}.${key}: vi has {${placeholders(entry.vi).join('}, {')}}, en {${placeholders(entry.en).join('}, {')}}`);
    }
  }
  return out;
}

afterEach(() => setPseudoLocale(false));

describe('UI strings in both languages', () => {
  test('every key of the pane’s table has Vietnamese and English, neither empty, with the same placeholders', () => {
    const keys = stringKeys();
    expect(keys.length).toBeGreaterThan(100);
    const table: Record<string, Record<Lang, string>> = {};
    for (const k of keys) table[k] = { vi: t('vi', k), en: t('en', k) };
    expect(tableProblems('i18n', table)).toEqual([]);
  });

  test('a Vietnamese string is Vietnamese, an English one is not left in Vietnamese by mistake', () => {
    // Strings that are the same in both languages on purpose (names, symbols, examples).
    const same = new Set(['appName', 'langVi', 'langEn', 'ratioOf', 'apxDateTextPlaceholder']);
    const untranslated = stringKeys().filter((k) => !same.has(k) && t('vi', k) === t('en', k) && /[a-z]{3}/i.test(t('vi', k)));
    expect(untranslated).toEqual([]);
  });

  test('messages, sheet kinds and column roles too', () => {
    expect(tableProblems('MESSAGES', MESSAGES)).toEqual([]);
    expect(tableProblems('KIND_NAMES', KIND_NAMES)).toEqual([]);
    expect(tableProblems('ROLE_NAMES', ROLE_NAMES)).toEqual([]);
    for (const table of [WORDS] as Record<Lang, Record<string, string>>[]) {
      expect(Object.keys(table.vi).sort()).toEqual(Object.keys(table.en).sort());
      for (const lang of LANGS) for (const s of Object.values(table[lang])) expect(s.trim()).not.toBe('');
    }
  });

  test('the unsupported-host notice names the set in both languages', () => {
    expect(t('vi', 'unsupportedHost', { set: 'ExcelApi 1.7' })).toContain('Cần Excel hỗ trợ ExcelApi 1.7');
    expect(t('en', 'unsupportedHost', { set: 'ExcelApi 1.7' })).toContain('This add-in needs ExcelApi 1.7');
    expect(t('vi', 'unsupportedWhatToDo')).toMatch(/cập nhật Office.*Excel trên web/);
    expect(t('en', 'unsupportedWhatToDo')).toMatch(/Update Office.*Excel on the web/);
  });
});

describe('pseudo-locale', () => {
  test('accents every letter it can, keeps placeholders', () => {
    expect(pseudoAccents('Kiểm tra')).toBe('Ķïểm ťřẫ');
    expect(pseudoAccents('Cell {cell} of {sheet}')).toBe('Çểļļ {cell} ỗƒ {sheet}');
    expect(pseudoAccents('B3 = 10,5%')).toBe('Ɓ3 = 10,5%');
  });

  test('marks both ends and makes the text at least 40 % longer', () => {
    for (const k of stringKeys()) {
      for (const lang of LANGS) {
        const s = t(lang, k);
        const p = pseudoLocalize(s);
        expect(p.startsWith(PSEUDO_OPEN)).toBe(true);
        expect(p.endsWith(PSEUDO_CLOSE)).toBe(true);
        expect(Array.from(p).length).toBeGreaterThanOrEqual(Math.ceil(Array.from(s).length * 1.4));
        expect(placeholders(p)).toEqual(placeholders(s));
      }
    }
    expect(pseudoLocalize('Kiểm tra')).toBe('[!! Ķïểm ťřẫ ~~~~ !!]');
    // idempotent, and nothing to do with nothing
    expect(pseudoLocalize(pseudoLocalize('Kiểm tra'))).toBe(pseudoLocalize('Kiểm tra'));
    expect(pseudoLocalize('')).toBe('');
  });

  test('long padding can wrap like words', () => {
    const p = pseudoLocalize('x'.repeat(100));
    expect(p).not.toMatch(/~{7}/);
    expect(p.match(/~/g)!.length).toBe(40);
  });

  test('t() is plain until the pseudo-locale is turned on, then fills placeholders after', () => {
    expect(isPseudoLocale()).toBe(false);
    expect(t('vi', 'check')).toBe('Kiểm tra');
    expect(maybePseudo('Kiểm tra')).toBe('Kiểm tra');
    setPseudoLocale(true);
    expect(t('vi', 'check')).toBe('[!! Ķïểm ťřẫ ~~~~ !!]');
    expect(t('en', 'issueSelectHint', { cell: 'E16' })).toMatch(/^\[!! Šểļểçť çểļļ E16 ïñ Ểxçểļ ~+.*!!\]$/);
    setPseudoLocale(false);
    expect(t('en', 'check')).toBe('Check');
  });

  test('?lang=pseudo asks for it', () => {
    expect(wantsPseudoLocale('?lang=pseudo')).toBe(true);
    expect(wantsPseudoLocale('?pane=320&lang=pseudo')).toBe(true);
    expect(wantsPseudoLocale('?lang=en')).toBe(false);
    expect(wantsPseudoLocale('')).toBe(false);
  });
});
