/**
 * A bundle handed over by the window: the files of a dropped or uploaded folder (names keep the
 * folder path, `bundle-1/ca/ca.crt`) or one .zip of it. The bundle's root is the folder that
 * holds manifest.json, wherever the user's drop started; the reader then checks it like a folder
 * on disk. Nothing is written to disk on the way (leaf keys stay in memory).
 */
import type { InspectFilePayload } from '../../shared/ipc/channels-inspect';
import { fail, ok, type Result } from '../../shared/result';
import { memoryFiles, type BundleFiles } from './bundle-reader';
import { readZip } from './unzip';

const dirOf = (path: string): string => path.slice(0, Math.max(0, path.lastIndexOf('/')));
const baseOf = (path: string): string => path.slice(path.lastIndexOf('/') + 1);

/** The bundle root among `paths`: the one folder with manifest.json (and plan.yaml, when several). */
function findRoot(paths: readonly string[], from: string): Result<string> {
  const manifests = paths.filter((p) => baseOf(p) === 'manifest.json').map(dirOf);
  const withPlan = manifests.filter((d) => paths.includes(d ? `${d}/plan.yaml` : 'plan.yaml'));
  const roots = withPlan.length > 0 ? withPlan : manifests;
  if (roots.length === 1) return ok(roots[0]!);
  if (roots.length === 0)
    return fail(
      'bundle-invalid',
      `${from} has no manifest.json: it is not a bundle written by etcd-tls-wizard; give the bundle folder (the one with plan.yaml and manifest.json) or its .zip, or use the inspector for other certificates`,
      from,
    );
  const list = roots.map((r) => `${r || '.'}/`).join(', ');
  return fail(
    'bundle-invalid',
    `${from} holds ${roots.length} bundles (${list}); open one of them (after a CA rotation, the last phase's folder is the bundle to keep)`,
    from,
  );
}

/**
 * The handed-over files as a bundle source. `size` without bytes marks a file the window did
 * not read because it is too large; reading it fails with that reason.
 */
export function payloadBundle(files: readonly InspectFilePayload[]): Result<BundleFiles> {
  const zips = files.filter((f) => /\.zip$/i.test(f.name));
  const hasManifest = files.some((f) => baseOf(f.name.replace(/\\/g, '/')) === 'manifest.json');
  let entries: Map<string, Uint8Array>;
  const tooLarge = new Set<string>();
  let from: string;
  if (!hasManifest && zips.length === 1 && files.length === 1) {
    const zip = zips[0]!;
    from = baseOf(zip.name);
    if (zip.size !== undefined && zip.bytes.byteLength === 0)
      return fail('input-too-large', `${from} is larger than 5 MiB; a bundle's zip is far smaller`);
    const r = readZip(zip.bytes, from);
    if (!r.ok) return r;
    entries = r.value;
  } else {
    if (!hasManifest && zips.length > 0)
      return fail(
        'bundle-invalid',
        `give one .zip alone, or the bundle folder; ${zips.map((z) => z.name).join(', ')} came with other files`,
      );
    entries = new Map();
    for (const f of files) {
      const name = f.name.replace(/\\/g, '/').replace(/^\.\//, '');
      entries.set(name, f.bytes);
      if (f.size !== undefined && f.bytes.byteLength === 0) tooLarge.add(name);
    }
    from = [...entries.keys()][0]?.split('/')[0] ?? 'the dropped files';
  }
  const root = findRoot([...entries.keys()], from);
  if (!root.ok) return root;
  const prefix = root.value ? `${root.value}/` : '';
  const inside = new Map<string, Uint8Array>();
  for (const [path, bytes] of entries)
    if (path.startsWith(prefix)) inside.set(path.slice(prefix.length), bytes);
  const fromZip = zips.length === 1 && !hasManifest;
  const label = fromZip
    ? [from, root.value].filter(Boolean).join('/')
    : root.value || 'the dropped bundle';
  const mem = memoryFiles(label, inside);
  return ok({
    dir: mem.dir,
    read: async (rel) =>
      tooLarge.has(prefix + rel)
        ? fail(
            'input-too-large',
            `${label}/${rel} is larger than 5 MiB, so it was not read; a bundle's files are a few KB`,
            `${label}/${rel}`,
          )
        : mem.read(rel),
  });
}
