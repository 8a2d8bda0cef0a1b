// A labelled one-line text field with an optional hint and its problem, described by both (the sign-in
// page's ID number and enterprise, the person a proxy applies for).
/** A text field with its hint and its problem, described by both. */
export function TextField({ id, label, hint, problem, value, onChange }: { id: string; label: string; hint?: string; problem?: string | undefined; value: string; onChange: (value: string) => void }) {
  const described = [hint ? `${id}-hint` : '', problem ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className={`field${problem ? ' has-error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {problem ? (
        <p className="field-error" id={`${id}-error`}>
          {problem}
        </p>
      ) : null}
      <input id={id} type="text" value={value} onChange={(e) => onChange(e.target.value)} aria-invalid={problem ? true : undefined} aria-describedby={described || undefined} />
    </div>
  );
}
