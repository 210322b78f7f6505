import { absoluteUrl, feedNames, feedPaths, subscribeLinks } from '../../lib/feeds/links.ts';
import { FeedSubscribe } from './FeedSubscribe.tsx';

interface Props {
  site: string;
  personId: string;
  name: string;
}

/** The person filter's offer: this person's own calendar of first-line days and on-call shifts. */
export function PersonFeed({ site, personId, name }: Props) {
  const links = subscribeLinks(absoluteUrl(site, feedPaths.person(personId)), feedNames.person(name));
  return (
    <section class="feed-person" aria-labelledby="feed-person-heading">
      <h3 id="feed-person-heading">{name}’s shifts in your calendar</h3>
      <p>First-line days and on-call shifts, with who {name} is paired with, kept up to date as the rota changes.</p>
      <FeedSubscribe links={links} what={`${name}’s calendar`} id={`person-${personId}`} />
    </section>
  );
}
