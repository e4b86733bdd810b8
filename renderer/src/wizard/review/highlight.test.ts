import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { languageOf, tokenize, type Language } from './highlight';

const join = (lines: ReturnType<typeof tokenize>) =>
  lines.map((l) => l.map((t) => t.text).join('')).join('\n');

describe('preview highlighter', () => {
  it('never changes the text, whatever the language', () => {
    const langs: Language[] = ['yaml', 'shell', 'ini', 'markdown', 'text'];
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.constantFrom(...langs), (s, lang) => {
        expect(join(tokenize(s, lang))).toBe(s);
      }),
    );
  });

  it('tells YAML keys, strings, numbers, booleans and comments apart', () => {
    const [l1, l2, l3] = tokenize(
      'name: "etcd0"  # first\n  - port: 2379\nclient-cert-auth: true',
      'yaml',
    );
    expect(l1).toEqual([
      { type: 'key', text: 'name' },
      { type: 'punct', text: ':' },
      { type: 'plain', text: ' ' },
      { type: 'string', text: '"etcd0"' },
      { type: 'comment', text: '  # first' },
    ]);
    expect(l2?.find((t) => t.type === 'key')?.text).toBe('port');
    expect(l2?.find((t) => t.type === 'number')?.text).toBe('2379');
    expect(l3?.find((t) => t.type === 'keyword')?.text).toBe('true');
  });

  it('tells shell flags, variables and comments apart, and env keys', () => {
    const [l1] = tokenize('etcdctl --cacert "$CA" endpoint health # check', 'shell');
    expect(l1?.filter((t) => t.type === 'flag').map((t) => t.text)).toEqual(['--cacert']);
    expect(l1?.find((t) => t.type === 'string')?.text).toBe('"$CA"');
    expect(l1?.at(-1)).toEqual({ type: 'comment', text: '# check' });
    const [e1, e2] = tokenize('[Service]\nETCDCTL_CACERT=/etc/etcd/pki/ca.crt', 'ini');
    expect(e1).toEqual([{ type: 'section', text: '[Service]' }]);
    expect(e2?.[0]).toEqual({ type: 'key', text: 'ETCDCTL_CACERT' });
  });

  it('picks the language from the file name', () => {
    expect(languageOf('nodes/etcd0/etcd.conf.yml')).toBe('yaml');
    expect(languageOf('etcdctl/check.sh')).toBe('shell');
    expect(languageOf('nodes/etcd0/etcd.env')).toBe('ini');
    expect(languageOf('nodes/etcd0/etcd.service')).toBe('ini');
    expect(languageOf('README.md')).toBe('markdown');
  });
});
