// The shapes of what shared data gives a citizen's form (秒报): whether the data-sharing connector could be
// asked, the prefilled values with their provenance, and the e-licences found.
import Type from 'typebox';
import { component } from '../http/apiComponents.ts';
import { anyObject, closed, definitionRef, instant, localized } from '../http/apiSchemas.ts';

const SharedDataStatus = component(
  'SharedDataStatus',
  Type.Union([Type.Literal('resolved'), Type.Literal('unavailable'), Type.Literal('not-configured'), Type.Literal('not-needed'), Type.Literal('anonymous')], {
    description:
      'resolved: the data-sharing connector answered (maybe with nothing on record); unavailable: it could not be had (reason says why) — nothing is prefilled or waived by it and the applicant is asked for the materials; not-configured: OneGo has no connector; not-needed: the bundle declares no shared data the included matters need; anonymous (previews only): no signed-in citizen, so nothing was asked for.',
  }),
);

const UnavailableReason = component(
  'UnavailableReason',
  Type.Union(
    [Type.Literal('timeout'), Type.Literal('unreachable'), Type.Literal('http-error'), Type.Literal('bad-response'), Type.Literal('circuit-open'), Type.Literal('cancelled')],
    {
      description:
        'Why the connector gave nothing: timeout (per attempt, after retries), unreachable, http-error (an error status), bad-response (not the protocol), circuit-open (after repeated failures the connector is not called until the circuit resets), cancelled (the client went away).',
    },
  ),
);

const SharedSource = component(
  'SharedSource',
  closed(
    {
      element: definitionRef<string>('common', '/$defs/elementId'),
      source: Type.String({ description: 'The system of record the value came from (e.g. population-registry).' }),
      retrievedAt: instant('When the data-sharing platform retrieved it.'),
    },
    { description: 'Where a shared value came from.' },
  ),
);

const FoundELicence = component(
  'FoundELicence',
  closed({
    type: Type.String({ description: 'E-licence type (电子证照), as in the data element dictionary.' }),
    name: localized('Its name.'),
    source: Type.String({ description: 'Where it was found (e.g. e-licence-library).' }),
    retrievedAt: instant('When.'),
  }),
);

export const Prefill = component(
  'Prefill',
  closed(
    {
      status: SharedDataStatus,
      reason: Type.Optional(UnavailableReason),
      data: anyObject('The values shared data provides, shaped like the merged-form data (e.g. {"household": {"registerNumber": …}}); {} when none.'),
      provenance: Type.Object({}, { additionalProperties: SharedSource, description: 'Each prefilled value by JSON Pointer into the data (e.g. /household/registerNumber).' }),
      eLicences: Type.Array(FoundELicence, { description: 'E-licences found for the citizen: the materials they replace need not be submitted (免提交).' }),
    },
    { description: '秒报: the form prefilled from shared data, with the provenance of each value.' },
  ),
);
