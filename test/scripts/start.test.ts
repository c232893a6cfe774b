/**
 * `npm start`: the port it serves on is 3000 unless the command line names
 * another, as the README says (`npm start -- --port 3100`); a port that is
 * none is a usage error, not a server on a port nobody asked for.
 */
import * as fs from 'fs';
import * as path from 'path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const start = require('../../scripts/start.js') as {
  parseArgs(argv: string[]): { port: number | undefined; open: boolean; help: boolean };
  banner(port: number): string;
  UsageError: new (m: string) => Error;
};

const README = fs.readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');

describe('npm start: another port', () => {
  test('the README’s way to choose another port is the one the script takes, and its banner names that port', () => {
    const m = /`npm start -- (--port \d+)`/.exec(README);
    expect(m).not.toBeNull();
    const args = start.parseArgs(m![1].split(' '));
    expect(args.port).toBe(3100);
    expect(start.banner(args.port!)).toContain('http://localhost:3100/workbench.html');
    expect(start.parseArgs(['--port=3200', '--open'])).toEqual({ port: 3200, open: true, help: false });
  });

  test('without --port, the port of package.json (3000)', () => {
    expect(start.parseArgs([]).port).toBeUndefined();
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8'));
    expect(pkg.config.dev_server_port).toBe(3000);
    expect(README).toContain('http://localhost:3000');
  });

  test('a port that is none, or an unknown argument, is a usage error', () => {
    expect(() => start.parseArgs(['--port', 'abc'])).toThrow(start.UsageError);
    expect(() => start.parseArgs(['--port', '70000'])).toThrow('Cổng không hợp lệ');
    expect(() => start.parseArgs(['--prot', '3100'])).toThrow('Unknown argument: --prot');
  });
});
