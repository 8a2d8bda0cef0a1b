// The daily quota of applications per citizen (ONEGO_QUOTA_APPLICATIONS_PER_DAY): a calendar day in China
// Standard Time, counted in the submission’s write transaction, so that submissions arriving together
// cannot pass it together and a refused one writes nothing. Over it: APPLICATION_QUOTA_EXCEEDED (429 with Retry-After: the
// seconds to the next midnight, when the count starts again).
import { CHINA_STANDARD_OFFSET, epochMillisOf, localDateOf } from '@onego/engine';
import type { Knex } from 'knex';
import { DomainError } from '../domainError.ts';

const DAY_MS = 86_400_000;

/** Throws APPLICATION_QUOTA_EXCEEDED when `applicant` already submitted `limit` applications on the day of `now` (0: no quota). */
export async function refuseOverDailyQuota(trx: Knex, applicant: string, now: string, limit: number): Promise<void> {
  if (limit <= 0) return;
  const dayStart = epochMillisOf(`${localDateOf(now)}T00:00:00${CHINA_STANDARD_OFFSET}`);
  const counted = (await trx('applications')
    .where({ applicant })
    .andWhere('created_at', '>=', new Date(dayStart).toISOString())
    .count({ n: '*' })
    .first()) as { n: number | string } | undefined;
  if (Number(counted?.n ?? 0) < limit) return;
  const retryAfterSeconds = Math.max(1, Math.ceil((dayStart + DAY_MS - Date.parse(now)) / 1000));
  throw new DomainError('APPLICATION_QUOTA_EXCEEDED', { limit }, { limit, retryAfterSeconds });
}
