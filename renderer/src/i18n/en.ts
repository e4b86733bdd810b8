import { day2En } from './day2.en';
import { inspectEn } from './inspect.en';
import { probeEn } from './probe.en';
import { reviewEn } from './review.en';
import { setupEn } from './setup.en';

/** English UI strings; the shape every other language must match (zh-CN.ts is typed by it). */
export const en = {
  /** Wizard steps 1-4 (start, CA, members, clients). */
  setup: setupEn,
  /** Wizard steps 5-6 (review, export). */
  review: reviewEn,
  /** The inspector page. */
  inspect: inspectEn,
  /** The day-2 page (an existing bundle). */
  day2: day2En,
  /** The live check of running members (inspector and export step). */
  probe: probeEn,
  app: {
    name: 'etcd TLS Wizard',
    tagline: 'Certificates for etcd and its clients, done right',
    footer: 'Version {{version}} · {{host}}',
    hostElectron: 'desktop',
    hostWeb: 'browser host',
    loading: 'Loading…',
    /** Between a label and its text ("Error: …"); Chinese uses a full-width colon. */
    colon: ': ',
    skip: 'Skip to main content',
  },
  nav: {
    label: 'Main sections',
    wizard: 'Wizard',
    inspector: 'Inspector',
    day2: 'Existing bundle',
  },
  header: {
    language: 'Language',
    theme: 'Theme',
    system: 'System',
    light: 'Light',
    dark: 'Dark',
  },
  wizard: {
    title: 'Set up TLS for an etcd cluster',
    intro:
      'Describe your members and clients, review the certificates, then export a bundle with etcd flags, etcdctl settings and Kubernetes and APISIX files.',
  },
  inspector: {
    title: 'Inspect certificates',
    intro:
      'Drop certificates, keys or a whole bundle to see what they contain and why etcd, etcdctl or APISIX would reject them.',
  },
  errors: {
    title: 'Something went wrong',
    body: 'This is a bug in etcd TLS Wizard, not something you did. Your inputs are kept; you can dismiss this and carry on, or reload.',
    details: 'Details',
    reload: 'Reload',
    dismiss: 'Dismiss',
  },
} as const;

type Strings<T> = { readonly [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };
/** The message tree every language provides. */
export type Messages = Strings<typeof en>;
