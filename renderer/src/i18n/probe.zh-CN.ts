/** 实时检查的简体中文界面文字（判定文字来自 shared/probe/messages-zh-CN.ts）。 */
import type { Messages } from './en';

/** 简体中文。 */
export const probeZh: Messages['probe'] = {
  live: {
    title: '实时检查',
    intro:
      '连接上方端点（客户端和对等地址）上正在运行的成员：查看每个成员出示的证书链，按 Go 客户端的规则检查主机名和信任关系，检查它是否接受客户端证书，以及 HTTP 网关是否响应。',
    only: '只会连接这些 URL。只写主机名表示 https://主机:2379。',
    ca: 'CA 文件',
    cert: '客户端证书',
    key: '客户端私钥',
    none: '无',
    addFiles: '添加文件…',
    filesHint:
      '文件来自上方拖入的文件；通过桌面对话框选择的文件只保存在主进程中，请在这里重新添加。',
    run: '实时检查',
    noEndpoints: '请先在上方填写至少一个端点。',
  },
  verify: {
    title: '检查我的集群',
    intro: '在成员上安装好文件并启动 etcd 后，可以在这里用导出包自带的 etcdctl 证书来检查集群。',
    urls: '要检查的端点（计划中的客户端地址；也可以加入对等地址一起检查）',
    run: '检查集群',
  },
  results: {
    /** Between a label and its text. */
    colon: '：',
    label: '实时检查结果',
    summary_one: '已检查 {{count}} 个端点：{{ok}} 个正常，{{warn}} 个有警告，{{fail}} 个有问题',
    summary_other: '已检查 {{count}} 个端点：{{ok}} 个正常，{{warn}} 个有警告，{{fail}} 个有问题',
    checking_one: '正在检查 {{count}} 个端点…',
    checking_other: '正在检查 {{count}} 个端点…',
    endpoint: '端点 {{url}}',
    dialled: '实际连接 {{url}}',
    etcd: 'etcd {{version}}',
    seenAs: '各工具的输出',
    fix: '处理方法',
    chain_one: '出示的证书链（{{count}} 张证书）',
    chain_other: '出示的证书链（{{count}} 张证书）',
    ca: 'CA 文件：{{subjects}}',
    noCa: '没有 CA 文件：未检查信任关系',
    client: '客户端证书：{{subject}}',
    clientFrom: '客户端证书：{{subject}}（{{from}}）',
    noClient: '没有客户端证书',
    failed: '无法执行检查',
  },
};
