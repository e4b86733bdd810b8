/**
 * Field labels by plan path, so that the blocked-Next summary, the fields and the plan file
 * notice say the same. Apart from validation.ts, whose plan checks (zod) the first screen does
 * not load.
 */
import type { TFunction } from 'i18next';

const LABELS: readonly [RegExp, (m: RegExpExecArray, t: TFunction) => string][] = [
  [/^ca\.commonName/, (_m, t) => t('setup.field.caCommonName')],
  [/^ca\.organization/, (_m, t) => t('setup.field.caOrganization')],
  [/^ca\.key/, (_m, t) => t('setup.field.caKey')],
  [/^ca\.validityDays/, (_m, t) => t('setup.field.caValidity')],
  [/^leaf\.key/, (_m, t) => t('setup.field.leafKey')],
  [/^leaf\.validityDays/, (_m, t) => t('setup.field.leafValidity')],
  [/^cluster\.members\[(\d+)\]\.name/, (m, t) => t('setup.field.memberName', { n: +m[1]! + 1 })],
  [
    /^cluster\.members\[(\d+)\]\.addresses/,
    (m, t) => t('setup.field.memberAddresses', { n: +m[1]! + 1 }),
  ],
  [
    /^cluster\.members\[(\d+)\]\.clientPort/,
    (m, t) => t('setup.field.memberClientPort', { n: +m[1]! + 1 }),
  ],
  [
    /^cluster\.members\[(\d+)\]\.peerPort/,
    (m, t) => t('setup.field.memberPeerPort', { n: +m[1]! + 1 }),
  ],
  [/^cluster\.members\[(\d+)\]/, (m, t) => t('setup.field.member', { n: +m[1]! + 1 })],
  [/^cluster\.members/, (_m, t) => t('setup.field.members')],
  [/^cluster\.clientPort/, (_m, t) => t('setup.field.clientPort')],
  [/^cluster\.peerPort/, (_m, t) => t('setup.field.peerPort')],
  [/^cluster\.extraSans/, (_m, t) => t('setup.field.extraSans')],
  [/^etcd\.clusterToken/, (_m, t) => t('setup.field.clusterToken')],
  [/^etcd\.version/, (_m, t) => t('setup.field.etcdVersion')],
  [/^pkiDir/, (_m, t) => t('setup.field.pkiDir')],
  [/^dataDir/, (_m, t) => t('setup.field.dataDir')],
  [/^clients\[(\d+)\]\.name/, (m, t) => t('setup.field.customName', { n: +m[1]! + 1 })],
  [/^clients\[(\d+)\]\.commonName/, (m, t) => t('setup.field.customCn', { n: +m[1]! + 1 })],
  [/^clients\[(\d+)\]/, (m, t) => t('setup.field.client', { n: +m[1]! + 1 })],
  [/^apisix\.hosts/, (_m, t) => t('setup.field.apisixHosts')],
  [/^apisix\.sni/, (_m, t) => t('setup.field.apisixSni')],
  [/^apisix\.prefix/, (_m, t) => t('setup.field.apisixPrefix')],
  [/^apisix\.discovery\.apiServerHost/, (_m, t) => t('setup.field.discoveryHost')],
  [/^apisix\.discovery\.apiServerPort/, (_m, t) => t('setup.field.discoveryPort')],
  [/^apisix\.discovery\.namespace/, (_m, t) => t('setup.field.discoveryNamespace')],
  [/^apisix\.discovery\.serviceAccount/, (_m, t) => t('setup.field.discoveryAccount')],
  [/^kubernetes\.namespace/, (_m, t) => t('setup.field.secretNamespace')],
];

/** The label of the field a plan path belongs to, in the user's language. */
export function pathLabel(path: string, t: TFunction): string {
  for (const [re, label] of LABELS) {
    const m = re.exec(path);
    if (m) return label(m, t);
  }
  return path || t('setup.field.plan');
}
