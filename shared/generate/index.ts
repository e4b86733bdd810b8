/** Public API of the bundle generators (issue 3): text files in, PEM locations for the writer. */
export { generateBundleFiles, clientRoles } from './bundle';
export {
  bundleLayout,
  memberPaths,
  etcdctlDir,
  kubernetesSecretPath,
  KUBEADM_PATHS,
  APISIX_PATHS,
} from './paths';
export { kubernetesSecrets, clientSecretName } from './kubernetes';
export { exampleBundleInput } from './example-input';
export type * from './types';
