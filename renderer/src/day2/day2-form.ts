/**
 * The day-2 form as data: what the user chose, turned into the change main prepares, and what
 * still keeps "Show what will change" disabled. Pure, so the rules are tested without a window.
 */
import type { Day2Bundle, Day2Change, Day2ChangeKind } from '../../../shared/ipc/channels-day2';

/** The renewal choice. */
export interface RenewForm {
  readonly mode: 'all' | 'expiring' | 'chosen';
  readonly withinDays: number;
  /** Ticked certificate ids (mode `chosen`). */
  readonly ids: readonly string[];
}

/** The add-member fields as typed. */
export interface AddMemberForm {
  readonly name: string;
  /** IPs and DNS names, separated by commas or spaces. */
  readonly addresses: string;
  readonly clientPort?: number;
  readonly peerPort?: number;
}

/** Everything the change step holds. */
export interface Day2Form {
  readonly action: Day2ChangeKind;
  readonly renew: RenewForm;
  readonly add: AddMemberForm;
  /** The member to remove. */
  readonly remove?: string;
  /** The new CA's common name; empty: the default (old name with today's date). */
  readonly rotateName: string;
}

/** The form as it starts: renew what expires within 30 days. */
export const INITIAL_FORM: Day2Form = {
  action: 'renew',
  renew: { mode: 'expiring', withinDays: 30, ids: [] },
  add: { name: '', addresses: '' },
  rotateName: '',
};

const DAY_MS = 86_400_000;

/** The addresses typed, split on commas and white space. */
export const splitAddresses = (text: string): string[] =>
  text
    .split(/[\s,]+/)
    .map((a) => a.trim())
    .filter(Boolean);

/** Ids of the bundle's certificates that end before `now + days` (expired ones included). */
export function expiringIds(bundle: Day2Bundle, days: number, now: number): string[] {
  const limit = now + days * DAY_MS;
  return bundle.certificates
    .filter((c) => Date.parse(c.certificate.notAfter) <= limit)
    .map((c) => c.id);
}

/** The ids a renewal form chooses (for counts; main decides again with its own clock). */
export function chosenIds(bundle: Day2Bundle, r: RenewForm, now: number): string[] {
  if (r.mode === 'all') return bundle.certificates.map((c) => c.id);
  if (r.mode === 'expiring') return expiringIds(bundle, r.withinDays, now);
  return bundle.certificates.filter((c) => r.ids.includes(c.id)).map((c) => c.id);
}

/** The change to send, or undefined while the form is incomplete. */
export function changeOf(form: Day2Form): Day2Change | undefined {
  switch (form.action) {
    case 'renew': {
      const r = form.renew;
      if (r.mode === 'all') return { kind: 'renew', select: { mode: 'all' } };
      if (r.mode === 'expiring')
        return Number.isInteger(r.withinDays) && r.withinDays >= 1 && r.withinDays <= 3650
          ? { kind: 'renew', select: { mode: 'expiring', withinDays: r.withinDays } }
          : undefined;
      return r.ids.length > 0
        ? { kind: 'renew', select: { mode: 'chosen', ids: [...r.ids] } }
        : undefined;
    }
    case 'add-member': {
      const name = form.add.name.trim();
      const addresses = splitAddresses(form.add.addresses);
      if (!name || addresses.length === 0) return undefined;
      return {
        kind: 'add-member',
        member: {
          name,
          addresses,
          ...(form.add.clientPort ? { clientPort: form.add.clientPort } : {}),
          ...(form.add.peerPort ? { peerPort: form.add.peerPort } : {}),
        },
      };
    }
    case 'remove-member':
      return form.remove ? { kind: 'remove-member', name: form.remove } : undefined;
    case 'rotate-ca': {
      const name = form.rotateName.trim();
      return { kind: 'rotate-ca', ...(name ? { commonName: name } : {}) };
    }
  }
}

/** True when preparing the change signs with the bundle's CA (so its key must be unlocked). */
export function needsCaKey(form: Day2Form, bundle: Day2Bundle, now: number): boolean {
  // Loose certificates are all issued again.
  if (bundle.origin === 'inspection' || form.action === 'add-member') return true;
  if (form.action !== 'renew') return false;
  return chosenIds(bundle, form.renew, now).length > 0;
}
