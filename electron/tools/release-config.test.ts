/**
 * The release configuration as electron-builder and GitHub Actions will read it: the
 * electron-builder.yml schema, the Electron fuses (through electron-builder's own fuse mapping and
 * @electron/fuses' own wire writer), and the installer names the release workflow expects.
 */
import { flipFuses, getCurrentFuseWire, type FuseConfig } from '@electron/fuses';
import {
  Platform,
  PlatformPackager,
  type Configuration,
  type FuseOptionsV1,
} from 'app-builder-lib';
import { validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { expandMacro } from 'app-builder-lib/out/util/macroExpander';
import { archFromString, DebugLogger, getArtifactArchName } from 'builder-util';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SIGNING_VARIABLES } from './release-env.mjs';

const root = join(__dirname, '..', '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const builder = parse(read('electron-builder.yml')) as Configuration;
const pkg = JSON.parse(read('package.json')) as {
  version: string;
  scripts: Record<string, string>;
};
const workflow = parse(read('.github/workflows/release.yml'));

describe('electron-builder.yml', () => {
  it("passes electron-builder's own schema validation", async () => {
    await expect(validateConfiguration(builder, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('sets every fuse the release needs', () => {
    expect(builder.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
      resetAdHocDarwinSignature: true,
    });
    // The integrity fuse is only meaningful when the app is an asar with its hash embedded.
    expect(builder.asar).toBe(true);
    expect(builder).not.toHaveProperty('disableAsarIntegrity');
  });

  it('never signs from the config file and never publishes by itself', () => {
    for (const key of ['cscLink', 'cscKeyPassword']) {
      expect(builder).not.toHaveProperty(key);
      for (const platform of ['mac', 'win', 'linux'] as const)
        expect(builder[platform] ?? {}).not.toHaveProperty(key);
    }
    expect(builder.publish).toBeNull();
    expect(builder.mac).toMatchObject({ hardenedRuntime: true, notarize: true });
  });
});

describe('Electron fuses in a packaged binary', () => {
  const dir = mkdtempSync(join(tmpdir(), 'etw-fuses-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // A stand-in for the Electron executable: the fuse sentinel, wire version 1, eight fuses in
  // Electron's default states (runAsNode on, cookie encryption off, NODE_OPTIONS on, --inspect on,
  // asar integrity off, only-asar off, browser V8 snapshot off, file:// privileges on).
  const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
  const binary = join(dir, 'etcd-tls-wizard');
  writeFileSync(
    binary,
    Buffer.concat([
      Buffer.from('\x7fELF padding before the wire '),
      Buffer.from(SENTINEL),
      Buffer.from([1, 8]),
      Buffer.from('10110001'),
      Buffer.from(' padding after the wire'),
    ]),
  );

  it('flips each fuse the way the configuration says', async () => {
    // The private step electron-builder runs right before signing: config keys -> fuse indexes.
    const generate = (
      PlatformPackager.prototype as unknown as {
        generateFuseConfig(f: FuseOptionsV1): Promise<FuseConfig>;
      }
    ).generateFuseConfig;
    const config = await generate.call(null, builder.electronFuses as FuseOptionsV1);
    // Fails if any fuse of the wire were left to Electron's default.
    await flipFuses(binary, { ...config, strictlyRequireAllFuses: true } as FuseConfig);
    const wire = await getCurrentFuseWire(binary);
    const state = (i: number) => String.fromCharCode(wire[i as 0] as number);
    expect({
      runAsNode: state(0),
      enableCookieEncryption: state(1),
      enableNodeOptionsEnvironmentVariable: state(2),
      enableNodeCliInspectArguments: state(3),
      enableEmbeddedAsarIntegrityValidation: state(4),
      onlyLoadAppFromAsar: state(5),
      loadBrowserProcessSpecificV8Snapshot: state(6),
      grantFileProtocolExtraPrivileges: state(7),
    }).toEqual({
      runAsNode: '0',
      enableCookieEncryption: '1',
      enableNodeOptionsEnvironmentVariable: '0',
      enableNodeCliInspectArguments: '0',
      enableEmbeddedAsarIntegrityValidation: '1',
      onlyLoadAppFromAsar: '1',
      loadBrowserProcessSpecificV8Snapshot: '0',
      grantFileProtocolExtraPrivileges: '0',
    });
  });
});

interface MatrixEntry {
  name: string;
  os: string;
  args: string;
  files: string;
}
const matrix = workflow.jobs.package.strategy.matrix.include as MatrixEntry[];
const PLATFORMS = { '--linux': Platform.LINUX, '--win': Platform.WINDOWS, '--mac': Platform.MAC };
const EXT: Record<string, string> = { AppImage: 'AppImage', deb: 'deb', nsis: 'exe', dmg: 'dmg' };

/** The installer names electron-builder will write for one matrix entry's arguments. */
function installerNames(args: string, version: string): { platform: Platform; names: string[] } {
  const words = args.split(/\s+/);
  const flag = words[0] as keyof typeof PLATFORMS;
  const platform = PLATFORMS[flag];
  const targets = words.slice(1).filter((w) => !w.startsWith('--'));
  const archs = words.filter((w) => /^--(x64|arm64|ia32|armv7l|universal)$/.test(w));
  const names = targets.flatMap((target) =>
    archs.map((a) => {
      const ext = EXT[target] ?? target;
      const arch = getArtifactArchName(archFromString(a.slice(2)), ext);
      const info = { version } as unknown as Parameters<typeof expandMacro>[2];
      return expandMacro(builder.artifactName as string, arch, info, {
        os: platform.buildConfigurationKey,
        ext,
      });
    }),
  );
  return { platform, names };
}

const globToRegExp = (glob: string) =>
  new RegExp(`^${glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`);

describe('release workflow', () => {
  const all = matrix.map((m) => ({ m, ...installerNames(m.args, pkg.version) }));

  it('builds AppImage, deb, NSIS and dmg, the targets electron-builder.yml lists', () => {
    const byKey = Object.fromEntries(all.map((e) => [e.platform.buildConfigurationKey, e.m.args]));
    expect(Object.keys(byKey).sort()).toEqual(['linux', 'mac', 'win']);
    expect(byKey.linux).toBe(`--linux ${(builder.linux?.target as string[]).join(' ')} --x64`);
    expect(byKey.win).toBe(`--win ${builder.win?.target as string} --x64`);
    expect(byKey.mac).toBe(`--mac ${builder.mac?.target as string} --x64 --arm64`);
  });

  it('uploads exactly the installers electron-builder names, and publishes each by name', () => {
    const expected = all.flatMap((e) => e.names);
    expect(expected).toEqual([
      `etcd-tls-wizard-${pkg.version}-linux-x86_64.AppImage`,
      `etcd-tls-wizard-${pkg.version}-linux-amd64.deb`,
      `etcd-tls-wizard-${pkg.version}-win-x64.exe`,
      `etcd-tls-wizard-${pkg.version}-mac-x64.dmg`,
      `etcd-tls-wizard-${pkg.version}-mac-arm64.dmg`,
    ]);
    for (const { m, names } of all) {
      const globs = m.files.trim().split('\n').map(globToRegExp);
      expect(globs).toHaveLength(names.length);
      for (const name of names) expect(globs.some((g) => g.test(`release/${name}`))).toBe(true);
    }
    const published = (workflow.jobs.publish.env.INSTALLERS as string)
      .split(/\s+/)
      .map((n) => n.replace('VERSION', pkg.version));
    expect(published).toEqual(expected);
    const steps = workflow.jobs.publish.steps as { run?: string }[];
    expect(steps.some((s) => s.run?.includes('sha256sum -- $names > SHA256SUMS.txt'))).toBe(true);
    expect(
      steps.some((s) => /gh release create[^]*\$\{INSTALLERS[^]*SHA256SUMS\.txt/.test(s.run ?? '')),
    ).toBe(true);
  });

  it('passes only signing variables electron-builder knows, each from its own secret', () => {
    const step = (
      workflow.jobs.package.steps as { name?: string; env?: Record<string, string> }[]
    ).find((s) => s.name === 'Build and package');
    const env = step?.env ?? {};
    const signing = Object.keys(env).filter((n) => /^(CSC|WIN_CSC|APPLE)_/.test(n));
    expect(signing.length).toBeGreaterThan(0);
    for (const name of signing) {
      expect(Object.keys(SIGNING_VARIABLES)).toContain(name);
      expect(env[name]).toContain(`secrets.${name} `);
    }
    expect(pkg.scripts.dist).toBe('npm run build && node electron/tools/package.mjs');
  });
});
