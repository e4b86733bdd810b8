import { describe, expect, it } from 'vitest';
import { packagingNodeProblem, planRelease, SIGNING_VARIABLES } from './release-env.mjs';

const KEY = '-----BEGIN PRIVATE KEY-----\nMIGT\n-----END PRIVATE KEY-----\n';
const API_KEY = { APPLE_API_KEY: KEY, APPLE_API_KEY_ID: 'ABC123', APPLE_API_ISSUER: 'issuer-uuid' };

describe('packagingNodeProblem', () => {
  it.each(['v22.12.0', 'v22.13.1', 'v24.0.0', '23.1.0'])('accepts %s', (v) => {
    expect(packagingNodeProblem(v)).toBeUndefined();
  });
  it.each(['v20.20.2', 'v22.11.0', 'v18.20.0'])('refuses %s and says which Node to use', (v) => {
    expect(packagingNodeProblem(v)).toMatch(/needs Node 22\.12\.0 or later.*switch to Node 22/s);
  });
});

describe('planRelease without any signing variable', () => {
  it('builds an unsigned macOS app on purpose, without keychain discovery or notarization', () => {
    const plan = planRelease({ PATH: '/usr/bin' }, 'darwin');
    expect(plan.errors).toEqual([]);
    expect(plan.env).toEqual({ PATH: '/usr/bin', CSC_IDENTITY_AUTO_DISCOVERY: 'false' });
    expect(plan.notes).toEqual([
      'macOS: not signed (CSC_LINK and CSC_NAME are not set): only ad hoc, so Gatekeeper asks users to allow it.',
      'macOS: not notarized (no APPLE_API_KEY, APPLE_ID or APPLE_KEYCHAIN_PROFILE).',
    ]);
  });

  it('drops variables that CI set to "" for secrets that were never defined', () => {
    const empty = Object.fromEntries(Object.keys(SIGNING_VARIABLES).map((n) => [n, '']));
    for (const platform of ['darwin', 'win32', 'linux']) {
      const plan = planRelease({ ...empty, HOME: '/home/ci' }, platform);
      expect(plan.errors).toEqual([]);
      expect(Object.keys(plan.env).filter((n) => n in SIGNING_VARIABLES)).toEqual([]);
    }
    expect(planRelease({ ...empty }, 'win32').notes).toEqual([
      'Windows: not signed (WIN_CSC_LINK and CSC_LINK are not set); SmartScreen will warn.',
    ]);
  });
});

describe('planRelease with credentials', () => {
  it('signs and notarizes on macOS, writing an API key given as text to a file', () => {
    const plan = planRelease(
      { CSC_LINK: 'base64p12', CSC_KEY_PASSWORD: 'pw', ...API_KEY },
      'darwin',
    );
    expect(plan.errors).toEqual([]);
    expect(plan.env.CSC_IDENTITY_AUTO_DISCOVERY).toBeUndefined();
    expect(plan.notes).toEqual([
      'macOS: signing with CSC_LINK.',
      'macOS: notarizing with APPLE_API_KEY.',
    ]);
    expect(plan.files).toEqual([
      { variable: 'APPLE_API_KEY', name: 'AuthKey_ABC123.p8', text: KEY },
    ]);
  });

  it('leaves an API key given as a path alone', () => {
    const plan = planRelease(
      { CSC_NAME: 'Developer ID Application: X', ...API_KEY, APPLE_API_KEY: '/k.p8' },
      'darwin',
    );
    expect(plan.files).toEqual([]);
    expect(plan.env.APPLE_API_KEY).toBe('/k.p8');
  });

  it('refuses a partial or doubled set of Apple credentials, naming what is missing', () => {
    expect(planRelease({ CSC_LINK: 'x', APPLE_ID: 'a@b.c' }, 'darwin').errors).toEqual([
      'Notarization: APPLE_APP_SPECIFIC_PASSWORD, APPLE_TEAM_ID missing (set all of APPLE_ID, APPLE_APP_SPECIFIC_PASSWORD, APPLE_TEAM_ID).',
    ]);
    const both = { APPLE_ID: 'a', APPLE_APP_SPECIFIC_PASSWORD: 'p', APPLE_TEAM_ID: 't' };
    expect(planRelease({ CSC_LINK: 'x', ...API_KEY, ...both }, 'darwin').errors).toEqual([
      'Notarization: give one set of Apple credentials, not APPLE_API_KEY and APPLE_ID.',
    ]);
  });

  it('refuses to notarize an app it would not sign', () => {
    expect(planRelease({ ...API_KEY }, 'darwin').errors).toEqual([
      'Notarization needs a signed app: set CSC_LINK (and CSC_KEY_PASSWORD) too.',
    ]);
  });

  it('prefers WIN_CSC_LINK on Windows and ignores Apple variables there', () => {
    const plan = planRelease({ WIN_CSC_LINK: 'pfx', CSC_LINK: 'p12', APPLE_ID: 'a' }, 'win32');
    expect(plan.errors).toEqual([]);
    expect(plan.notes).toEqual(['Windows: signing with WIN_CSC_LINK.']);
  });
});

describe('planRelease package metadata', () => {
  it('derives the deb homepage and maintainer from the GitHub repository', () => {
    const plan = planRelease(
      { GITHUB_REPOSITORY: 'acme/etcd-tls-wizard', GITHUB_SERVER_URL: 'https://github.com' },
      'linux',
    );
    expect(plan.args).toEqual([
      '-c.extraMetadata.homepage=https://github.com/acme/etcd-tls-wizard',
      '-c.linux.maintainer=acme <acme@users.noreply.github.com>',
    ]);
  });

  it('takes PACKAGE_HOMEPAGE and DEB_MAINTAINER over the derived values', () => {
    const plan = planRelease(
      {
        GITHUB_REPOSITORY: 'acme/etcd-tls-wizard',
        PACKAGE_HOMEPAGE: 'https://etw.example.org',
        DEB_MAINTAINER: 'Ops <ops@example.org>',
      },
      'linux',
    );
    expect(plan.args).toEqual([
      '-c.extraMetadata.homepage=https://etw.example.org',
      '-c.linux.maintainer=Ops <ops@example.org>',
    ]);
  });

  it('says what a local deb build needs when neither is known', () => {
    const plan = planRelease({}, 'linux');
    expect(plan.args).toEqual([]);
    expect(plan.notes.at(-1)).toMatch(/PACKAGE_HOMEPAGE and DEB_MAINTAINER/);
  });
});
