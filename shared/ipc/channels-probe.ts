/**
 * Live check channel: dial etcd members and report what they serve and accept. The TLS material
 * is either files the window got by drop or pick (bytes, never paths) or the client files of a
 * bundle this app exported, named by the folder id main handed out.
 */
import * as z from 'zod';
import type { ProbeReport } from '../probe/types';
import { filePayload, handleId, request, type RequestSpec } from './define';
import type { TextId } from '../text/text';

/** Most URLs one check dials (a cluster has a handful of members, each with two URLs). */
export const PROBE_MAX_URLS = 64;

/** Request channels of the `probe` domain. */
export const probeRequests = {
  'probe:check-endpoints': request(
    z
      .strictObject({
        /** Client or peer URLs (`https://host:port`); checked one by one. */
        urls: z
          .array(z.string().min(1).max(2048))
          .min(1, 'give at least one URL')
          .max(PROBE_MAX_URLS, `at most ${PROBE_MAX_URLS} URLs at once`),
        /** CA file, client certificate and key the user dropped or picked. */
        files: z
          .strictObject({
            ca: filePayload.optional(),
            cert: filePayload.optional(),
            key: filePayload.optional(),
          })
          .optional(),
        /** Use the etcdctl client files of the bundle exported to this folder. */
        exportFolderId: handleId.optional(),
      })
      .refine((a) => a.files === undefined || a.exportFolderId === undefined, {
        message: 'request.files-or-folder' satisfies TextId,
      }),
  ).returns<ProbeReport>(),
} satisfies Record<`probe:${string}`, RequestSpec<z.ZodType, unknown>>;
