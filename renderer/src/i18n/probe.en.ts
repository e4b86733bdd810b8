/**
 * English strings of the live check (owned by renderer/src/probe; zh-CN must have the same keys).
 * The verdict texts themselves come from shared/probe/messages-*.ts, as the CLI's do.
 */
export const probeEn = {
  live: {
    title: 'Check live',
    intro:
      'Connect to the running members at the endpoints above (client and peer URLs): see the chain each one serves, check host name and trust as Go clients do, whether it accepts the client certificate, and whether its HTTP gateway answers.',
    only: 'Only these URLs are contacted. A bare host name means https://host:2379.',
    ca: 'CA file',
    cert: 'Client certificate',
    key: 'Client key',
    none: 'none',
    addFiles: 'Add files…',
    filesHint:
      'Files come from those dropped above; picked through the desktop dialog, they stay in the main process: add them here instead.',
    run: 'Check live',
    noEndpoints: 'Enter at least one endpoint above.',
  },
  verify: {
    title: 'Verify my cluster',
    intro:
      'Once the files are installed on the members and etcd is running, check the cluster from here with the bundle’s own etcdctl certificate.',
    urls: 'Endpoints to check (the plan’s client URLs; add peer URLs to check those too)',
    run: 'Check the cluster',
  },
  results: {
    /** Between a label and its text. */
    colon: ': ',
    label: 'Live check results',
    summary_one:
      '{{count}} endpoint checked: {{ok}} working, {{warn}} with warnings, {{fail}} with problems',
    summary_other:
      '{{count}} endpoints checked: {{ok}} working, {{warn}} with warnings, {{fail}} with problems',
    checking_one: 'Checking {{count}} endpoint…',
    checking_other: 'Checking {{count}} endpoints…',
    endpoint: 'Endpoint {{url}}',
    dialled: 'dialled as {{url}}',
    etcd: 'etcd {{version}}',
    seenAs: 'What the tools print',
    fix: 'What to do',
    chain_one: 'Served chain ({{count}} certificate)',
    chain_other: 'Served chain ({{count}} certificates)',
    ca: 'CA file: {{subjects}}',
    noCa: 'No CA file: trust not checked',
    client: 'Client certificate: {{subject}}',
    clientFrom: 'Client certificate: {{subject}} ({{from}})',
    noClient: 'No client certificate',
    failed: 'The check could not run',
  },
};
