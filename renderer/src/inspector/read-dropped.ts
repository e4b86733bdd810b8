/**
 * Turns what the user dropped or picked (files, whole folders) into the payloads main decodes.
 * The renderer only reads bytes: a file over the size cap is not even read, it is sent with its
 * size so main answers "too large" for it alone.
 */
import {
  INSPECT_MAX_FILE_BYTES,
  INSPECT_MAX_FILES,
  type InspectFilePayload,
} from '../../../shared/ipc/channels-inspect';

/** A file and the path it had inside a dropped folder. */
export interface NamedFile {
  readonly file: File;
  readonly name: string;
}

const readAll = (reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> =>
  new Promise((resolve, reject) => {
    const out: FileSystemEntry[] = [];
    // readEntries answers in batches (100 in Chromium) until it returns an empty one.
    const next = () =>
      reader.readEntries((batch) => {
        if (batch.length === 0) return resolve(out);
        out.push(...batch);
        next();
      }, reject);
    next();
  });

const fileOf = (entry: FileSystemFileEntry): Promise<File> =>
  new Promise((resolve, reject) => entry.file(resolve, reject));

async function walk(entry: FileSystemEntry, prefix: string, out: NamedFile[]): Promise<void> {
  if (out.length >= INSPECT_MAX_FILES) return;
  const name = prefix ? `${prefix}/${entry.name}` : entry.name;
  if (entry.isFile) out.push({ file: await fileOf(entry as FileSystemFileEntry), name });
  else if (entry.isDirectory) {
    const children = await readAll((entry as FileSystemDirectoryEntry).createReader());
    children.sort((a, b) => a.name.localeCompare(b.name));
    for (const c of children) await walk(c, name, out);
  }
}

/**
 * The files of a drop, folders walked. Must be called inside the drop handler: the items are
 * only readable during the event, so the entries are taken synchronously first.
 */
export function filesFromDrop(dt: DataTransfer): Promise<NamedFile[]> {
  const entries = Array.from(dt.items ?? [])
    .filter((i) => i.kind === 'file')
    .map((i) => i.webkitGetAsEntry?.() ?? null);
  const plain = Array.from(dt.files);
  return (async () => {
    if (entries.length === 0 || entries.some((e) => e === null))
      return plain.map((file) => ({ file, name: file.name }));
    const out: NamedFile[] = [];
    for (const e of entries) await walk(e!, '', out);
    return out;
  })();
}

/** Files from an <input type=file> (with `webkitdirectory`, names keep the folder path). */
export const filesFromInput = (list: FileList | null): NamedFile[] =>
  Array.from(list ?? []).map((file) => ({ file, name: file.webkitRelativePath || file.name }));

/** Reads the bytes of each file under the cap; bigger files go with their size only. */
export async function toPayloads(files: readonly NamedFile[]): Promise<InspectFilePayload[]> {
  return Promise.all(
    files
      .slice(0, INSPECT_MAX_FILES)
      .map(async ({ file, name }) =>
        file.size > INSPECT_MAX_FILE_BYTES
          ? { name, bytes: new Uint8Array(0), size: file.size }
          : { name, bytes: new Uint8Array(await file.arrayBuffer()) },
      ),
  );
}
