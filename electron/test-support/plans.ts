/** Plan files the CLI and service tests share. */

/** The smallest useful plan: one member on 10.0.0.1 and an etcdctl client. */
export const ONE_MEMBER_PLAN = `version: 1
cluster:
  members:
    - name: n1
      addresses: [10.0.0.1]
clients: [etcdctl]
`;
