import { inspectZh } from './inspect.zh-CN';
import { reviewZh } from './review.zh-CN';
import { setupZh } from './setup.zh-CN';
import type { Messages } from './en';

/** Simplified Chinese UI strings. */
export const zhCN: Messages = {
  setup: setupZh,
  review: reviewZh,
  inspect: inspectZh,
  app: {
    name: 'etcd TLS 向导',
    tagline: '为 etcd 及其客户端正确签发证书',
    footer: '版本 {{version}} · {{host}}',
    hostElectron: '桌面版',
    hostWeb: '浏览器模式',
    loading: '正在加载…',
  },
  nav: {
    label: '主要功能',
    wizard: '向导',
    inspector: '证书检查',
  },
  header: {
    language: '语言',
    theme: '主题',
    system: '跟随系统',
    light: '浅色',
    dark: '深色',
  },
  wizard: {
    title: '为 etcd 集群配置 TLS',
    intro:
      '填写集群成员和客户端，检查将要签发的证书，然后导出证书包，其中包含 etcd 启动参数、etcdctl 配置以及 Kubernetes 和 APISIX 配置文件。',
  },
  inspector: {
    title: '检查证书',
    intro: '拖入证书、私钥或整个证书包，查看其内容，以及 etcd、etcdctl 或 APISIX 为何会拒绝它们。',
  },
  errors: {
    title: '出现了问题',
    body: '这是 etcd TLS 向导的程序错误，并非您的操作有误。您的输入已保留，可以关闭此提示继续操作，或重新加载。',
    details: '详细信息',
    reload: '重新加载',
    dismiss: '关闭',
  },
};
