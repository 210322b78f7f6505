import type { Ref } from 'preact';

/** GOV.UK-style error summary: a focusable box listing each problem, linked to its field. */
export function ErrorSummary<F extends string>(props: {
  errors: ReadonlyArray<{ field: F; message: string }>;
  ids: Record<F, string>;
  summaryRef: Ref<HTMLDivElement>;
}) {
  const { errors, ids, summaryRef } = props;
  if (!errors.length) return null;
  return (
    <div class="sla-error-summary" role="alert" tabIndex={-1} ref={summaryRef} aria-labelledby="sla-error-summary-title">
      <h2 id="sla-error-summary-title">There is a problem</h2>
      <ul>
        {errors.map((e) => (
          <li>
            <a
              href={`#${ids[e.field]}`}
              onClick={(event) => {
                // Move focus to the field itself, not just scroll to it.
                const field = document.getElementById(ids[e.field]);
                if (!field) return;
                event.preventDefault();
                field.focus();
                field.scrollIntoView({ block: 'center' });
              }}
            >
              {e.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function FieldMessage({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p class="sla-error-message" id={id}>
      <span class="sr-only">Error: </span>
      {message}
    </p>
  );
}
