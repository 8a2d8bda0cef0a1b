// Where the server may send requests of its own (webhooks, the data-sharing connector): public unicast
// addresses only, unless the operator allow-lists a host name or an address range (ONEGO_OUTBOUND_ALLOW,
// comma-separated, e.g. "hooks.internal.gov.cn,10.20.0.0/16,127.0.0.1"). Refused: loopback, private,
// link-local (169.254.169.254, the cloud metadata address), unique-local IPv6, carrier-grade NAT, reserved
// and multicast ranges, the cloud metadata host names, and URLs carrying a user name or password — so
// that an admin's webhook cannot make the server probe its own network (SSRF). The URL is checked when it
// is registered; the addresses its name resolves to are checked again when connecting (outboundFetch.ts),
// as DNS may answer differently by then (DNS rebinding).
import ipaddr from 'ipaddr.js';

/** Why a target is refused (a stable word, shown in codes and messages). */
export type OutboundRefusal = 'scheme' | 'credentials' | 'metadata' | 'loopback' | 'private' | 'link-local' | 'unique-local' | 'reserved';

/** Host names of cloud metadata services (and the loopback name), refused whatever they resolve to. */
const METADATA_HOSTS = new Set(['metadata.google.internal', 'metadata.goog', 'metadata', 'instance-data', 'instance-data.ec2.internal', 'metadata.azure.internal', 'metadata.tencentyun.com', 'localhost']);

/** The refusal of an address range of ipaddr.js ('unicast' alone is public). */
function rangeRefusal(range: string): OutboundRefusal | undefined {
  switch (range) {
    case 'unicast':
      return undefined;
    case 'loopback':
      return 'loopback';
    case 'private':
    case 'carrierGradeNat':
      return 'private';
    case 'linkLocal':
      return 'link-local';
    case 'uniqueLocal':
      return 'unique-local';
    default:
      return 'reserved'; // unspecified, broadcast, multicast, documentation, benchmarking, 6to4/teredo relays…
  }
}

/** The host of a URL as compared here: lower case, without IPv6 brackets or a final dot. */
const hostOf = (url: URL) => normalHost(url.hostname.replace(/^\[|\]$/g, ''));
const normalHost = (host: string) => host.toLowerCase().replace(/\.$/, '');

export class OutboundPolicy {
  private readonly hosts = new Set<string>();
  private readonly ranges: [ipaddr.IPv4 | ipaddr.IPv6, number][] = [];

  /** `allow`: host names and CIDRs (or single addresses); throws on an entry that is neither. */
  constructor(allow: readonly string[] = []) {
    for (const raw of allow) {
      const entry = raw.trim().toLowerCase();
      if (entry === '') continue;
      if (entry.includes('/')) {
        if (!ipaddr.isValidCIDR(entry)) throw new Error(`ONEGO_OUTBOUND_ALLOW: "${raw}" is not a CIDR range`);
        this.ranges.push(ipaddr.parseCIDR(entry));
      } else if (ipaddr.isValid(entry.replace(/^\[|\]$/g, ''))) {
        const address = ipaddr.process(entry.replace(/^\[|\]$/g, ''));
        this.ranges.push([address, address.kind() === 'ipv4' ? 32 : 128]);
      } else if (/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/.test(entry)) {
        this.hosts.add(entry);
      } else {
        throw new Error(`ONEGO_OUTBOUND_ALLOW: "${raw}" is neither a host name nor an address range`);
      }
    }
  }

  /** Parses ONEGO_OUTBOUND_ALLOW. */
  static fromList(list: string | undefined): OutboundPolicy {
    return new OutboundPolicy((list ?? '').split(','));
  }

  /** This policy with more entries allowed (e.g. the example data provider this process starts itself). */
  with(more: readonly string[]): OutboundPolicy {
    const copy = new OutboundPolicy(more);
    for (const host of this.hosts) copy.hosts.add(host);
    copy.ranges.push(...this.ranges);
    return copy;
  }

  private hostAllowed(host: string): boolean {
    return this.hosts.has(host);
  }

  /** Why an address may not be connected to, or undefined when it may. */
  addressRefusal(address: string): OutboundRefusal | undefined {
    if (!ipaddr.isValid(address)) return 'reserved';
    const parsed = ipaddr.process(address);
    if (this.ranges.some(([range, bits]) => range.kind() === parsed.kind() && parsed.match(range, bits))) return undefined;
    return rangeRefusal(parsed.range());
  }

  /** Why a URL may not be a target, judged on the URL alone (its host's addresses are checked when connecting). */
  urlRefusal(target: string | URL): OutboundRefusal | undefined {
    let url: URL;
    try {
      url = typeof target === 'string' ? new URL(target) : target;
    } catch {
      return 'scheme';
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'scheme';
    const host = hostOf(url);
    if (this.hostAllowed(host)) return undefined;
    if (url.username !== '' || url.password !== '') return 'credentials';
    if (ipaddr.isValid(host)) return this.addressRefusal(host);
    if (METADATA_HOSTS.has(host) || host.endsWith('.localhost') || host.endsWith('.internal')) return 'metadata';
    return undefined;
  }

  /** Whether a resolved address of `host` may be connected to (an allow-listed host name may resolve anywhere). */
  resolvedRefusal(host: string, address: string): OutboundRefusal | undefined {
    if (this.hostAllowed(normalHost(host))) return undefined;
    return this.addressRefusal(address);
  }
}
