/**
 * "Nothing lost, nothing broken": the command line on files it cannot use.
 * Each answers exit 2 and exactly one line on stderr ("chitieu: …"), no
 * stack trace, nothing on stdout; it never writes over its input, and a
 * failed write leaves no partial file.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import JSZip from 'jszip';
import { run, sameFile, UsageError, writeSafely } from '../../src/cli/main';
import { tienGiang2018 } from '../fixtures/indicator-sheets';
import { haTinhTasks } from '../fixtures/other-sheets';
import { writeXlsx } from '../helpers/xlsx';

let dir: string;
let real: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chitieu-bad-'));
  real = path.join(dir, 'real.xlsx');
  await writeXlsx(real, [tienGiang2018(), haTinhTasks()]);
});
afterAll(() => {
  for (const sub of ['ro']) {
    try {
      fs.chmodSync(path.join(dir, sub), 0o755);
    } catch {
      // not created
    }
  }
  fs.rmSync(dir, { recursive: true, force: true });
});

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await run(args, { stdout: (s) => (out += s), stderr: (s) => (err += s) });
  return { code, out, err };
}

/** Exit 2, one "chitieu: …" line on stderr, no stack trace, nothing on stdout. */
function expectOneLine(r: { code: number; out: string; err: string }): string {
  expect(r.code).toBe(2);
  expect(r.out).toBe('');
  expect(r.err.endsWith('\n')).toBe(true);
  const lines = r.err.slice(0, -1).split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^chitieu: \S/);
  expect(r.err).not.toMatch(/\n\s+at\s|\bat .*:\d+:\d+\)?$|Error:|node_modules/m);
  return lines[0];
}

/**
 * A minimal OLE compound file (CFB v3: header, one FAT sector, one
 * directory sector), as Office writes a password-protected workbook: the
 * root storage holds the streams "EncryptionInfo" and "EncryptedPackage"
 * (here empty). Without `encrypted`, a bare CFB: what an .xls renamed
 * .xlsx looks like to the CLI (the signature, then no package).
 */
function cfb(encrypted: boolean): Buffer {
  const SECTOR = 512;
  const FREE = 0xffffffff;
  const END = 0xfffffffe;
  const FATSECT = 0xfffffffd;
  const buf = Buffer.alloc(SECTOR * 3);
  // Header
  Buffer.from('D0CF11E0A1B11AE1', 'hex').copy(buf, 0);
  buf.writeUInt16LE(0x003e, 24); // minor version
  buf.writeUInt16LE(0x0003, 26); // major version 3: 512-byte sectors
  buf.writeUInt16LE(0xfffe, 28); // byte order
  buf.writeUInt16LE(9, 30); // sector shift
  buf.writeUInt16LE(6, 32); // mini sector shift
  if (!encrypted) return buf;
  buf.writeUInt32LE(1, 44); // FAT sectors
  buf.writeUInt32LE(1, 48); // first directory sector
  buf.writeUInt32LE(0x1000, 56); // mini stream cutoff
  buf.writeUInt32LE(END, 60); // no mini FAT
  buf.writeUInt32LE(END, 68); // no DIFAT sectors
  buf.writeUInt32LE(0, 76); // DIFAT[0]: the FAT is sector 0
  for (let i = 1; i < 109; i++) buf.writeUInt32LE(FREE, 76 + i * 4);
  // Sector 0 (file offset 512): the FAT
  const fat = SECTOR;
  buf.writeUInt32LE(FATSECT, fat);
  buf.writeUInt32LE(END, fat + 4);
  for (let i = 2; i < SECTOR / 4; i++) buf.writeUInt32LE(FREE, fat + i * 4);
  // Sector 1: the directory
  const entry = (i: number, name: string, type: number, child: number, right: number) => {
    const at = SECTOR * 2 + i * 128;
    buf.write(name, at, 'utf16le');
    buf.writeUInt16LE((name.length + 1) * 2, at + 64);
    buf[at + 66] = type;
    buf[at + 67] = 1; // black
    buf.writeUInt32LE(FREE, at + 68); // left sibling
    buf.writeUInt32LE(right, at + 72);
    buf.writeUInt32LE(child, at + 76);
    buf.writeUInt32LE(END, at + 116); // start sector
    buf.writeUInt32LE(0, at + 120); // size
  };
  entry(0, 'Root Entry', 5, 1, FREE);
  entry(1, 'EncryptionInfo', 2, FREE, 2);
  entry(2, 'EncryptedPackage', 2, FREE, FREE);
  for (let i = 3; i < 4; i++) {
    const at = SECTOR * 2 + i * 128;
    buf.writeUInt32LE(FREE, at + 68);
    buf.writeUInt32LE(FREE, at + 72);
    buf.writeUInt32LE(FREE, at + 76);
  }
  return buf;
}

describe('files the CLI cannot read: exit 2, one line', () => {
  const cases: Array<[string, () => string]> = [
    [
      'a text file named .xlsx',
      () => {
        const f = path.join(dir, 'notes.xlsx');
        fs.writeFileSync(f, 'Đây không phải bảng tính.\nThis is not a workbook.\n');
        return f;
      },
    ],
    [
      'a zero-byte .xlsx',
      () => {
        const f = path.join(dir, 'empty.xlsx');
        fs.writeFileSync(f, '');
        return f;
      },
    ],
    [
      'a truncated .xlsx (the first half of a real one)',
      () => {
        const f = path.join(dir, 'truncated.xlsx');
        const bytes = fs.readFileSync(real);
        fs.writeFileSync(f, bytes.subarray(0, bytes.length >> 1));
        return f;
      },
    ],
    [
      'an .xlsx whose zip entries are garbage',
      () => {
        const f = path.join(dir, 'garbled.xlsx');
        const bytes = Buffer.from(fs.readFileSync(real));
        // Keep the zip's directory at the end, scramble the compressed data in the middle.
        for (let i = 200; i < bytes.length - 2000; i += 7) bytes[i] ^= 0x5a;
        fs.writeFileSync(f, bytes);
        return f;
      },
    ],
    [
      'an old binary workbook renamed .xlsx (a CFB container)',
      () => {
        const f = path.join(dir, 'renamed.xlsx');
        fs.writeFileSync(f, cfb(false));
        return f;
      },
    ],
    [
      'an .xls',
      () => {
        const f = path.join(dir, 'old.xls');
        fs.writeFileSync(f, cfb(false));
        return f;
      },
    ],
    [
      'a directory',
      () => {
        const d = path.join(dir, 'folder.xlsx');
        fs.mkdirSync(d, { recursive: true });
        return d;
      },
    ],
    ['a missing file', () => path.join(dir, 'nowhere', 'missing.xlsx')],
  ];

  for (const [what, make] of cases) {
    for (const lang of ['vi', 'en'] as const) {
      test(`${what} (${lang})`, async () => {
        const file = make();
        const before = fs.existsSync(file) && fs.statSync(file).isFile() ? fs.readFileSync(file) : null;
        for (const command of [
          ['check', file],
          ['compute', file, '-o', path.join(dir, `out-${lang}.xlsx`)],
          ['appendix', file, '-o', path.join(dir, `app-${lang}.xlsx`)],
        ]) {
          expectOneLine(await cli([...command, '--lang', lang]));
        }
        expect(fs.existsSync(path.join(dir, `out-${lang}.xlsx`))).toBe(false);
        expect(fs.existsSync(path.join(dir, `app-${lang}.xlsx`))).toBe(false);
        if (before) expect(fs.readFileSync(file).equals(before)).toBe(true);
      });
    }
  }

  test('a password-protected workbook: said in one line, in Vietnamese and in English', async () => {
    const file = path.join(dir, 'protected.xlsx');
    fs.writeFileSync(file, cfb(true));
    const vi = expectOneLine(await cli(['check', file]));
    expect(vi).toContain('được đặt mật khẩu');
    expect(vi).toContain(file);
    const en = expectOneLine(await cli(['check', file, '--lang', 'en']));
    expect(en).toContain('is password-protected (encrypted)');
    const compute = expectOneLine(await cli(['compute', file, '-o', path.join(dir, 'protected-out.xlsx'), '--lang', 'en']));
    expect(compute).toContain('password-protected');
    expect(fs.existsSync(path.join(dir, 'protected-out.xlsx'))).toBe(false);
  });

  test('the CFB signature alone (D0 CF 11 E0 A1 B1 1A E1, then zeros) is not taken for a workbook', async () => {
    const file = path.join(dir, 'signature.xlsx');
    const bytes = Buffer.alloc(4096);
    Buffer.from('D0CF11E0A1B11AE1', 'hex').copy(bytes);
    fs.writeFileSync(file, bytes);
    const en = expectOneLine(await cli(['check', file, '--lang', 'en']));
    expect(en).toMatch(/Excel 97–2003 \(\.xls\)/);
    const vi = expectOneLine(await cli(['check', file]));
    expect(vi).toMatch(/không phải \.xlsx/);
  });

  test('a zip that is no workbook (an empty archive, a .docx renamed): exit 2, not an empty report', async () => {
    const empty = path.join(dir, 'empty-zip.xlsx');
    fs.writeFileSync(empty, await new JSZip().generateAsync({ type: 'nodebuffer' }));
    const docx = path.join(dir, 'letter.xlsx');
    const z = new JSZip();
    z.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
    z.file('word/document.xml', '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>');
    fs.writeFileSync(docx, await z.generateAsync({ type: 'nodebuffer' }));
    for (const f of [empty, docx]) {
      expect(expectOneLine(await cli(['check', f, '--lang', 'en']))).toContain('is not an Excel workbook: it holds no worksheet');
      expect(expectOneLine(await cli(['check', f]))).toContain('không phải bảng tính Excel');
    }
  });

  test('a zip holding a broken workbook part: exit 2, one line', async () => {
    const source = await JSZip.loadAsync(fs.readFileSync(real));
    const variants: Array<(z: JSZip) => void> = [
      (z) => z.file('xl/workbook.xml', '<workbook><sheets><sheet name="a" sheetId="1"'),
      (z) => z.file('xl/worksheets/sheet1.xml', Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7919) % 256))),
      (z) =>
        z.file(
          'xl/sharedStrings.xml',
          '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&nosuchentity;</t></si></sst>'
        ),
    ];
    for (const [i, change] of variants.entries()) {
      const z = await JSZip.loadAsync(await source.generateAsync({ type: 'nodebuffer' }));
      change(z);
      const f = path.join(dir, `broken-part-${i}.xlsx`);
      fs.writeFileSync(f, await z.generateAsync({ type: 'nodebuffer' }));
      expectOneLine(await cli(['check', f, '--lang', 'en']));
    }
  });

  test('a directory and a missing file are named as such', async () => {
    const d = path.join(dir, 'named-dir.xlsx');
    fs.mkdirSync(d);
    // check reads a folder for the workbooks in it (none here); compute takes a file.
    expect(expectOneLine(await cli(['check', d, '--lang', 'en']))).toContain(`the folder ${d} holds no .xlsx file`);
    expect(expectOneLine(await cli(['compute', d, '-o', path.join(dir, 'out.xlsx'), '--lang', 'en']))).toContain('is a directory');
    expect(expectOneLine(await cli(['check', path.join(dir, 'gone.xlsx'), '--lang', 'en']))).toContain('no such file');
  });

  test('ExcelJS prints nothing of its own on a broken file', async () => {
    const spies = (['log', 'warn', 'error', 'info', 'debug'] as const).map((m) => jest.spyOn(console, m).mockImplementation(() => undefined));
    try {
      const file = path.join(dir, 'half.xlsx');
      const bytes = fs.readFileSync(real);
      fs.writeFileSync(file, bytes.subarray(0, (bytes.length * 2) >> 2));
      expectOneLine(await cli(['check', file]));
      for (const s of spies) expect(s).not.toHaveBeenCalled();
    } finally {
      for (const s of spies) s.mockRestore();
    }
  });
});

describe('never writes over its input', () => {
  let input: string;
  let before: Buffer;

  beforeEach(async () => {
    const sub = fs.mkdtempSync(path.join(dir, 'same-'));
    input = path.join(sub, 'plan.xlsx');
    fs.copyFileSync(real, input);
    before = fs.readFileSync(input);
  });

  const targets: Array<[string, (input: string) => string]> = [
    ['the same path', (f) => f],
    [
      'another relative spelling',
      (f) => {
        // "sub/./../sub/plan.xlsx", relative to the working directory: not normalised on purpose.
        const parent = path.dirname(f);
        return [path.relative(process.cwd(), parent), '.', '..', path.basename(parent), path.basename(f)].join(path.sep);
      },
    ],
    [
      'a symbolic link to it',
      (f) => {
        const link = path.join(path.dirname(f), 'link.xlsx');
        fs.symlinkSync(f, link);
        return link;
      },
    ],
    [
      'a hard link to it',
      (f) => {
        const link = path.join(path.dirname(f), 'hard.xlsx');
        fs.linkSync(f, link);
        return link;
      },
    ],
  ];

  for (const [what, target] of targets) {
    for (const command of ['compute', 'appendix'] as const) {
      test(`${command} -o ${what}: exit 2, the input's bytes unchanged`, async () => {
        const out = target(input);
        const r = await cli([command, input, '-o', out, '--lang', 'en']);
        expect(expectOneLine(r)).toContain('the output is the input file');
        expect(fs.readFileSync(input).equals(before)).toBe(true);
        expect(fs.readdirSync(path.dirname(input)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
        if (what === 'a symbolic link to it') expect(fs.lstatSync(out).isSymbolicLink()).toBe(true);
      });
    }
  }

  test('appendix --docx pointing to the input: exit 2, unchanged', async () => {
    const r = await cli(['appendix', input, '-o', path.join(path.dirname(input), 'fine.xlsx'), '--docx', input]);
    expectOneLine(r);
    expect(fs.readFileSync(input).equals(before)).toBe(true);
    expect(fs.existsSync(path.join(path.dirname(input), 'fine.xlsx'))).toBe(false);
  });

  test('sameFile: same file however named; a new name is not the input', () => {
    const link = path.join(path.dirname(input), 'sym.xlsx');
    fs.symlinkSync(input, link);
    expect(sameFile(input, link)).toBe(true);
    expect(sameFile(link, input)).toBe(true);
    expect(sameFile(input, path.join(path.dirname(input), 'new.xlsx'))).toBe(false);
    expect(sameFile(input, real)).toBe(false);
  });
});

describe('a failed write leaves no partial file', () => {
  test('output into a missing directory: exit 2, nothing written', async () => {
    const out = path.join(dir, 'no-such-dir', 'out.xlsx');
    for (const command of ['compute', 'appendix']) {
      expectOneLine(await cli([command, real, '-o', out]));
      expect(fs.existsSync(path.dirname(out))).toBe(false);
    }
  });

  test('output under a path whose parent is a file: exit 2, nothing written', async () => {
    const out = path.join(real, 'out.xlsx');
    expectOneLine(await cli(['compute', real, '-o', out]));
    expect(fs.statSync(real).isFile()).toBe(true);
  });

  test('docx into a missing directory: exit 2, no partial .docx', async () => {
    const out = path.join(dir, 'with-docx.xlsx');
    const docx = path.join(dir, 'missing-dir', 'phuluc.docx');
    expectOneLine(await cli(['appendix', real, '-o', out, '--docx', docx]));
    expect(fs.existsSync(path.dirname(docx))).toBe(false);
  });

  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  (isRoot || process.platform === 'win32' ? test.skip : test)('output into a read-only directory: exit 2, nothing written', async () => {
    const ro = path.join(dir, 'ro');
    fs.mkdirSync(ro);
    fs.chmodSync(ro, 0o555);
    expectOneLine(await cli(['compute', real, '-o', path.join(ro, 'out.xlsx')]));
    expect(fs.readdirSync(ro)).toEqual([]);
  });

  test('a write that fails half-way: no temporary file, no output, an earlier output untouched', async () => {
    const sub = fs.mkdtempSync(path.join(dir, 'half-'));
    const out = path.join(sub, 'out.xlsx');
    // First a write that fails before any earlier output exists…
    await expect(
      writeSafely(
        out,
        async (tmp) => {
          fs.writeFileSync(tmp, 'PK\x03\x04 half a workbook');
          throw new Error('ENOSPC: no space left on device, write');
        },
        'out.xlsx',
        'en'
      )
    ).rejects.toThrow(UsageError);
    expect(fs.readdirSync(sub)).toEqual([]);
    // …then one that fails over an earlier good output: that output stays as it was.
    fs.writeFileSync(out, 'earlier output');
    await expect(
      writeSafely(
        out,
        async (tmp) => {
          fs.writeFileSync(tmp, 'partial');
          throw new Error('EIO: i/o error, write');
        },
        'out.xlsx',
        'vi'
      )
    ).rejects.toThrow(/không ghi được out\.xlsx: EIO/);
    expect(fs.readdirSync(sub)).toEqual(['out.xlsx']);
    expect(fs.readFileSync(out, 'utf8')).toBe('earlier output');
  });
});
