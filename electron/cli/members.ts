/**
 * `add-member BUNDLE --name N --address A… [--client-port P --peer-port P] --out NEW` and
 * `remove-member BUNDLE --name N --out NEW`: a bundle for the changed cluster, with the README
 * steps (etcdctl member add/remove first) in order.
 */
import { addMember } from '../../shared/day2/membership';
import { addMemberBundle, removeMemberBundle } from '../day2/membership';
import { EXIT, type CliIo } from './io';
import { bundleAndTarget, openBundle, openCa, portOption, refuser } from './day2-common';
import { appText } from './app-text';

/** Options of add-member as parsed by the dispatcher. */
export interface AddMemberOptions {
  readonly out?: string;
  readonly name?: string;
  readonly address?: readonly string[];
  readonly clientPort?: string;
  readonly peerPort?: string;
  readonly caKey?: string;
}

/** Runs `add-member`. */
export async function runAddMember(
  positionals: readonly string[],
  o: AddMemberOptions,
  io: CliIo,
): Promise<number> {
  const refuse = refuser(io, 'add-member');
  const { t } = refuse;
  if (o.name === undefined) return refuse(t('memberNameRequired'));
  if (!o.address || o.address.length === 0) return refuse(t('memberAddressRequired'));
  const clientPort = portOption(o.clientPort, '--client-port', refuse);
  if (typeof clientPort === 'object') return clientPort.refused;
  const peerPort = portOption(o.peerPort, '--peer-port', refuse);
  if (typeof peerPort === 'object') return peerPort.refused;
  const args = await bundleAndTarget(positionals, o.out, refuse);
  if (typeof args === 'number') return args;
  const source = await openBundle(io, args.bundle, refuse);
  if (typeof source === 'number') return source;
  const member = {
    name: o.name,
    addresses: o.address,
    ...(clientPort !== undefined ? { clientPort } : {}),
    ...(peerPort !== undefined ? { peerPort } : {}),
  };
  // Checked before the CA key is opened: nobody types a passphrase for a change that is refused.
  const check = addMember(source.plan, member);
  if (!check.ok) return refuse(t('nothingWritten', { message: appText(io, check.error.text) }));
  const ca = await openCa(io, source, o.caKey, refuse);
  if (typeof ca === 'number') return ca;
  const r = await addMemberBundle({ source, ca, member, target: args.out, now: new Date() });
  if (!r.ok) return refuse(appText(io, r.error.text));
  for (const w of r.value.warnings) io.err(t('warning', { text: appText(io, w) }));
  io.out(t('memberAdded', { target: r.value.target, name: o.name }));
  return EXIT.ok;
}

/** Options of remove-member as parsed by the dispatcher. */
export interface RemoveMemberOptions {
  readonly out?: string;
  readonly name?: string;
}

/** Runs `remove-member` (no CA key needed: nothing is signed). */
export async function runRemoveMember(
  positionals: readonly string[],
  o: RemoveMemberOptions,
  io: CliIo,
): Promise<number> {
  const refuse = refuser(io, 'remove-member');
  const { t } = refuse;
  if (o.name === undefined) return refuse(t('memberRemoveNameRequired'));
  const args = await bundleAndTarget(positionals, o.out, refuse);
  if (typeof args === 'number') return args;
  const source = await openBundle(io, args.bundle, refuse);
  if (typeof source === 'number') return source;
  const r = await removeMemberBundle({ source, name: o.name, target: args.out, now: new Date() });
  if (!r.ok)
    return refuse(
      r.error.code === 'plan-invalid'
        ? t('nothingWritten', { message: appText(io, r.error.text) })
        : appText(io, r.error.text),
    );
  for (const w of r.value.warnings) io.err(t('warning', { text: appText(io, w) }));
  io.out(t('memberRemoved', { target: r.value.target, name: o.name }));
  return EXIT.ok;
}
