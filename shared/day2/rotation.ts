/**
 * The phases of a CA rotation and the proof that they are safe. etcd swaps its certificate files
 * on the next handshake but reads its trust file only at start, and so do kube-apiserver and
 * APISIX: so trust grows to both CAs first, then the certificates change, then trust shrinks.
 * While a phase rolls out, machines that have it and machines that do not yet must still trust
 * each other's certificates; {@link rotationGap} checks exactly that.
 */

/** Which CA a machine trusts or was issued by: the one in use today, or the new one. */
export type Generation = 'old' | 'new';

/** What one machine runs: the CAs in its trust file and the CA of its own certificates. */
export interface MachineState {
  readonly trust: readonly Generation[];
  readonly leaves: Generation;
}

/** One phase of the rotation, as a bundle folder. */
export interface RotationPhase extends MachineState {
  readonly phase: 1 | 2 | 3;
  /** Folder of the phase's bundle inside the rotate-ca output. */
  readonly folder: string;
}

/** Before the rotation: the old CA everywhere. */
export const BEFORE_ROTATION: MachineState = { trust: ['old'], leaves: 'old' };

/** The three phases, in order. */
export const ROTATION_PHASES: readonly RotationPhase[] = [
  { phase: 1, folder: 'phase-1-trust-both', trust: ['old', 'new'], leaves: 'old' },
  { phase: 2, folder: 'phase-2-new-leaves', trust: ['old', 'new'], leaves: 'new' },
  { phase: 3, folder: 'phase-3-new-ca-only', trust: ['new'], leaves: 'new' },
];

/** A server and a client that would not trust each other during a phase's roll-out. */
export interface TrustGap {
  /** The phase being rolled out (1-based). */
  readonly phase: number;
  readonly server: MachineState;
  readonly client: MachineState;
}

/**
 * The first pair of machines that would fail mutual TLS while some have phase k and the others
 * still run phase k-1 (both directions are checked: etcd verifies clients, clients verify etcd).
 * undefined: no such pair, in any phase.
 */
export function rotationGap(
  phases: readonly MachineState[] = ROTATION_PHASES,
  start: MachineState = BEFORE_ROTATION,
): TrustGap | undefined {
  const states = [start, ...phases];
  for (let i = 1; i < states.length; i++) {
    const mix = [states[i - 1]!, states[i]!];
    for (const server of mix)
      for (const client of mix)
        if (!server.trust.includes(client.leaves) || !client.trust.includes(server.leaves))
          return { phase: i, server, client };
  }
  return undefined;
}

/** The note at the top of each phase bundle's README (en, zh). */
export function phaseNote(p: RotationPhase): { en: string; zh: string } {
  const en = [
    `Phase 1 of 3 of a CA rotation (see ../RUNBOOK.md): every ca.crt holds the old and the new CA; certificates are unchanged. Restart each etcd member, one at a time, after installing its ca.crt.`,
    `Phase 2 of 3 of a CA rotation (see ../RUNBOOK.md): every certificate is from the new CA; ca.crt still holds both CAs. Install phase 1 everywhere first.`,
    `Phase 3 of 3 of a CA rotation (see ../RUNBOOK.md): ca.crt holds only the new CA. Install phase 2 everywhere first. Keep this bundle for renew and add-member.`,
  ][p.phase - 1]!;
  const zh = [
    `CA 轮换 3 个阶段中的第 1 阶段（见 ../RUNBOOK.md）：每个 ca.crt 同时包含旧 CA 和新 CA；证书不变。安装 ca.crt 后，每次重启一个 etcd 成员。`,
    `CA 轮换 3 个阶段中的第 2 阶段（见 ../RUNBOOK.md）：所有证书都由新 CA 签发；ca.crt 仍包含两个 CA。请先在所有机器上完成第 1 阶段。`,
    `CA 轮换 3 个阶段中的第 3 阶段（见 ../RUNBOOK.md）：ca.crt 只包含新 CA。请先在所有机器上完成第 2 阶段。今后续期和添加成员请使用本证书包。`,
  ][p.phase - 1]!;
  return { en, zh };
}

/**
 * The new CA's common name: the old one with today's date (a date suffix it already has is
 * replaced), so that both CAs in a trust file are told apart by name as well as by key.
 */
export function rotatedCommonName(old: string, now: Date): string {
  const day = now.toISOString().slice(0, 10).replace(/-/g, '');
  const base = old.replace(/-\d{8}$/, '');
  return `${base.slice(0, 64 - 9)}-${day}`;
}
