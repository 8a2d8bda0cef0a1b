// The ChannelConnector over HTTP JSON (examples/notification-gateway serves this protocol):
//   POST <ONEGO_SMS_URL>     Idempotency-Key: <delivery id>   {id, to, template, language, params, text}
//   POST <ONEGO_EMAIL_URL>   Idempotency-Key: <delivery id>   {id, to, template, language, params, subject, text}
//   → any 2xx: accepted. 4xx other than 408 and 429: refused for good (a number it will not send to);
//     anything else, a timeout or no answer: tried again later.
// One attempt per call, with a timeout: the channel sender retries with backoff.
import { outboundFailure, type OutboundFetch } from '../outbound/outboundFetch.ts';
import { ChannelError, type Channel, type ChannelConnector, type ChannelSend } from './channelConnector.ts';

export interface HttpChannelGatewayConfig {
  urls: Partial<Record<Channel, string>>;
  token?: string;
  timeoutMs: number;
}

export class HttpChannelGateway implements ChannelConnector {
  readonly channels: ReadonlySet<Channel>;

  constructor(
    private readonly config: HttpChannelGatewayConfig,
    private readonly fetchOutbound: OutboundFetch,
  ) {
    this.channels = new Set(Object.keys(config.urls) as Channel[]);
  }

  async send(delivery: ChannelSend, signal: AbortSignal): Promise<void> {
    const url = this.config.urls[delivery.channel];
    if (!url) throw new ChannelError('not-configured', `no gateway for ${delivery.channel}`);
    let response;
    try {
      response = await this.fetchOutbound(url, {
        method: 'POST',
        redirect: 'manual',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json',
          'idempotency-key': delivery.id,
          ...(this.config.token ? { authorization: `Bearer ${this.config.token}` } : {}),
        },
        body: JSON.stringify({ id: delivery.id, to: delivery.to, ...delivery.message }),
        signal: AbortSignal.any([signal, AbortSignal.timeout(this.config.timeoutMs)]),
      });
    } catch (error) {
      const failure = outboundFailure(error);
      throw new ChannelError(failure === 'timeout' ? 'timeout' : 'unreachable', `the ${delivery.channel} gateway could not be reached (${failure})`);
    }
    await response.body?.cancel().catch(() => undefined);
    if (response.status >= 200 && response.status < 300) return;
    const permanent = response.status >= 400 && response.status < 500 && response.status !== 408 && response.status !== 429;
    throw new ChannelError(permanent ? 'refused' : 'http-error', `the ${delivery.channel} gateway answered status ${response.status}`, permanent);
  }
}
