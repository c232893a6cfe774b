/**
 * chitieu — the engine on .xlsx files.
 *
 *   chitieu check FILE.xlsx [FILE2.xlsx FOLDER/…] [--json] [--lang vi|en]
 *   chitieu compute FILE.xlsx -o OUT.xlsx [--json] [--lang vi|en]
 *   chitieu appendix FILE.xlsx -o OUT.xlsx [--docx OUT.docx] …
 *   chitieu word FILE.xlsx [--sheet NAME] [--table N] [-o OUT.docx] [--json]
 *   chitieu prose FILE.txt|FILE.docx [--json] [--lang vi|en]
 *
 * Exit codes: 0 no error found (or written), 1 errors found, 2 bad usage or
 * a file that cannot be read or written (one line on stderr).
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { checkSheet, computeSheet, recognize, type EngineOptions } from '../engine';
import { statementsOf } from '../engine/statements';
import { tableFacts, type TableFact } from '../engine/prose';
import { sentence } from '../i18n/statements';
import type { Grid } from '../engine/grid';
import { readPeriod, dayOf } from '../engine/periods';
import { countBySeverity, groupFinder, KINDS, Metric, METRICS, type Kind, type Role } from '../engine/report';
import { KIND_ROLES } from '../i18n/kinds';
import { Lang, isLang } from '../i18n/lang';
import { wordReport, type WordedReport, type WordedWorkbookReport } from '../i18n/report';
import { savedSettings, xlsxWorkbook } from '../host/xlsx/port';
import { gridsFromXlsx } from '../host/xlsx/read-grids';
import { isUserFacingError, UserFacingError } from '../host/errors';
import { HEAP_PER_XML_BYTE, sheetXmlSize } from '../host/xlsx/size';
import * as v8 from 'v8';
import { errorText } from '../i18n/errors';
import type { WorkbookPort } from '../host/port';
import { readWebExtensions, withWebExtensions, type WebExtensionParts } from '../host/xlsx/settings';
import { decisionsOf, type Decisions } from '../host/settings';
import { appendixCommand } from './appendix';
import { ProseInputError, proseReport, proseSummary, proseText } from './prose';
import { wordCommand } from './word';
import { cliText, describeSheet } from './text';

export class UsageError extends Error {}

export interface Options {
  command: 'check' | 'compute' | 'appendix' | 'report' | 'prose' | 'word';
  /** The (first) file; compute and appendix take one. */
  file: string;
  /** check: every file and folder given, in order (folders: their .xlsx files). */
  inputs: string[];
  out?: string;
  json: boolean;
  lang: Lang;
  /** compute: the metrics to add (all when absent). */
  metrics?: Metric[];
  /** compute: the date for the task list's elapsed share (day number). */
  asOf?: number;
  /** appendix: the Word document to write too. */
  docx?: string;
  /** prose: the workbook whose recognised tables the text's figures are checked against. */
  against?: string;
  /** appendix: title, italic line, the sheet holding the tasks, layout. */
  title?: string;
  subtitle?: string;
  sheet?: string;
  order?: 'given' | 'start';
  group?: boolean;
  timeline?: boolean;
  /** word: which of the sheet's tables that go to Word (1-based). */
  table?: number;
  /** check, compute, word: the planner's decisions by sheet name (--kind, --role, --direction). */
  decisions?: Map<string, SheetDecisions>;
}

/** What the planner decided for one sheet, over recognition: the engine's options. */
export type SheetDecisions = Decisions;

/** "SHEET=VALUE" (the last "=" splits, so a sheet name may hold one). */
function splitLast(v: string, sep: string): [string, string] | null {
  const i = v.lastIndexOf(sep);
  return i > 0 && i < v.length - 1 ? [v.slice(0, i).trim(), v.slice(i + 1).trim()] : null;
}

const ROLE_VALUES: readonly string[] = [...new Set(Object.values(KIND_ROLES).flat()), 'ignore'];

export interface Io {
  stdout(s: string): void;
  stderr(s: string): void;
}

const processIo: Io = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
};

/** The command line's text (see text.ts). */
export const t = cliText;

export function parseArgs(argv: string[], envLang: Lang = 'vi'): Options | 'help' | 'version' {
  const rest = [...argv];
  let lang: Lang = envLang;
  let json = false;
  let out: string | undefined;
  let metrics: Metric[] | undefined;
  let asOf: number | undefined;
  const extra: Partial<Options> = {};
  const positional: string[] = [];
  while (rest.length) {
    const a = rest.shift()!;
    if (a === '-h' || a === '--help') return 'help';
    if (a === '-v' || a === '--version') return 'version';
    if (a === '--json') json = true;
    else if (a === '--lang' || a.startsWith('--lang=')) {
      const v = a.includes('=') ? a.slice(7) : rest.shift();
      if (!isLang(v)) throw new UsageError(t(lang, 'badLang', { value: v ?? '' }));
      lang = v;
    } else if (a === '-o' || a === '--out' || a.startsWith('--out=')) {
      out = a.includes('=') ? a.slice(6) : rest.shift();
      if (!out) throw new UsageError(t(lang, 'needOut'));
    } else if (a === '--metrics' || a.startsWith('--metrics=')) {
      const v = a.includes('=') ? a.slice(10) : (rest.shift() ?? '');
      const list = v
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean);
      const bad = list.filter((m) => !(METRICS as readonly string[]).includes(m));
      if (!list.length || bad.length) throw new UsageError(t(lang, 'badMetrics', { value: bad.join(', ') || v, known: METRICS.join(', ') }));
      metrics = list as Metric[];
    } else if (a === '--as-of' || a.startsWith('--as-of=')) {
      const v = a.includes('=') ? a.slice(8) : (rest.shift() ?? '');
      const p = readPeriod(v);
      if (p.kind !== 'span' || p.precision !== 'day') throw new UsageError(t(lang, 'badDate', { value: v }));
      asOf = p.first;
    } else if (['--docx', '--title', '--subtitle', '--sheet', '--against'].includes(a.split('=')[0])) {
      const key = a.split('=')[0].slice(2) as 'docx' | 'title' | 'subtitle' | 'sheet' | 'against';
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : rest.shift();
      if (v === undefined || v === '') throw new UsageError(t(lang, 'needValue', { option: `--${key}` }));
      extra[key] = v;
    } else if (a === '--order-by-start') extra.order = 'start';
    else if (a === '--group-by-owner') extra.group = true;
    else if (a === '--timeline') extra.timeline = true;
    else if (a === '--table' || a.startsWith('--table=')) {
      const v = a.includes('=') ? a.slice(8) : rest.shift();
      if (v === undefined || !/^\d{1,4}$/.test(v) || Number(v) < 1) throw new UsageError(t(lang, 'needValue', { option: '--table' }));
      extra.table = Number(v);
    } else if (['--kind', '--role', '--direction', '--bound', '--header'].includes(a.split('=')[0])) {
      const key = a.split('=')[0];
      const v = a.startsWith(`${key}=`) ? a.slice(key.length + 1) : rest.shift();
      if (v === undefined || v === '') throw new UsageError(t(lang, 'needValue', { option: key }));
      const decisions = (extra.decisions ??= new Map());
      const bad = () =>
        new UsageError(
          t(
            lang,
            key === '--kind' ? 'badKind' : key === '--role' ? 'badRole' : key === '--bound' ? 'badBound' : key === '--header' ? 'badHeader' : 'badDirection',
            { value: v, known: key === '--kind' ? KINDS.join(', ') : ROLE_VALUES.join(', ') }
          )
        );
      const pair = splitLast(v, '=');
      if (!pair) throw bad();
      if (key === '--header') {
        const m = /^(\d{1,7})(?:\s*[-–]\s*(\d{1,7}))?$/.exec(pair[1]);
        if (!m || Number(m[1]) < 1 || Number(m[2] ?? m[1]) < Number(m[1])) throw bad();
        const d = decisions.get(pair[0]) ?? {};
        d.headerRows = [Number(m[1]), Number(m[2] ?? m[1])];
        decisions.set(pair[0], d);
      } else if (key === '--kind') {
        if (!(KINDS as readonly string[]).includes(pair[1])) throw bad();
        const d = decisions.get(pair[0]) ?? {};
        d.kind = pair[1] as Kind;
        decisions.set(pair[0], d);
      } else {
        const at = splitLast(pair[0], '!');
        if (!at) throw bad();
        const d = decisions.get(at[0]) ?? {};
        if (key === '--role') {
          if (!/^[A-Za-z]{1,3}$/.test(at[1]) || !ROLE_VALUES.includes(pair[1])) throw bad();
          (d.roles ??= {})[at[1].toUpperCase()] = pair[1] as Role | 'ignore';
        } else if (key === '--bound') {
          if (!/^\d{1,7}$/.test(at[1]) || Number(at[1]) < 1 || !['floor', 'ceiling', 'exact'].includes(pair[1])) throw bad();
          (d.bounds ??= {})[Number(at[1])] = pair[1] as 'floor' | 'ceiling' | 'exact';
        } else {
          if (!/^\d{1,7}$/.test(at[1]) || Number(at[1]) < 1 || (pair[1] !== 'lower' && pair[1] !== 'higher')) throw bad();
          (d.directions ??= {})[Number(at[1])] = pair[1];
        }
        decisions.set(at[0], d);
      }
    } else if (a.startsWith('-')) throw new UsageError(t(lang, 'unknownOption', { option: a }));
    else positional.push(a);
  }
  const [command, file, ...more] = positional;
  if (command !== 'check' && command !== 'compute' && command !== 'appendix' && command !== 'report' && command !== 'prose' && command !== 'word')
    throw new UsageError(t(lang, command ? 'unknownCommand' : 'noCommand', { command: command ?? '' }));
  if (!file) throw new UsageError(t(lang, 'noFile'));
  // check takes several files and folders; compute and appendix write one file from one; prose reads one.
  if (more.length && command !== 'check') throw new UsageError(t(lang, 'extraArgs', { args: more.join(' ') }));
  if (command !== 'check' && command !== 'report' && command !== 'prose' && command !== 'word' && !out) throw new UsageError(t(lang, 'needOut'));
  const opts: Options = { command, file, inputs: [file, ...more], out, json, lang, ...extra };
  if (metrics) opts.metrics = metrics;
  if (asOf !== undefined) opts.asOf = asOf;
  return opts;
}

/**
 * Every sheet of a workbook as the engine's grid, and the decisions saved
 * in it. The file's bytes are read once; the grids come from the check's
 * own reader (host/xlsx/read-grids.ts: no workbook model is built), or,
 * for a package it does not read, from ExcelJS, which also says why a file
 * is unreadable.
 */
async function readGrids(file: string, lang: Lang, limits: Limits): Promise<{ grids: Grid[]; saved: Map<string, SheetDecisions> }> {
  const data = preflight(file, lang, limits);
  const web = await webExtensionsOf(data);
  let grids: Grid[];
  try {
    grids = gridsFromXlsx(data);
  } catch (e) {
    if (isUserFacingError(e)) throw e;
    const book = xlsxWorkbook(await readWorkbookOnly(file, data, lang), web);
    grids = [];
    for (const name of await book.sheetNames()) grids.push(await book.readSheet(name));
  }
  return {
    grids,
    saved: await savedDecisions(
      savedSettings(web),
      grids.map((g) => g.name)
    ),
  };
}

/** The web extension parts of a file ExcelJS can read, or none (parts that are no readable web extension: nothing saved to honour). */
async function webExtensionsOf(data: Uint8Array): Promise<WebExtensionParts | null> {
  try {
    return await readWebExtensions(data);
  } catch {
    return null;
  }
}

/**
 * The workbook, and its web extension parts: the settings the pane saved in
 * it (the planner's decisions), carried into the copies the CLI writes.
 */
export async function readWorkbook(file: string, lang: Lang, limits: Limits = {}): Promise<{ wb: ExcelJS.Workbook; web: WebExtensionParts | null }> {
  // The file is read from disk once: its size is checked, ExcelJS and the web extension parts read those bytes.
  const data = preflight(file, lang, limits);
  const wb = await readWorkbookOnly(file, data, lang);
  return { wb, web: await webExtensionsOf(data) };
}

/** Write a workbook, with the web extension parts it was read with. */
export async function writeWorkbook(wb: ExcelJS.Workbook, file: string, web: WebExtensionParts | null): Promise<void> {
  if (!web) return wb.xlsx.writeFile(file);
  const data = await wb.xlsx.writeBuffer();
  fs.writeFileSync(file, await withWebExtensions(new Uint8Array(data as ArrayBuffer), web));
}

/** The planner's decisions saved in the workbook by the pane, by sheet name. */
export async function savedDecisions(book: Pick<WorkbookPort, 'readSettings'>, sheets: string[]): Promise<Map<string, SheetDecisions>> {
  const out = new Map<string, SheetDecisions>();
  for (const name of sheets) {
    const s = await book.readSettings(name);
    if (s) out.set(name, decisionsOf(s));
  }
  return out;
}

/** Saved decisions, and over them the ones given on the command line (a column's role, a row's direction one by one). */
export function withSaved(opts: Options, saved: Map<string, SheetDecisions>): Options {
  if (!saved.size) return opts;
  const merged = new Map<string, SheetDecisions>(saved);
  for (const [sheet, given] of opts.decisions ?? []) {
    const s = merged.get(sheet) ?? {};
    const d: SheetDecisions = { ...s, ...(given.kind ? { kind: given.kind } : {}), ...(given.headerRows ? { headerRows: given.headerRows } : {}) };
    if (s.roles || given.roles) d.roles = { ...s.roles, ...given.roles };
    if (s.directions || given.directions) d.directions = { ...s.directions, ...given.directions };
    if (s.bounds || given.bounds) d.bounds = { ...s.bounds, ...given.bounds };
    merged.set(sheet, d);
  }
  return { ...opts, decisions: merged };
}

/** What is said of a file before it is read (missing, not .xlsx, a folder, an old or encrypted file, too large); its bytes. */
function preflight(file: string, lang: Lang, limits: Limits): Uint8Array {
  if (!fs.existsSync(file)) throw new UsageError(t(lang, 'noSuchFile', { file }));
  if (!/\.xlsx$|\.xlsm$/i.test(file)) throw new UsageError(t(lang, 'notXlsx', { file }));
  if (fs.statSync(file).isDirectory()) throw new UsageError(t(lang, 'notAFile', { file }));
  const ole = oleContainer(file);
  if (ole) throw new UsageError(t(lang, ole, { file }));
  const data = fs.readFileSync(file);
  refuseTooLarge(file, data, limits);
  return data;
}

async function readWorkbookOnly(file: string, data: Uint8Array, lang: Lang): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data as unknown as ExcelJS.Buffer);
  } catch (e) {
    throw new UsageError(t(lang, 'unreadable', { file, reason: firstLine(e) }));
  }
  // A zip that is no workbook (a .docx renamed, an empty archive) reads as a workbook without sheets.
  if (wb.worksheets.length === 0) throw new UsageError(t(lang, 'noSheets', { file }));
  return wb;
}

/** What the command line may take on; the defaults follow the machine (tests and the bench give smaller ones). */
export interface Limits {
  /** Bytes of sheet XML (unpacked) a workbook may hold: by default the memory the reader has, over HEAP_PER_XML_BYTE. */
  maxXmlBytes?: number;
}

export function defaultMaxXmlBytes(): number {
  return Math.floor(v8.getHeapStatistics().heap_size_limit / HEAP_PER_XML_BYTE);
}

const MB = (n: number) => Math.round(n / 1e5) / 10;

/** Refuse, before reading it, a workbook whose sheets would not fit in memory: its size, what it unpacks to, the limit. */
function refuseTooLarge(file: string, data: Uint8Array, limits: Limits): void {
  const size = sheetXmlSize(data);
  const limit = limits.maxXmlBytes ?? defaultMaxXmlBytes();
  if (!size || size.total <= limit) return;
  throw new UserFacingError('workbook-too-large', {
    file: path.basename(file),
    size: MB(data.byteLength),
    unpacked: MB(size.total),
    part: size.largest?.part ?? '',
    largest: MB(size.largest?.bytes ?? 0),
    limit: MB(limit),
  });
}

/** The 8 bytes that open an OLE compound file (CFB), the container of the old binary formats and of encrypted Office files. */
const CFB_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/**
 * An .xlsx is a zip package; a password-protected one is a CFB container
 * holding an "EncryptedPackage" stream, and an .xls renamed .xlsx is a CFB
 * container without one. Null for anything else (ExcelJS then says why).
 */
function oleContainer(file: string): 'encrypted' | 'oldFormat' | null {
  const head = Buffer.alloc(8);
  const fd = fs.openSync(file, 'r');
  try {
    if (fs.readSync(fd, head, 0, 8, 0) < 8 || !head.equals(CFB_SIGNATURE)) return null;
  } finally {
    fs.closeSync(fd);
  }
  return fs.readFileSync(file).includes(Buffer.from('EncryptedPackage', 'utf16le')) ? 'encrypted' : 'oldFormat';
}

/**
 * True when writing `out` would replace `input`: the same path however
 * spelled, or a symbolic or hard link to it, or another spelling of it on a
 * case-insensitive disk.
 */
export function sameFile(input: string, out: string): boolean {
  if (path.resolve(input) === path.resolve(out)) return true;
  try {
    const a = fs.statSync(input, { bigint: true });
    const b = fs.statSync(out, { bigint: true });
    return a.dev === b.dev && a.ino === b.ino;
  } catch {
    return false; // `out` does not exist yet
  }
}

/** Write through a temporary file, so a failed write leaves nothing half-written. */
export async function writeSafely(out: string, write: (tmp: string) => Promise<void>, shown: string, lang: Lang): Promise<void> {
  const tmp = `${out}.${process.pid}.tmp`;
  try {
    await write(tmp);
    fs.renameSync(tmp, out);
  } catch (e) {
    try {
      fs.rmSync(tmp, { force: true });
    } catch {
      // Nothing was written there either (its folder is missing or is a file).
    }
    throw new UsageError(t(lang, 'unwritable', { file: shown, reason: firstLine(e) }));
  }
}

export function firstLine(e: unknown): string {
  // Not `instanceof Error`: errors from another realm (a vm context, a worker) are errors too.
  const message = typeof e === 'object' && e !== null ? (e as { message?: unknown }).message : undefined;
  const s = typeof message === 'string' ? message : String(e);
  return s.split('\n')[0].slice(0, 200);
}

function summary(report: WordedWorkbookReport, lang: Lang, computed: boolean): string {
  const lines: string[] = [t(lang, 'fileLine', { file: report.file ?? '' })];
  // Nothing checked is no pass: said first.
  if (!computed && nothingRecognised(report)) lines.unshift(t(lang, 'nothingRecognised'));
  for (const s of report.sheets) for (const line of sheetSummary(s, lang, computed)) lines.push(line);
  return lines.join('\n') + '\n';
}

/** The engine's options for a sheet from the planner's decisions. */
export function engineOptions(opts: Options, sheet: string): EngineOptions {
  return { ...opts.decisions?.get(sheet) };
}

/** A decision for a sheet the file does not have is a usage error, not silently nothing. */
export function unknownSheets(opts: Options, names: string[], lang: Lang): void {
  for (const sheet of opts.decisions?.keys() ?? []) if (!names.includes(sheet)) throw new UsageError(t(lang, 'noSheet', { sheet }));
}

/** No sheet of the workbook holds a recognised table. */
function nothingRecognised(report: WordedWorkbookReport): boolean {
  return report.sheets.every((s) => s.tables.length === 0);
}

function sheetSummary(s: WordedReport, lang: Lang, computed: boolean): string[] {
  const lines = describeSheet(s, lang);
  if (!s.kind) return lines;
  const n = countBySeverity(s.issues);
  lines.push(
    '  ' + t(lang, 'counts', { error: n.error, warning: n.warning, info: n.info }) + (s.ignored?.length ? t(lang, 'ignoredCount', { n: s.ignored.length }) : '')
  );
  // Like issues of one column read as one line, at the place of the first of them.
  const groupOf = groupFinder(s.groups);
  const printed = new Set<object>();
  // What matters first: errors, then warnings, then notes, each top down.
  const rank = { error: 0, warning: 1, info: 2 } as const;
  const ordered = [...s.issues].sort((a, b) => rank[a.severity] - rank[b.severity]);
  for (const i of ordered) {
    const g = groupOf(i);
    if (g && printed.has(g)) continue;
    if (g) printed.add(g);
    lines.push(g ? `  ${g.column.padEnd(6)} ${t(lang, i.severity)}  ${g.message}` : `  ${i.cell.padEnd(6)} ${t(lang, i.severity)}  ${i.message}`);
  }
  if (computed) {
    const formulas = s.computed.filter((c) => c.formula).length;
    lines.push('  ' + t(lang, 'computedLine', { cells: s.computed.length, formulas, values: s.computed.length - formulas }));
  }
  return lines;
}

export async function run(argv: string[], io: Io = processIo, limits: Limits = {}): Promise<number> {
  let lang: Lang = 'vi';
  try {
    const opts = parseArgs(argv);
    if (opts === 'help') {
      io.stdout(t(lang, 'help'));
      return 0;
    }
    if (opts === 'version') {
      io.stdout(`${readVersion()}\n`);
      return 0;
    }
    lang = opts.lang;
    if (opts.command === 'prose') return await proseCommand(opts, io, limits);
    let report: WordedWorkbookReport = { file: opts.file, sheets: [] };
    if (opts.command === 'report') return await reportCommand(opts, io, limits);
    if (opts.command === 'check') {
      const files = checkedFiles(opts.inputs, lang);
      if (files.length > 1 || files[0] !== opts.inputs[0]) return await checkMany(files, opts, io, limits);
      report = await checkFile(opts.file, opts, limits);
      unknownSheets(
        opts,
        report.sheets.map((s) => s.name),
        lang
      );
    } else {
      const { wb, web } = await readWorkbook(opts.file, lang, limits);
      if (opts.command === 'appendix') return await appendixCommand(wb, opts, io, web);
      if (opts.command === 'word') return await wordCommand(wb, opts, io, web);
      const out = path.resolve(opts.out!);
      if (sameFile(opts.file, out)) throw new UsageError(t(lang, 'sameFile'));
      const book = xlsxWorkbook(wb, web);
      const names = await book.sheetNames();
      unknownSheets(opts, names, lang);
      const decided = withSaved(opts, await savedDecisions(book, names));
      for (const name of names) {
        const { report: r, changes } = computeSheet(await book.readSheet(name), {
          metrics: opts.metrics,
          asOf: opts.asOf ?? today(),
          ...engineOptions(decided, name),
        });
        await book.applyChanges(name, changes);
        report.sheets.push(wordReport(r, lang));
      }
      await writeSafely(out, (tmp) => writeWorkbook(wb, tmp, web), opts.out!, lang);
    }
    io.stdout(opts.json ? JSON.stringify(report, null, 2) + '\n' : summary(report, lang, opts.command === 'compute'));
    return opts.command === 'check' ? checkExit(report) : 0;
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`chitieu: ${e.message}\n`);
      return 2;
    }
    // Refused with its reason (a sheet too large, a sheet missing): said in the user's language.
    if (isUserFacingError(e)) {
      io.stderr(`chitieu: ${errorText(e, lang)}\n`);
      return 2;
    }
    io.stderr(`chitieu: ${t(lang, 'unexpected', { reason: firstLine(e) })}\n`);
    return 2;
  }
}

/**
 * `chitieu report FILE.xlsx [--sheet NAME]`: the sentences of a report,
 * one per indicator of each indicator plan sheet (engine/statements.ts,
 * worded by i18n/statements.ts); exit 3 when no sheet gives one.
 */
async function reportCommand(opts: Options, io: Io, limits: Limits): Promise<number> {
  const lang = opts.lang;
  const { grids, saved } = await readGrids(opts.file, lang, limits);
  if (opts.sheet && !grids.some((g) => g.name === opts.sheet)) throw new UsageError(t(lang, 'noSheet', { sheet: opts.sheet }));
  const decided = withSaved(opts, saved);
  const sheets = grids
    .filter((g) => !opts.sheet || g.name === opts.sheet)
    .map((grid) => ({
      name: grid.name,
      sentences: recognize(grid, engineOptions(decided, grid.name)).flatMap((table) =>
        statementsOf(grid, table).map((s) => ({ cell: s.cell, text: sentence(s, lang) }))
      ),
    }))
    .filter((s) => s.sentences.length);
  if (opts.json) io.stdout(JSON.stringify({ file: opts.file, sheets }, null, 2) + '\n');
  else if (sheets.length) io.stdout(sheets.map((s) => `${s.name}\n\n${s.sentences.map((x) => x.text).join('\n')}\n`).join('\n'));
  if (!sheets.length) io.stderr(`chitieu: ${t(lang, 'noStatements', { file: path.basename(opts.file) })}\n`);
  return sheets.length ? 0 : 3;
}

/** chitieu prose: the text's issues; exit 0 none, 1 errors (warnings alone: 0), 2 an unreadable file. */
async function proseCommand(opts: Options, io: Io, limits: Limits): Promise<number> {
  let text: string;
  try {
    text = await proseText(opts.file, opts.lang);
  } catch (e) {
    if (e instanceof ProseInputError) throw new UsageError(e.message);
    throw e;
  }
  const facts: TableFact[] = [];
  if (opts.against) {
    // The workbook's tables as check reads them, with the planner's saved and given decisions.
    const { grids, saved } = await readGrids(opts.against, opts.lang, limits);
    const decided = withSaved(opts, saved);
    for (const grid of grids) for (const table of recognize(grid, engineOptions(decided, grid.name))) facts.push(...tableFacts(grid, table));
  }
  const report = proseReport(opts.file, text, opts.lang, facts);
  io.stdout(opts.json ? JSON.stringify(report, null, 2) + '\n' : proseSummary(report, opts.lang));
  return report.issues.some((i) => i.severity === 'error') ? 1 : 0;
}

/** The report of one file's check. */
async function checkFile(file: string, opts: Options, limits: Limits): Promise<WordedWorkbookReport> {
  // A check needs only the grids: the workbook is let go before the
  // engine runs, so a large one does not weigh on its garbage collection.
  const { grids, saved } = await readGrids(file, opts.lang, limits);
  const decided = withSaved(opts, saved);
  return { file, sheets: grids.map((grid) => wordReport(checkSheet(grid, engineOptions(decided, grid.name)), opts.lang)) };
}

/** A check's exit code for one file: 0 no error, 1 errors, 2 unreadable, 3 nothing recognised. */
function checkExit(report: WordedWorkbookReport | null): number {
  if (!report) return 2;
  if (nothingRecognised(report)) return 3;
  return report.sheets.some((s) => countBySeverity(s.issues).error > 0) ? 1 : 0;
}

/** The worst of the files' exit codes: unreadable, then errors, then nothing recognised, then clean. */
export function worstExit(codes: number[]): number {
  const rank = [0, 2, 3, 1]; // by code: 0 → 0, 1 → 2, 2 → 3, 3 → 1
  return codes.reduce((worst, c) => (rank[c] > rank[worst] ? c : worst), 0);
}

/** The .xlsx files a check is given: files as they are, folders for the workbooks in them (and below), in name order. */
export function checkedFiles(inputs: string[], lang: Lang): string[] {
  const out: string[] = [];
  for (const input of inputs) {
    if (!fs.existsSync(input) || !fs.statSync(input).isDirectory()) {
      out.push(input);
      continue;
    }
    const found = (fs.readdirSync(input, { recursive: true }) as string[])
      .filter((f) => /\.(xlsx|xlsm)$/i.test(f) && !path.basename(f).startsWith('~$') && !f.split(path.sep).some((part) => part.startsWith('.')))
      .map((f) => path.join(input, f))
      .filter((f) => fs.statSync(f).isFile())
      .sort((a, b) => a.localeCompare(b));
    if (!found.length) throw new UsageError(t(lang, 'noWorkbooksIn', { folder: input }));
    out.push(...found);
  }
  return out;
}

/** Several files checked one after the other: each reported (an unreadable one says why), then one line each; the worst exit code. */
async function checkMany(files: string[], opts: Options, io: Io, limits: Limits): Promise<number> {
  const lang = opts.lang;
  const results: { file: string; report: WordedWorkbookReport | null; error?: string }[] = [];
  for (const file of files) {
    try {
      results.push({ file, report: await checkFile(file, opts, limits) });
    } catch (e) {
      const reason = e instanceof UsageError ? e.message : isUserFacingError(e) ? errorText(e, lang) : t(lang, 'unexpected', { reason: firstLine(e) });
      results.push({ file, report: null, error: reason });
    }
  }
  // A decision for a sheet no file has is a usage error, as for one file.
  const names = results.flatMap((r) => r.report?.sheets.map((s) => s.name) ?? []);
  unknownSheets(opts, names, lang);
  if (opts.json) {
    const files = results.map((r) => (r.report ? { ...r.report, exitCode: checkExit(r.report) } : { file: r.file, error: r.error, exitCode: 2 }));
    io.stdout(JSON.stringify({ files }, null, 2) + '\n');
  } else {
    const blocks = results.map((r) =>
      r.report ? summary(r.report, lang, false) : `${t(lang, 'fileLine', { file: r.file })}\n  ${t(lang, 'unreadableFile', { reason: r.error ?? '' })}\n`
    );
    const lines = [t(lang, 'filesSummary', { n: results.length })];
    for (const r of results) {
      let what: string;
      if (!r.report) what = t(lang, 'unreadableFile', { reason: r.error ?? '' });
      else if (nothingRecognised(r.report)) what = t(lang, 'fileNothing', { sheets: r.report.sheets.length });
      else {
        const n = { error: 0, warning: 0, info: 0 };
        for (const s of r.report.sheets) {
          const c = countBySeverity(s.issues);
          n.error += c.error;
          n.warning += c.warning;
          n.info += c.info;
        }
        const tables = r.report.sheets.filter((s) => s.tables.length > 0).length;
        what = t(lang, 'fileCounts', { sheets: r.report.sheets.length, tables, ...n });
      }
      lines.push(`  ${r.file}: ${what}`);
    }
    io.stdout(blocks.join('\n') + '\n' + lines.join('\n') + '\n');
  }
  return worstExit(results.map((r) => checkExit(r.report)));
}

/** Today as a day number (the CLI's default date for the elapsed share). */
function today(): number {
  const d = new Date();
  return dayOf(d.getFullYear(), d.getMonth() + 1, d.getDate());
}

function readVersion(): string {
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string };
    return pkg.version;
  } catch {
    return 'unknown';
  }
}
