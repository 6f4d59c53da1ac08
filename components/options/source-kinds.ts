import type { Component } from 'svelte';
import type { SourceKind } from '../../lib/sources/source';
import DemoOffer from './kinds/DemoOffer.svelte';
import GoogleCalendars from './kinds/GoogleCalendars.svelte';
import IcsFeeds from './kinds/IcsFeeds.svelte';

/**
 * How the options page adds each kind of source, shown in the registry's order under the list
 * of calendars. Kept beside lib/sources/registry.ts (lib has no UI); TypeScript names a kind
 * that has no component here.
 */
export const sourceKindComponents: Record<SourceKind, Component> = {
  demo: DemoOffer,
  ics: IcsFeeds,
  google: GoogleCalendars,
};
