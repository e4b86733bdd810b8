import { describe, expect, it } from 'vitest';
import type { Day2Bundle, Day2Certificate } from '../../../shared/ipc/channels-day2';
import type { DecodedCertificate } from '../../../shared/pki/model';
import { INITIAL_FORM, changeOf, chosenIds, needsCaKey, splitAddresses } from './day2-form';

const NOW = Date.parse('2026-01-01T00:00:00Z');
const DAY = 86_400_000;

const leaf = (id: string, daysLeft: number): Day2Certificate => ({
  id,
  role: id.startsWith('client') ? 'client' : id.startsWith('peer') ? 'etcd-peer' : 'etcd-server',
  name: id.split(':')[1]!,
  file: `${id}.crt`,
  certificate: {
    notAfter: new Date(NOW + daysLeft * DAY).toISOString(),
  } as DecodedCertificate,
});

const bundle = {
  certificates: [leaf('server:n1', 10), leaf('peer:n1', 40), leaf('client:etcdctl', -2)],
} as unknown as Day2Bundle;

describe('the day-2 form', () => {
  it('counts what each renewal mode chooses; expired certificates count as expiring', () => {
    const r = INITIAL_FORM.renew;
    expect(chosenIds(bundle, { ...r, mode: 'all' }, NOW)).toHaveLength(3);
    expect(chosenIds(bundle, { ...r, mode: 'expiring', withinDays: 30 }, NOW)).toEqual([
      'server:n1',
      'client:etcdctl',
    ]);
    expect(chosenIds(bundle, { ...r, mode: 'expiring', withinDays: 1 }, NOW)).toEqual([
      'client:etcdctl',
    ]);
    expect(chosenIds(bundle, { ...r, mode: 'chosen', ids: ['peer:n1', 'gone'] }, NOW)).toEqual([
      'peer:n1',
    ]);
  });

  it('sends a change only when the form is complete', () => {
    const f = INITIAL_FORM;
    expect(changeOf(f)).toEqual({ kind: 'renew', select: { mode: 'expiring', withinDays: 30 } });
    expect(changeOf({ ...f, renew: { ...f.renew, withinDays: 0 } })).toBeUndefined();
    expect(changeOf({ ...f, renew: { ...f.renew, mode: 'chosen', ids: [] } })).toBeUndefined();
    const add = { ...f, action: 'add-member' as const };
    expect(changeOf({ ...add, add: { name: 'n4', addresses: ' ' } })).toBeUndefined();
    expect(
      changeOf({
        ...add,
        add: { name: ' n4 ', addresses: '10.0.0.4,  n4.example  ', peerPort: 2390 },
      }),
    ).toEqual({
      kind: 'add-member',
      member: { name: 'n4', addresses: ['10.0.0.4', 'n4.example'], peerPort: 2390 },
    });
    expect(changeOf({ ...f, action: 'remove-member' })).toBeUndefined();
    expect(changeOf({ ...f, action: 'remove-member', remove: 'n2' })).toEqual({
      kind: 'remove-member',
      name: 'n2',
    });
    expect(changeOf({ ...f, action: 'rotate-ca' })).toEqual({ kind: 'rotate-ca' });
    expect(changeOf({ ...f, action: 'rotate-ca', rotateName: ' ca-2 ' })).toEqual({
      kind: 'rotate-ca',
      commonName: 'ca-2',
    });
    expect(splitAddresses('a, b\nc')).toEqual(['a', 'b', 'c']);
  });

  it('asks for the CA key only when something is signed', () => {
    const f = INITIAL_FORM;
    expect(needsCaKey(f, bundle, NOW)).toBe(true);
    expect(needsCaKey({ ...f, renew: { ...f.renew, withinDays: 1 } }, bundle, NOW)).toBe(true);
    const none = { certificates: [leaf('server:n1', 100)] } as unknown as Day2Bundle;
    expect(needsCaKey(f, none, NOW)).toBe(false);
    expect(needsCaKey({ ...f, action: 'add-member' }, none, NOW)).toBe(true);
    expect(needsCaKey({ ...f, action: 'remove-member' }, bundle, NOW)).toBe(false);
    expect(needsCaKey({ ...f, action: 'rotate-ca' }, bundle, NOW)).toBe(false);
  });
});
