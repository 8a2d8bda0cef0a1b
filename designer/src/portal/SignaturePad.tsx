// 签名: where an applicant signs their commitments (告知承诺). They draw with a mouse, pen or finger (pointer
// events, so touch works; the box does not scroll the page while drawing), or — for whoever cannot draw,
// e.g. with a keyboard only — type their name and sign with it: the name is drawn into the box. Either
// way the signature is the box's PNG. No library: a canvas and a few handlers.
import { useEffect, useRef, useState } from 'react';
import { usePreferences } from '../i18n/preferences.tsx';

export interface Signature {
  /** The PNG, as a data: URL. */
  image: string;
  method: 'drawn' | 'typed';
}

const WIDTH = 480;
const HEIGHT = 160;

export function SignaturePad({ value, onChange, invalid }: { value: Signature | null; onChange: (next: Signature | null) => void; invalid?: boolean }) {
  const { t } = usePreferences();
  const canvas = useRef<HTMLCanvasElement>(null);
  const drawing = useRef(false);
  const drew = useRef(false);
  const [name, setName] = useState('');

  const context = () => canvas.current?.getContext('2d') ?? null;

  function clear() {
    const c = canvas.current;
    const g = context();
    if (!c || !g) return;
    g.setTransform(1, 0, 0, 1, 0, 0);
    g.fillStyle = '#ffffff';
    g.fillRect(0, 0, c.width, c.height);
    const scale = c.width / WIDTH;
    g.setTransform(scale, 0, 0, scale, 0, 0);
    g.strokeStyle = '#1a1a1a';
    g.fillStyle = '#1a1a1a';
    g.lineWidth = 2.5;
    g.lineCap = 'round';
    g.lineJoin = 'round';
    drew.current = false;
  }

  useEffect(() => {
    const c = canvas.current;
    if (!c) return;
    const ratio = Math.min(window.devicePixelRatio || 1, 2);
    c.width = WIDTH * ratio;
    c.height = HEIGHT * ratio;
    clear();
    // A signature given before (the step left and came back to) is drawn again.
    if (value) {
      const image = new Image();
      image.onload = () => context()?.drawImage(image, 0, 0, WIDTH, HEIGHT);
      image.src = value.image;
    }
    // Only once: the box keeps what is drawn in it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const point = (e: React.PointerEvent<HTMLCanvasElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    return { x: ((e.clientX - box.left) / box.width) * WIDTH, y: ((e.clientY - box.top) / box.height) * HEIGHT };
  };

  function start(e: React.PointerEvent<HTMLCanvasElement>) {
    const g = context();
    if (!g) return;
    e.preventDefault();
    e.currentTarget.setPointerCapture(e.pointerId);
    drawing.current = true;
    const p = point(e);
    g.beginPath();
    g.moveTo(p.x, p.y);
    g.lineTo(p.x + 0.1, p.y + 0.1);
    g.stroke();
  }

  function move(e: React.PointerEvent<HTMLCanvasElement>) {
    const g = context();
    if (!drawing.current || !g) return;
    const p = point(e);
    g.lineTo(p.x, p.y);
    g.stroke();
    drew.current = true;
  }

  function end() {
    if (!drawing.current) return;
    drawing.current = false;
    if (drew.current && canvas.current) onChange({ image: canvas.current.toDataURL('image/png'), method: 'drawn' });
  }

  function signWithName() {
    const g = context();
    const typed = name.trim();
    if (!g || !canvas.current || typed === '') return;
    clear();
    g.font = '48px "KaiTi", "STKaiti", "Kaiti SC", serif';
    g.textBaseline = 'middle';
    g.fillText(typed, 24, HEIGHT / 2, WIDTH - 48);
    onChange({ image: canvas.current.toDataURL('image/png'), method: 'typed' });
  }

  return (
    <section className="signature" aria-labelledby="signature-title" data-testid="signature">
      <h3 id="signature-title">{t('signature.title')}</h3>
      <p className="hint" id="signature-hint">
        {t('signature.hint')}
      </p>
      <canvas
        ref={canvas}
        className={invalid ? 'signature-pad signature-pad-invalid' : 'signature-pad'}
        role="img"
        aria-label={value ? t('signature.padSigned') : t('signature.pad')}
        aria-describedby="signature-hint"
        style={{ width: '100%', maxWidth: `${WIDTH}px`, aspectRatio: `${WIDTH} / ${HEIGHT}`, touchAction: 'none' }}
        onPointerDown={start}
        onPointerMove={move}
        onPointerUp={end}
        onPointerCancel={end}
      />
      <div className="actions">
        <button
          type="button"
          className="btn btn-secondary btn-small"
          onClick={() => {
            clear();
            onChange(null);
          }}
        >
          {t('signature.clear')}
        </button>
        <span role="status">{value ? t(value.method === 'typed' ? 'signature.doneTyped' : 'signature.done') : ''}</span>
      </div>
      <div className="field">
        <label htmlFor="signature-name">{t('signature.typeName')}</label>
        <p className="hint" id="signature-name-hint">
          {t('signature.typeNameHint')}
        </p>
        <div className="inline-field">
          <input id="signature-name" type="text" autoComplete="name" maxLength={40} aria-describedby="signature-name-hint" value={name} onChange={(e) => setName(e.target.value)} />
          <button type="button" className="btn btn-secondary btn-small" disabled={name.trim() === ''} onClick={signWithName}>
            {t('signature.signWithName')}
          </button>
        </div>
      </div>
      {invalid ? (
        <p className="field-error" role="alert">
          {t('signature.missing')}
        </p>
      ) : null}
    </section>
  );
}
