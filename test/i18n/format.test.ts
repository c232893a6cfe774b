/** The one interpolator shared by the engine's messages, the pane and the command line. */
import { fill } from '../../src/i18n/format';

describe('fill', () => {
  test('fills each placeholder, as often as it appears, with numbers as written', () => {
    expect(fill('Ô {cell}: {value} thay cho {value}', { cell: 'H8', value: 12.5 })).toBe('Ô H8: 12.5 thay cho 12.5');
  });

  test('a placeholder without its parameter is kept, so the slip shows, or left out for the command line', () => {
    expect(fill('{a} và {b}', { a: 'x' })).toBe('x và {b}');
    expect(fill('{a} và {b}', { a: 'x' }, 'empty')).toBe('x và ');
  });

  test('names inherited from Object are not parameters', () => {
    expect(fill('{toString}', {})).toBe('{toString}');
  });

  test('text without placeholders, and braces that are not placeholders, pass through', () => {
    expect(fill('Không có gì', { a: 1 })).toBe('Không có gì');
    expect(fill('{ a } {} {1x}', {})).toBe('{ a } {} {1x}');
  });
});
