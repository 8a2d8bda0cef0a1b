// The scenario questions as the portal asks them: none pre-selected. A bundle's `default` answer is what
// the API assumes for a client that sends none; the portal shows no choice made and asks for one, so that
// nobody submits "not twins" or "with the father's household" without having read the question. Questions
// without a default keep the bundle's own `required` (a question for migrant families only stays optional).
import type { Schema } from '../form/schemaTools.ts';

export function askedQuestions(questions: Schema): Schema {
  const properties = (questions['properties'] ?? {}) as Record<string, Schema>;
  const assumed = Object.keys(properties).filter((name) => properties[name]?.['default'] !== undefined);
  const asked = Object.fromEntries(
    Object.entries(properties).map(([name, question]) => [name, Object.fromEntries(Object.entries(question).filter(([key]) => key !== 'default'))]),
  );
  const required = [...new Set([...((questions['required'] as string[] | undefined) ?? []), ...assumed])];
  return { ...questions, properties: asked, required };
}
