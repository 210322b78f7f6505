import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { notFoundHead } from '../lib/site/not-found-head.ts';

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  if (route.entry.id !== '404') return;
  route.head = notFoundHead(route.head);
});
