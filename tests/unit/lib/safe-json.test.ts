import { describe, expect, it } from 'vitest';
import { globalAssignment, safeJson } from '../../../src/lib/safe-json';

const HOSTILE = '</script><script>alert(1)</script>';

describe('safeJson: data for inline scripts', () => {
  const value = { themes: [{ name: HOSTILE }], note: 'a & b <!-- c --> \u2028\u2029 d' };

  it('escapes <, >, /, &, U+2028 and U+2029, so no value can end the script element', () => {
    const out = safeJson(value);
    expect(out).not.toMatch(/[<>&\u2028\u2029]/);
    expect(out.toLowerCase()).not.toContain('</script');
    expect(out).toContain('\\u003C\\u002Fscript\\u003E');
  });

  it('is JSON that reads back to the same value', () => {
    expect(JSON.parse(safeJson(value))).toEqual(value);
  });

  it('writes the offline index as a classic script assigning a global', () => {
    const script = globalAssignment('ATLAS_SEARCH_INDEX', [{ title: HOSTILE }]);
    expect(script.startsWith('window.ATLAS_SEARCH_INDEX=')).toBe(true);
    expect(script).not.toContain('<');
    const window: Record<string, unknown> = {};
    new Function('window', script)(window);
    expect(window.ATLAS_SEARCH_INDEX).toEqual([{ title: HOSTILE }]);
    expect(() => globalAssignment('a;alert(1)', 1)).toThrow();
  });
});

describe('every inline data block of the site goes through safeJson', () => {
  it('no .astro file feeds set:html or define:vars with anything but a safeJson() value', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { join, resolve } = await import('node:path');
    const src = resolve(import.meta.dirname, '../../../src');
    const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.astro'));
    const offenders: string[] = [];
    let inline = 0;
    for (const file of files) {
      const text = readFileSync(join(src, file), 'utf8');
      if (/define:vars/.test(text)) offenders.push(`${file}: define:vars`);
      for (const m of text.matchAll(/set:html=\{(\w+)\}/g)) {
        inline++;
        if (!new RegExp(`const ${m[1]} = safeJson\\(`).test(text)) offenders.push(`${file}: set:html={${m[1]}}`);
      }
      if (/JSON\.stringify/.test(text)) offenders.push(`${file}: JSON.stringify`);
    }
    expect(inline).toBeGreaterThan(0);
    expect(offenders).toEqual([]);
  });
});
