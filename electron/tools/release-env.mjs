// What `npm run dist` hands to electron-builder: which Node it needs, which signing and
// notarization variables are really set, and the package metadata a .deb cannot do without.
// Pure functions of (env, platform, version) so that electron/tools/release-env.test.ts can check
// every case; electron/tools/package.mjs applies the answer. Types: release-env.d.mts.

/** Oldest Node that packaging supports: electron, @electron/get, @electron/rebuild and node-abi
 * declare engines ">=22.12.0" (the test toolchain itself still runs on Node 20.19). */
export const PACKAGING_NODE = '22.12.0';

/** Every variable electron-builder reads to sign or notarize, with what it is for. */
export const SIGNING_VARIABLES = {
  CSC_LINK:
    'macOS Developer ID Application certificate: .p12 as base64, a file path or an https URL',
  CSC_KEY_PASSWORD: 'password of CSC_LINK',
  CSC_NAME: 'macOS: name of a signing identity already in the keychain (instead of CSC_LINK)',
  WIN_CSC_LINK:
    'Windows Authenticode certificate: .pfx/.p12 as base64, a file path or an https URL',
  WIN_CSC_KEY_PASSWORD: 'password of WIN_CSC_LINK',
  APPLE_API_KEY:
    'notarization with an App Store Connect API key: path to AuthKey_<id>.p8 (or its text)',
  APPLE_API_KEY_ID: 'key ID of APPLE_API_KEY',
  APPLE_API_ISSUER: 'issuer ID of APPLE_API_KEY',
  APPLE_ID: 'notarization with an Apple ID: the account e-mail',
  APPLE_APP_SPECIFIC_PASSWORD: 'app-specific password of APPLE_ID',
  APPLE_TEAM_ID: 'team ID for APPLE_ID',
  APPLE_KEYCHAIN_PROFILE:
    'notarization with credentials stored by `xcrun notarytool store-credentials`',
  APPLE_KEYCHAIN: 'keychain that holds APPLE_KEYCHAIN_PROFILE (optional)',
};

// electron-builder accepts one complete set; a partial set is a mistake worth stopping for.
const NOTARIZATION_SETS = [
  ['APPLE_API_KEY', 'APPLE_API_KEY_ID', 'APPLE_API_ISSUER'],
  ['APPLE_ID', 'APPLE_APP_SPECIFIC_PASSWORD', 'APPLE_TEAM_ID'],
  ['APPLE_KEYCHAIN_PROFILE'],
];

/** Says why this Node cannot package, or returns undefined when it can. */
export function packagingNodeProblem(nodeVersion) {
  const have = nodeVersion.replace(/^v/, '').split('.').map(Number);
  const need = PACKAGING_NODE.split('.').map(Number);
  for (let i = 0; i < need.length; i++) {
    if ((have[i] ?? 0) > need[i]) return undefined;
    if ((have[i] ?? 0) < need[i])
      return (
        `Packaging needs Node ${PACKAGING_NODE} or later (electron, @electron/get, @electron/rebuild ` +
        `and node-abi require it); this is Node ${nodeVersion}. Tests and the app run on Node 20.19+; ` +
        'switch to Node 22 for npm run dist (e.g. nvm use 22).'
      );
  }
  return undefined;
}

const isSet = (env, name) => typeof env[name] === 'string' && env[name].trim() !== '';

/**
 * Plans one electron-builder run on `platform` ('darwin', 'win32' or 'linux'):
 * - env: `env` without signing variables that are empty (a CI secret that was never defined
 *   arrives as ''; electron-builder would treat an empty CSC_LINK on macOS as a certificate);
 * - args: extra `-c.` options (package homepage and .deb maintainer when they can be derived);
 * - files: secrets given as text that must be written to a file first (APPLE_API_KEY);
 * - notes: one line per decision, printed before the build; errors: reasons to stop.
 */
export function planRelease(env, platform) {
  const out = { ...env };
  const notes = [];
  const errors = [];
  const files = [];
  for (const name of Object.keys(SIGNING_VARIABLES)) {
    if (name in out && !isSet(out, name)) delete out[name];
  }

  if (platform === 'darwin') {
    const signed = isSet(out, 'CSC_LINK') || isSet(out, 'CSC_NAME');
    if (signed) {
      notes.push(`macOS: signing with ${isSet(out, 'CSC_LINK') ? 'CSC_LINK' : 'CSC_NAME'}.`);
    } else {
      // Without this electron-builder would pick whatever identity the build machine's keychain
      // holds; an unsigned build should be unsigned on purpose.
      out.CSC_IDENTITY_AUTO_DISCOVERY = 'false';
      notes.push(
        'macOS: not signed (CSC_LINK and CSC_NAME are not set): only ad hoc, so Gatekeeper asks users to allow it.',
      );
    }
    const given = NOTARIZATION_SETS.filter((set) => set.some((n) => isSet(out, n)));
    const complete = given.filter((set) => set.every((n) => isSet(out, n)));
    for (const set of given.filter((s) => !complete.includes(s))) {
      const missing = set.filter((n) => !isSet(out, n));
      errors.push(`Notarization: ${missing.join(', ')} missing (set all of ${set.join(', ')}).`);
    }
    if (complete.length > 1)
      errors.push(
        `Notarization: give one set of Apple credentials, not ${complete.map((s) => s[0]).join(' and ')}.`,
      );
    if (complete.length > 0 && !signed)
      errors.push('Notarization needs a signed app: set CSC_LINK (and CSC_KEY_PASSWORD) too.');
    if (given.length === 0)
      notes.push('macOS: not notarized (no APPLE_API_KEY, APPLE_ID or APPLE_KEYCHAIN_PROFILE).');
    else if (errors.length === 0) notes.push(`macOS: notarizing with ${complete[0][0]}.`);
    const key = out.APPLE_API_KEY;
    if (key !== undefined && key.includes('-----BEGIN')) {
      // notarytool takes a path; a CI secret holds the key's text.
      files.push({
        variable: 'APPLE_API_KEY',
        name: `AuthKey_${out.APPLE_API_KEY_ID}.p8`,
        text: key,
      });
    }
  } else if (platform === 'win32') {
    const link = isSet(out, 'WIN_CSC_LINK')
      ? 'WIN_CSC_LINK'
      : isSet(out, 'CSC_LINK')
        ? 'CSC_LINK'
        : '';
    notes.push(
      link
        ? `Windows: signing with ${link}.`
        : 'Windows: not signed (WIN_CSC_LINK and CSC_LINK are not set); SmartScreen will warn.',
    );
  } else {
    notes.push(
      'Linux: AppImage and deb are not signed; SHA256SUMS.txt and the build attestation vouch for them.',
    );
  }

  // A .deb needs a homepage and a maintainer with an e-mail address; package.json names neither,
  // so they come from the environment (GitHub Actions provides the repository).
  const args = [];
  const repo = isSet(out, 'GITHUB_REPOSITORY') ? out.GITHUB_REPOSITORY : '';
  const homepage = isSet(out, 'PACKAGE_HOMEPAGE')
    ? out.PACKAGE_HOMEPAGE
    : repo && `${out.GITHUB_SERVER_URL || 'https://github.com'}/${repo}`;
  if (homepage) args.push(`-c.extraMetadata.homepage=${homepage}`);
  const owner = repo.split('/')[0];
  const maintainer = isSet(out, 'DEB_MAINTAINER')
    ? out.DEB_MAINTAINER
    : owner && `${owner} <${owner}@users.noreply.github.com>`;
  if (maintainer) args.push(`-c.linux.maintainer=${maintainer}`);
  if (platform === 'linux' && (!homepage || !maintainer))
    notes.push(
      'Linux: the deb needs PACKAGE_HOMEPAGE and DEB_MAINTAINER ("Name <email>") outside GitHub Actions.',
    );

  return { env: out, args, files, notes, errors };
}
