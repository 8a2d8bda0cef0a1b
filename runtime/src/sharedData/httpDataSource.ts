// The DataSource over HTTP JSON: POST {applicant, elements, eLicences} to the configured endpoint, which
// answers {values: {elementId: {value, source, retrievedAt}}, eLicences: [{type, number, source,
// retrievedAt}]} (examples/data-provider serves this protocol). Each attempt has a timeout; failed attempts
// are retried with exponential backoff; consecutive failures open a circuit breaker, after which calls fail
// at once until a trial call succeeds (cockatiel policies). The answer is untrusted: the engine's
// acceptedResolution keeps only what was asked for, well-formed.
import { acceptedResolution, type SharedDataRequest, type SharedDataResolution } from '@onego/engine';
import {
  BrokenCircuitError,
  circuitBreaker,
  type CircuitBreakerPolicy,
  CircuitState,
  ConsecutiveBreaker,
  ExponentialBackoff,
  handleWhen,
  retry,
  TaskCancelledError,
  timeout,
  TimeoutStrategy,
  wrap,
  type IPolicy,
} from 'cockatiel';
import type { Clock } from '../clock.ts';
import { createOutboundFetch, outboundFailure, type OutboundFetch } from '../outbound/outboundFetch.ts';
import { OutboundPolicy } from '../outbound/outboundPolicy.ts';
import type { DataSourceConfig } from '../config.ts';
import { DataSourceError, type Applicant, type DataSource } from './dataSource.ts';

export type CircuitStatus = 'closed' | 'open' | 'half-open';

export interface HttpDataSourceEvents {
  /** The circuit changed state (open: the connector is not called until the reset time has passed). */
  circuit?(status: CircuitStatus, lastError?: DataSourceError): void;
}

const MAX_ANSWER_BYTES = 1024 * 1024;

/** An error of one attempt, as a DataSourceError with its reason. */
function attemptError(error: unknown): DataSourceError {
  if (error instanceof DataSourceError) return error;
  if (error instanceof TaskCancelledError) return new DataSourceError('timeout', error.message);
  if (error instanceof BrokenCircuitError) return new DataSourceError('circuit-open', 'the circuit breaker is open after repeated failures');
  if (outboundFailure(error) === 'blocked') return new DataSourceError('unreachable', 'the connector address is refused by the outbound policy (ONEGO_OUTBOUND_ALLOW)');
  const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return new DataSourceError('unreachable', `${error instanceof Error ? error.message : String(error)}${cause}`);
}

/** Worth another attempt: the connector may answer next time. A refusal of our request or a garbled answer will not change. */
const retryable = (error: DataSourceError) => error.reason === 'timeout' || error.reason === 'unreachable' || (error.reason === 'http-error' && /status (5\d\d|429)/.test(error.message));

export class HttpDataSource implements DataSource {
  private readonly policy: IPolicy;
  private readonly breaker: CircuitBreakerPolicy;

  constructor(
    private readonly config: DataSourceConfig & { url: string },
    private readonly clock: Clock,
    events: HttpDataSourceEvents = {},
    /** How the connector is reached: public addresses only unless allow-listed (ONEGO_OUTBOUND_ALLOW). */
    private readonly send: OutboundFetch = createOutboundFetch(new OutboundPolicy()),
  ) {
    const failed = handleWhen((error) => !(error instanceof BrokenCircuitError));
    this.breaker = circuitBreaker(failed, { halfOpenAfter: config.breakerResetMs, breaker: new ConsecutiveBreaker(config.breakerFailures) });
    this.breaker.onStateChange((state) => {
      const status: CircuitStatus = state === CircuitState.Closed ? 'closed' : state === CircuitState.HalfOpen ? 'half-open' : 'open';
      const last = this.breaker.lastFailure;
      events.circuit?.(status, last && 'error' in last ? attemptError(last.error) : undefined);
    });
    const retries = retry(
      handleWhen((error) => retryable(attemptError(error))),
      { maxAttempts: config.retries, backoff: new ExponentialBackoff({ initialDelay: 100, maxDelay: 2000 }) },
    );
    this.policy = wrap(retries, this.breaker, timeout(config.timeoutMs, TimeoutStrategy.Aggressive));
  }

  async resolve(applicant: Applicant, request: SharedDataRequest, signal: AbortSignal): Promise<SharedDataResolution> {
    try {
      return await this.policy.execute(({ signal: attempt }) => this.post(applicant, request, attempt), signal);
    } catch (error) {
      if (signal.aborted) throw new DataSourceError('cancelled', 'the request was cancelled (the client went away)');
      throw attemptError(error);
    }
  }

  private async post(applicant: Applicant, request: SharedDataRequest, signal: AbortSignal): Promise<SharedDataResolution> {
    const response = await this.send(this.config.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        ...(this.config.token ? { authorization: `Bearer ${this.config.token}` } : {}),
      },
      body: JSON.stringify({ applicant, elements: request.elements, eLicences: request.eLicences }),
      signal,
    });
    if (!response.ok) {
      await response.body?.cancel();
      throw new DataSourceError('http-error', `the connector answered status ${response.status}`);
    }
    if (Number(response.headers.get('content-length') ?? 0) > MAX_ANSWER_BYTES) {
      await response.body?.cancel();
      throw new DataSourceError('bad-response', 'the answer is larger than 1 MB');
    }
    const text = await response.text();
    let answer: unknown;
    try {
      answer = JSON.parse(text);
    } catch {
      throw new DataSourceError('bad-response', 'the answer is not JSON');
    }
    if (typeof answer !== 'object' || answer === null || Array.isArray(answer)) throw new DataSourceError('bad-response', 'the answer is not a JSON object');
    return acceptedResolution(answer, request, this.clock.now().toISOString());
  }
}
