// Where a connector to another system (data sharing, issuing, payments) sends its requests: the configured
// URL, which the outbound policy must allow, or in dev mode the example system started in this process
// (on loopback, allowed for this connector alone), or none.
import type { Logger } from 'pino';
import type { OutboundPolicy } from '../outbound/outboundPolicy.ts';

export interface Example {
  close(): Promise<void>;
}

export interface Endpoint {
  url: string | undefined;
  /** The policy its requests go under. */
  policy: OutboundPolicy;
}

/** `ONEGO_<NAME>_URL is refused …`: an endpoint the outbound policy does not allow. */
export function refusedUrl(variable: string, refusal: string): Error {
  return new Error(`${variable} is refused (${refusal}): allow its host or address with ONEGO_OUTBOUND_ALLOW if it is a trusted internal service`);
}

export async function connectorEndpoint<E extends Example>(options: {
  /** The variable that configures it, for the refusal (ONEGO_ISSUING_URL). */
  variable: string;
  configured: string | undefined;
  outbound: OutboundPolicy;
  /** Starts the example system in dev mode (undefined: not in dev mode, or it does not exist). */
  example: (() => Promise<E | undefined>) | undefined;
  /** The example's endpoint. */
  urlOf: (example: E) => string;
  /** Every example started (to close it with the process). */
  started: Example[];
  log: Logger;
  /** What the log says when the example runs. */
  says: string;
}): Promise<Endpoint> {
  const { configured, outbound } = options;
  const refusal = configured ? outbound.urlRefusal(configured) : undefined;
  if (refusal) throw refusedUrl(options.variable, refusal);
  if (configured || !options.example) return { url: configured, policy: outbound };
  const example = await options.example();
  if (!example) return { url: undefined, policy: outbound };
  options.started.push(example);
  const url = options.urlOf(example);
  options.log.info({ url }, options.says);
  return { url, policy: outbound.with([new URL(url).hostname]) };
}
