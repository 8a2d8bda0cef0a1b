// OUTBOUND_TARGET_REFUSED (422 at the HTTP edge): a webhook (or other outbound) target the outbound
// policy refuses, with why in zh and en and the stable reason word in `reason`.
import { DomainError } from '../domainError.ts';
import type { OutboundRefusal } from './outboundPolicy.ts';

const REASONS: Record<OutboundRefusal, { zh: string; en: string }> = {
  scheme: { zh: '只能是 http 或 https 地址', en: 'only http and https URLs are allowed' },
  credentials: { zh: '地址中不能包含用户名或密码', en: 'the URL may not carry a user name or password' },
  metadata: { zh: '指向云平台元数据服务或本机', en: 'it names a cloud metadata service or this machine' },
  loopback: { zh: '指向本机（环回地址）', en: 'it is a loopback address' },
  private: { zh: '指向内网地址', en: 'it is a private network address' },
  'link-local': { zh: '指向链路本地地址（含云平台元数据地址）', en: 'it is a link-local address (such as the cloud metadata address)' },
  'unique-local': { zh: '指向 IPv6 内网（唯一本地）地址', en: 'it is a unique-local IPv6 address' },
  reserved: { zh: '指向保留或不可路由的地址', en: 'it is a reserved or non-routable address' },
};

export const outboundRefused = (reason: OutboundRefusal) =>
  new DomainError('OUTBOUND_TARGET_REFUSED', { reasonZh: REASONS[reason].zh, reasonEn: REASONS[reason].en }, { reason });
