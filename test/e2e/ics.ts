// Shared with the screenshot script, which may not import the test harness.
export { icsFeed, type TestEvent } from '../../scripts/lib/ics-feed';
