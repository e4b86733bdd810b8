import { day2Zh } from './day2.zh-CN';
import { inspectZh } from './inspect.zh-CN';
import { probeZh } from './probe.zh-CN';
import { reviewZh } from './review.zh-CN';
import { setupZh } from './setup.zh-CN';
import type { Messages } from './en';

/** Simplified Chinese UI strings. */
export const zhCN: Messages = {
  setup: setupZh,
  review: reviewZh,
  inspect: inspectZh,
  day2: day2Zh,
  probe: probeZh,
  app: {
    name: 'etcd TLS 向导',
    tagline: '为 etcd 及其客户端正确签发证书',
    footer: '版本 {{version}} · {{host}}',
    hostElectron: '桌面版',
    hostWeb: '浏览器模式',
    loading: '正在加载…',
    colon: '：',
    skip: '跳到主要内容',
  },
  nav: {
    label: '主要功能',
    wizard: '向导',
    inspector: '证书诊断',
    day2: '已有证书包',
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
      '填写集群成员和客户端，核对将要签发的证书，然后导出证书包，其中包含 etcd 启动参数、etcdctl 配置以及 Kubernetes 和 APISIX 配置文件。',
  },
  inspector: {
    title: '证书诊断',
    intro:
      '拖入证书、私钥或整个证书包，查看其中的内容，并找出 etcd、etcdctl 或 APISIX 拒绝它们的原因。',
  },
  errors: {
    title: '出现了问题',
    body: '这是 etcd TLS 向导自身的缺陷，不是您操作有误。您填写的内容都还在，可以关闭提示继续操作，也可以重新加载。',
    details: '详细信息',
    reload: '重新加载',
    dismiss: '关闭',
  },
};
