import { readRota } from './scripts/lib/rota-files.ts';
import { generateFeeds } from './src/lib/feeds/feeds.ts';
const { rota } = readRota();
const now = Date.parse('2026-11-30T05:15:00Z');
const first = generateFeeds(rota, { site: 'https://x.example', now });
const previous = new Map(first.feeds.map((f) => [f.path, f.text]));
for (let i = 0; i < 6; i++) generateFeeds(rota, { site: 'https://x.example', now, previous });
