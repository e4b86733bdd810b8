/**
 * The written bundle as a folder tree: every file with its protection (keys 0600, scripts
 * executable) and size, so the user sees exactly what landed on disk.
 */
import { Tag, Tree, Typography } from 'antd';
import type { DataNode } from 'antd/es/tree';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { WrittenFile } from '../../../../shared/ipc/channels-export';

interface Folder {
  readonly folders: Map<string, Folder>;
  readonly files: WrittenFile[];
}

/** Builds a folder tree from bundle-relative paths. */
export function folderTree(files: readonly WrittenFile[]): Folder {
  const root: Folder = { folders: new Map(), files: [] };
  for (const f of files) {
    const parts = f.path.split('/');
    let at = root;
    for (const p of parts.slice(0, -1)) {
      let next = at.folders.get(p);
      if (!next) at.folders.set(p, (next = { folders: new Map(), files: [] }));
      at = next;
    }
    at.files.push(f);
  }
  return root;
}

/** The tree of written files. */
export function WrittenTree({ files }: { readonly files: readonly WrittenFile[] }) {
  const { t } = useTranslation();
  const data = useMemo(() => {
    const toNodes = (folder: Folder, prefix: string): DataNode[] => [
      ...[...folder.folders.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([name, sub]) => ({
          key: `${prefix}${name}/`,
          title: <Typography.Text strong>{name}/</Typography.Text>,
          children: toNodes(sub, `${prefix}${name}/`),
        })),
      ...folder.files
        .slice()
        .sort((a, b) => a.path.localeCompare(b.path))
        .map((f) => ({
          key: f.path,
          isLeaf: true,
          title: (
            <span>
              <Typography.Text>{f.path.split('/').pop()}</Typography.Text>{' '}
              {f.mode === 'secret' && <Tag color="red">{t('review.export.secret')}</Tag>}
              {f.mode === 'executable' && <Tag color="blue">{t('review.export.executable')}</Tag>}
              <Typography.Text type="secondary">
                {t('review.export.size', { count: f.size })}
              </Typography.Text>
            </span>
          ),
        })),
    ];
    return toNodes(folderTree(files), '');
  }, [files, t]);
  return (
    <Tree
      aria-label={t('review.export.treeLabel')}
      treeData={data}
      defaultExpandAll
      showLine
      selectable={false}
      virtual={false}
    />
  );
}
