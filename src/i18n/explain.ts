/** Words for a header block that no kind fits: where it is, the closest kind, what it has and lacks. */
import type { UnrecognisedBlock } from '../engine/report';
import { KIND_NAMES, ROLE_NAMES } from './kinds';
import type { Lang } from './lang';

const WORDS = {
  vi: {
    rows: (a: number, b: number) => (a === b ? `Dòng ${a}` : `Dòng ${a}–${b}`),
    lead: 'trông như tiêu đề bảng nhưng chưa nhận ra là biểu nào',
    closest: 'gần nhất',
    found: 'có',
    missing: 'thiếu',
    none: 'chưa có cột nào',
    or: ' hoặc ',
    atLeast: (n: number, role: string) => `ít nhất ${n} cột “${role}” của các năm khác nhau`,
  },
  en: {
    rows: (a: number, b: number) => (a === b ? `Row ${a}` : `Rows ${a}–${b}`),
    lead: 'look like a table header, but no kind of sheet fits',
    closest: 'closest',
    found: 'found',
    missing: 'missing',
    none: 'no column',
    or: ' or ',
    atLeast: (n: number, role: string) => `at least ${n} “${role}” columns of different years`,
  },
} as const;

export function explainUnrecognisedText(b: UnrecognisedBlock, lang: Lang): string {
  const w = WORDS[lang];
  const role = (r: keyof typeof ROLE_NAMES) => ROLE_NAMES[r][lang];
  const found = b.found.length ? b.found.map((r) => `“${role(r)}”`).join(', ') : w.none;
  const missing = b.missing
    .map((n) => (n.atLeast ? n.anyOf.map((r) => w.atLeast(n.atLeast!, role(r))).join(w.or) : n.anyOf.map((r) => `“${role(r)}”`).join(w.or)))
    .join('; ');
  const lead = lang === 'en' && b.rows[0] === b.rows[1] ? w.lead.replace(/^look/, 'looks') : w.lead;
  return `${w.rows(b.rows[0], b.rows[1])} ${lead}. ${cap(w.closest)}: ${KIND_NAMES[b.closest][lang]}; ${w.found}: ${found}${missing ? `; ${w.missing}: ${missing}` : ''}.`;
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
