import { useEffect, useRef, useState } from 'preact/hooks';

interface Props {
  /** What to copy. */
  text: string;
  /** id of the field showing the text, selected when the clipboard cannot be written. */
  fieldId: string;
  /** Visually hidden words that say what is copied, e.g. "the on-call calendar address". */
  what: string;
}

/**
 * "Copy address" for a calendar feed. Rendered only once hydrated: without JavaScript there is
 * no button that does nothing, just the address to select.
 */
export function CopyButton({ text, fieldId, what }: Props) {
  const [ready, setReady] = useState(false);
  const [message, setMessage] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout>>();
  useEffect(() => {
    setReady(true);
    return () => clearTimeout(timer.current);
  }, []);
  if (!ready) return null;

  const say = (words: string) => {
    setMessage(words);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setMessage(''), 5000);
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      say('Copied');
      return;
    } catch {
      // No clipboard access (an insecure page, or permission refused): select it for the reader.
    }
    const field = document.getElementById(fieldId);
    if (field instanceof HTMLInputElement) {
      field.focus();
      field.select();
    }
    say('Selected: press Ctrl+C, or ⌘C on a Mac, to copy');
  };

  return (
    <>
      <button type="button" class="feed-copy" onClick={copy}>
        Copy address<span class="sr-only"> of {what}</span>
      </button>
      <span class="feed-copy__status" role="status">
        {message}
      </span>
    </>
  );
}
