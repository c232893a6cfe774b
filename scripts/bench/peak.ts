/**
 * Peak memory of one job in a process of its own (the bench runs it as a
 * child): `read FILE` reads the workbook with ExcelJS and nothing more,
 * `check FILE` runs `chitieu check FILE --json` in-process with its output
 * thrown away. Prints the process's peak resident memory, in KB.
 */
import ExcelJS from 'exceljs';
import { run } from '../../src/cli/main';

async function main(): Promise<void> {
  const [mode, file] = process.argv.slice(2);
  if (mode === 'read') await new ExcelJS.Workbook().xlsx.readFile(file);
  else await run(['check', file, '--json'], { stdout: () => undefined, stderr: () => undefined });
  process.stdout.write(String(process.resourceUsage().maxRSS));
}

void main();
