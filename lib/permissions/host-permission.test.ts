import { describe, expect, it } from 'vitest';
import { hostPermission } from './host-permission';

describe('hostPermission', () => {
  it.each([
    ['http://127.0.0.1:45019/calendar.ics?token=secret', 'http://127.0.0.1/*'],
    ['https://clinic.example/feeds/me.ics', 'https://clinic.example/*'],
    ['https://clinic.example:8443/a', 'https://clinic.example/*'],
    ['https://www.googleapis.com/calendar/v3', 'https://www.googleapis.com/*'],
    ['http://[::1]:8080/x.ics', 'http://[::1]/*'],
  ])('%s → %s', (url, pattern) => {
    expect(hostPermission(url)).toBe(pattern);
  });
});
