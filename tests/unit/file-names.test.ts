import { describe, expect, it } from 'vitest';
import { sanitizeFileName, utf8Length } from '../../shared/file-names';

describe('sanitizeFileName', () => {
  it.each([
    ['../../etc/passwd', 'passwd'],
    ['..\\..\\windows\\system32', 'system32'],
    ['a/b/c.jpg', 'c.jpg'],
    ['..', 'file'],
    ['', 'file'],
    ['CON', '_CON'],
    ['prn.txt', '_prn.txt'],
    ['bad\u0000name\u0007.png', 'badname.png'],
    ['what?<>|*.jpg', 'what_____.jpg'],
    ['.hidden', 'hidden'],
    ['trailing. ', 'trailing'],
    ['截图😀.png', '截图😀.png'],
  ])('%j → %j', (input, expected) => {
    expect(sanitizeFileName(input)).toBe(expected);
  });

  it('bounds long names in UTF-8 bytes and keeps the extension', () => {
    const out = sanitizeFileName(`${'长'.repeat(300)}.jpg`);
    expect(utf8Length(out)).toBeLessThanOrEqual(120);
    expect(out.endsWith('.jpg')).toBe(true);
  });
});
