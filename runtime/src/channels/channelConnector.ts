// The connector to the services that carry notifications outside OneGo: the region's SMS platform (短信平台)
// and its mail relay. Only I/O lives behind this interface: what to send (templates), when, retries and
// recording the outcome are the channel sender's (channelSender.ts). Implementations: HttpChannelGateway
// (examples/notification-gateway serves its protocol).

export type Channel = 'sms' | 'email';

/** A message as rendered when it was queued: the template and its parameters, and the text they give. */
export interface ChannelMessage {
  /** The template's code (a kind of notification), as an SMS platform registers templates. */
  template: string;
  language: 'zh' | 'en';
  params: Record<string, string>;
  text: string;
  /** E-mail only. */
  subject?: string;
}

export interface ChannelSend {
  /** The delivery's id: the same on every attempt, so that the gateway sends it once. */
  id: string;
  channel: Channel;
  /** A mobile number (sms) or an e-mail address. */
  to: string;
  message: ChannelMessage;
}

export interface ChannelConnector {
  /** The channels this connector can send on (those configured). */
  readonly channels: ReadonlySet<Channel>;
  /** Resolves once the gateway accepted the message, or rejects with a ChannelError. */
  send(delivery: ChannelSend, signal: AbortSignal): Promise<void>;
}

/** Why a message was not accepted. `permanent`: sending it again cannot help (the gateway refused it). */
export class ChannelError extends Error {
  constructor(
    readonly reason: 'unreachable' | 'timeout' | 'http-error' | 'refused' | 'not-configured',
    message: string,
    readonly permanent = false,
  ) {
    super(message);
  }
}
