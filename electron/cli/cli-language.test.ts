/**
 * The CLI speaks `--lang` or the locale (LC_ALL, then LC_MESSAGES, then LANG), in its own texts
 * and in the bundles it writes, unless the plan names its language: then the plan wins.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run, tempDir } from '../test-support/tools';
import { cliLanguage, localeLanguage } from './cli-language';
import { cli } from '../test-support/cli-main';
import { ONE_MEMBER_PLAN } from '../test-support/plans';

const ROOT = join(__dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli.cjs');
const dir = tempDir('etw-cli-lang-');
afterAll(() => dir.remove());
const p = (...parts: string[]) => join(dir.path, ...parts);
const HAN = /[\u4e00-\u9fff]/u;

const PLAN = ONE_MEMBER_PLAN;

/** The built CLI as a user runs it, with only the given environment (no inherited locale). */
function built(args: string[], env: NodeJS.ProcessEnv) {
  return run('node', [CLI, ...args], { env: { PATH: process.env.PATH, ...env } });
}

describe('cliLanguage', () => {
  it('takes --lang in its spellings, anywhere, and removes it from the arguments', () => {
    for (const v of ['zh-CN', 'zh', 'zh_CN', 'zh-Hans', 'ZH-cn'])
      expect(cliLanguage(['issue', '--lang', v, '--plan', 'x'], {})).toEqual({
        ok: true,
        language: 'zh-CN',
        fromFlag: true,
        args: ['issue', '--plan', 'x'],
      });
    expect(cliLanguage(['--help', '--lang=en'], { LANG: 'zh_CN.UTF-8' })).toMatchObject({
      language: 'en',
      args: ['--help'],
    });
    // After --, nothing is an option.
    expect(cliLanguage(['inspect', '--', '--lang'], {})).toMatchObject({
      args: ['inspect', '--', '--lang'],
    });
  });

  it('follows LC_ALL, then LC_MESSAGES, then LANG; empty ones are skipped', () => {
    expect(localeLanguage({ LANG: 'zh_CN.UTF-8' })).toBe('zh-CN');
    expect(localeLanguage({ LANG: 'zh_TW.UTF-8' })).toBe('zh-CN');
    expect(localeLanguage({ LANG: 'zh' })).toBe('zh-CN');
    expect(localeLanguage({ LC_ALL: 'C', LANG: 'zh_CN.UTF-8' })).toBe('en');
    expect(localeLanguage({ LC_ALL: 'zh_CN.UTF-8', LANG: 'en_US.UTF-8' })).toBe('zh-CN');
    expect(localeLanguage({ LC_MESSAGES: 'zh_CN.UTF-8', LANG: 'C' })).toBe('zh-CN');
    expect(localeLanguage({ LC_ALL: '', LC_MESSAGES: 'POSIX', LANG: 'zh_CN' })).toBe('en');
    expect(localeLanguage({ LANG: 'zu_ZA.UTF-8' })).toBe('en');
    expect(localeLanguage({})).toBe('en');
  });

  it('refuses an unknown --lang, in the locale language', () => {
    expect(cliLanguage(['--lang', 'fr'], {})).toEqual({ ok: false, language: 'en', value: '"fr"' });
    expect(cliLanguage(['--lang'], { LANG: 'zh_CN.UTF-8' })).toEqual({
      ok: false,
      language: 'zh-CN',
      value: '""',
    });
  });
});

describe('CLI language', () => {
  it('--help --lang zh-CN prints the Chinese help; commands and flags stay as typed', async () => {
    const r = await cli(['--help', '--lang', 'zh-CN']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^用法：\n/);
    expect(r.out).toContain('etcd-tls-wizard issue --plan FILE --out DIR   按计划签发');
    expect(r.out).toContain('依次取 LC_ALL、LC_MESSAGES、LANG');
    expect(r.out).toContain('计划中写了 language: 时以计划为准');
    const en = await cli(['--help']);
    expect(en.out).toMatch(/^Usage:\n/);
    expect(en.out).not.toMatch(HAN);
    expect(en.out).toContain("unless the plan sets language: (the plan's language wins)");
  });

  it('a bad --lang value: exit 2, one line naming the value and what to write', async () => {
    const r = await cli(['issue', '--lang', 'klingon', '--plan', 'x', '--out', p('never')]);
    expect(r.code).toBe(2);
    expect(r.errLines).toBe(1);
    expect(r.err).toBe(
      'etcd-tls-wizard: --lang "klingon" is not a language the CLI knows: use --lang en or --lang zh-CN (zh, zh_CN and zh-Hans also work), or leave --lang out to follow LC_ALL, LC_MESSAGES or LANG',
    );
    const zh = built(['--lang', 'fr', '--help'], { LANG: 'zh_CN.UTF-8' });
    expect(zh.status).toBe(2);
    expect(zh.stderr).toContain('--lang "fr" 不是本工具支持的语言：请用 --lang en 或 --lang zh-CN');
  });

  it('LANG=zh_CN.UTF-8: Chinese refusals and summary, and a Chinese bundle from a plan without language', () => {
    writeFileSync(p('plan.yaml'), PLAN);
    const env = { LANG: 'zh_CN.UTF-8', ETW_CA_PASSPHRASE: 'a passphrase of some length' };
    const refused = built(['issue', '--plan', p('plan.yaml')], env);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toBe(
      'etcd-tls-wizard issue: 必须同时提供 --plan FILE（计划文件）和 --out DIR（输出文件夹）\n',
    );
    const r = built(['issue', '--plan', p('plan.yaml'), '--out', p('zh')], env);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^已向 \S+zh 写入 \d+ 个文件（\d+ 张证书，新建 CA）。\n$/);
    expect(readFileSync(p('zh', 'README.md'), 'utf8')).toMatch(HAN);
    expect(readFileSync(p('zh', 'expiry.txt'), 'utf8')).toContain('证书到期一览');
    expect(readFileSync(p('zh', 'plan.yaml'), 'utf8')).toContain('language: zh-CN');
  });

  it('LC_ALL overrides LANG', () => {
    writeFileSync(p('plan.yaml'), PLAN);
    const r = built(
      ['issue', '--plan', p('plan.yaml'), '--out', p('c'), '--export-ca-key', 'none'],
      {
        LC_ALL: 'C',
        LANG: 'zh_CN.UTF-8',
      },
    );
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Wrote \d+ files to \S+c \(\d+ certificates, CA new\)\./);
    expect(readFileSync(p('c', 'README.md'), 'utf8')).not.toMatch(HAN);
    const zh = built(['--help'], { LC_ALL: 'zh_CN.UTF-8', LANG: 'en_US.UTF-8' });
    expect(zh.stdout).toMatch(/^用法：/);
  });

  it("a plan's explicit language wins over --lang for the bundle; the CLI still speaks --lang", async () => {
    writeFileSync(p('en-plan.yaml'), `language: en\n${PLAN}`);
    const r = await cli(
      ['issue', '--plan', p('en-plan.yaml'), '--out', p('en'), '--lang', 'zh-CN'],
      { ETW_CA_PASSPHRASE: 'a passphrase of some length' },
    );
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('张证书');
    const readme = readFileSync(p('en', 'README.md'), 'utf8');
    expect(readme).not.toMatch(HAN);
    expect(readFileSync(p('en', 'expiry.txt'), 'utf8')).toContain('Certificate expiry');
    // init under a Chinese locale names zh-CN, so its plan issues a Chinese bundle.
    const init = await cli(['init', '--lang', 'zh-CN']);
    expect(init.out).toMatch(/^language: zh-CN +# 证书包中 README 和注释的语言/m);
  });

  it('names a refused secret in the CLI language, the variable as typed', async () => {
    writeFileSync(p('secret-plan.yaml'), PLAN);
    const short = { ETW_CA_PASSPHRASE: 'short' };
    const zh = await cli(
      ['issue', '--plan', p('secret-plan.yaml'), '--out', p('s1'), '--lang', 'zh-CN'],
      short,
    );
    expect(zh.code).toBe(2);
    expect(zh.err).toContain('ETW_CA_PASSPHRASE（CA 私钥口令）：口令只有 5 个字符');
    expect(zh.err).not.toMatch(/passphrase/);
    const en = await cli(['issue', '--plan', p('secret-plan.yaml'), '--out', p('s2')], short);
    expect(en.err).toContain(
      'ETW_CA_PASSPHRASE (CA key passphrase): the passphrase has 5 characters',
    );
    const p12 = await cli(
      ['issue', '--plan', p('secret-plan.yaml'), '--out', p('s3'), '--pkcs12', '--lang', 'zh-CN'],
      { ETW_CA_PASSPHRASE: 'a passphrase of some length', ETW_P12_PASSWORD: 'x' },
    );
    expect(p12.code).toBe(2);
    expect(p12.err).toContain('ETW_P12_PASSWORD（PKCS#12 密码）');
  });

  it('probe speaks the CLI language; quoted tool output stays verbatim', async () => {
    // Port 1 on loopback: nothing listens, the refusal is immediate.
    const r = await cli(['probe', 'https://127.0.0.1:1', '--lang', 'zh-CN']);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^没有 CA 文件：不检查信任关系；没有客户端证书\n/);
    expect(r.out).toContain('https://127.0.0.1:1：');
    expect(r.out).toContain('报错原文：etcdctl: ');
    expect(r.out).toMatch(/已检查 1 个端点：0 个正常，0 个有警告，1 个有问题$/);
  });

  it('inspect and renew speak the CLI language; renew keeps the bundle language', async () => {
    const env = { ETW_CA_PASSPHRASE: 'a passphrase of some length' };
    const inspect = await cli(['inspect', p('en', 'nodes'), '--lang', 'zh-CN'], env);
    expect(inspect.code, inspect.err).toBe(0);
    expect(inspect.out).toContain('张证书');
    expect(inspect.out).toMatch(/^ {4}颁发者： +CN=etcd-ca（由 \S+ca\.crt 签发）$/m);
    expect(inspect.out).toMatch(/^汇总：\d+ 个文件/m);
    const renew = await cli(['renew', p('en'), '--out', p('en-renewed'), '--lang', 'zh-CN'], env);
    expect(renew.code, renew.err).toBe(0);
    expect(renew.out).toMatch(/^已续期 \d+ 张证书/);
    // The bundle's plan.yaml names en: the renewed README stays English, its section named so.
    expect(renew.out).toContain('README.md 中“Swap renewed certificates in place”一节');
    expect(readFileSync(p('en-renewed', 'README.md'), 'utf8')).not.toMatch(HAN);
  });
});
