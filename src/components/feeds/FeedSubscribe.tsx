import type { SubscribeLinks } from '../../lib/feeds/links.ts';
import { CopyButton } from './CopyButton.tsx';

interface Props {
  links: SubscribeLinks;
  /** Short words for the feed, used in link text for screen readers, e.g. "the on-call calendar". */
  what: string;
  /** Unique on the page: ids are made from it. */
  id: string;
}

/** The ways to subscribe to one feed: the device's calendar app, Google, Outlook, or its address. */
export function FeedSubscribe({ links, what, id }: Props) {
  const fieldId = `feed-address-${id}`;
  const hidden = <span class="sr-only"> ({what})</span>;
  return (
    <div class="feed-subscribe">
      <ul class="feed-subscribe__links">
        <li>
          <a href={links.webcal}>Subscribe in your calendar app{hidden}</a>
        </li>
        <li>
          <a href={links.google}>Add to Google Calendar{hidden}</a>
        </li>
        <li>
          <a href={links.outlook}>Add to Outlook (work account){hidden}</a>
        </li>
        <li>
          <a href={links.outlookPersonal}>Add to Outlook.com{hidden}</a>
        </li>
      </ul>
      <div class="feed-subscribe__address">
        <label for={fieldId}>
          Calendar address<span class="sr-only"> of {what}</span>
        </label>
        <input id={fieldId} type="text" readOnly value={links.https} spellcheck={false} onFocus={(e) => e.currentTarget.select()} />
        <CopyButton text={links.https} fieldId={fieldId} what={what} />
      </div>
    </div>
  );
}
