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
