// Domain errors carry a code and parameters, no HTTP status: the HTTP edge gives each code its status
// (http/domainErrorStatus.ts), and the scheduler decides a timer is moot from the code alone.
import { describe, expect, it } from 'vitest';
import { DomainError, isEventRefused } from '../src/domainError.ts';
import { AppError } from '../src/http/appError.ts';
import { httpErrorOf } from '../src/http/domainErrorStatus.ts';
import { errorMessage } from '../src/http/errorMessages.ts';

describe('domain errors', () => {
  it('are answered with the status of their code, the code, its parameters and details', () => {
    const answered = httpErrorOf(new DomainError('TASK_ALREADY_DECIDED', { status: 'approved' }));
    expect(answered).toBeInstanceOf(AppError);
    expect(answered).toMatchObject({ status: 409, code: 'TASK_ALREADY_DECIDED', params: { status: 'approved' }, details: undefined });
    expect(answered?.message).toBe(errorMessage('TASK_ALREADY_DECIDED', { status: 'approved' }, 'en'));
    const invalid = httpErrorOf(new DomainError('VALIDATION_FAILED', {}, { errors: [{ path: '/overall/score', message: 'x' }] }));
    expect(invalid).toMatchObject({ status: 422, code: 'VALIDATION_FAILED', details: { errors: [{ path: '/overall/score', message: 'x' }] } });
    const statuses = Object.fromEntries(
      (['APPLICATION_NOT_FOUND', 'IDEMPOTENCY_CONFLICT', 'NOTHING_INCLUDED', 'TASK_NOT_ACTIONABLE', 'CONCURRENT_UPDATE', 'RATING_NOT_OPEN', 'ALREADY_RATED', 'RATING_NOT_FOUND', 'RECTIFICATION_NOT_FOUND', 'RECTIFICATION_ALREADY_ANSWERED', 'FORBIDDEN'] as const).map(
        (code) => [code, httpErrorOf(new DomainError(code))?.status],
      ),
    );
    expect(statuses).toEqual({
      APPLICATION_NOT_FOUND: 404,
      IDEMPOTENCY_CONFLICT: 409,
      NOTHING_INCLUDED: 422,
      TASK_NOT_ACTIONABLE: 409,
      CONCURRENT_UPDATE: 409,
      RATING_NOT_OPEN: 409,
      ALREADY_RATED: 409,
      RATING_NOT_FOUND: 404,
      RECTIFICATION_NOT_FOUND: 404,
      RECTIFICATION_ALREADY_ANSWERED: 409,
      FORBIDDEN: 403,
    });
  });

  it('say their code and parameters in logs', () => {
    expect(new DomainError('APPLICATION_NOT_FOUND', { id: 'ghost' }).message).toBe('APPLICATION_NOT_FOUND (id=ghost)');
  });

  it('make a timer moot only when the engine refused its event, never for a conflict or a missing application', () => {
    expect(isEventRefused(new DomainError('TASK_ALREADY_DECIDED', { status: 'approved' }))).toBe(true);
    expect(isEventRefused(new DomainError('TASK_NOT_ACTIONABLE', { status: 'returned' }))).toBe(true);
    expect(isEventRefused(new DomainError('CONCURRENT_UPDATE'))).toBe(false);
    expect(isEventRefused(new DomainError('APPLICATION_NOT_FOUND', { id: 'ghost' }))).toBe(false);
    expect(isEventRefused(new AppError(409, 'TASK_ALREADY_DECIDED', { status: 'approved' }))).toBe(false);
  });
});
