import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { closeAll, serve, waitFor } from './harness';
import { launchChromium as launch, type ChromiumExtension as Extension } from './harness/chromium/launch';
import { icsFeed, type TestEvent } from './ics';
import { seedFeed, serveFeed } from './seed';

// Setting up as a new client does, in the options page: two therapists, a feed that is all
// Ken's and a mixed clinic feed; every session lands with the right therapist.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

afterEach(closeAll);

/** Adds a therapist through the form: Name and Email, each saved when the field is left. */
async function addTherapist(options: Page, name: string, email: string): Promise<void> {
  await options.getByRole('button', { name: 'Add a therapist' }).click();
  const card = options.locator('details.card', { hasText: 'New therapist' });
  await card.getByLabel('Name', { exact: true }).fill(name);
  await card.getByLabel('Name', { exact: true }).press('Tab');
  const saved = options.locator('details.card', { hasText: name });
  await saved.getByLabel('Email', { exact: true }).fill(email);
  await saved.getByLabel('Email', { exact: true }).press('Tab');
  await expect.poll(() => saved.getByLabel('Email', { exact: true }).inputValue()).toBe(email);
}

async function addFeed(options: Page, url: string, everyEventWith?: string): Promise<void> {
  const form = options.locator('form', { hasText: 'Add a calendar feed' });
  await form.getByLabel('Feed address').fill(url);
  if (everyEventWith)
    await form
      .getByLabel('Sessions in this feed')
      .selectOption({ label: `Every event is a session with ${everyEventWith}` });
  await form.getByRole('button', { name: 'Add feed' }).click();
}

/** The therapist line ("Ken Okafor · …") of the popup card titled `title`. */
function cardOf(popup: Page, title: string) {
  return popup.locator('article', { has: popup.getByRole('heading', { name: title, exact: true }) });
}

async function popupFor(ext: Extension): Promise<Page> {
  const popup = await ext.open('popup');
  await popup.getByRole('heading', { name: 'Session Keeper' }).waitFor();
  return popup;
}

describe('setup through the options page', () => {
  it('two therapists, a feed of one and a mixed feed: each session with the right therapist, the rest asked or ignored', async () => {
    const soon = Math.floor((Date.now() + 5 * MINUTE) / 1000) * 1000;
    const tomorrow = Math.floor((Date.now() + DAY + 3 * HOUR) / 1000) * 1000;
    const clinic: TestEvent[] = [
      // Maria's: her email as organizer; a video link and a forms page in the description.
      {
        uid: 'alvarez@clinic',
        title: 'Individual therapy',
        start: soon,
        organizer: 'maria@alvarez.example',
        description: 'Join https://doxy.me/dralvarez · forms https://www.clinic.example/forms',
      },
      // Ken's: his name in the title.
      { uid: 'okafor@clinic', title: 'Session with Ken Okafor', start: tomorrow },
      // Nobody's name: asked.
      { uid: 'bare@clinic', title: 'Therapy', start: tomorrow + 2 * DAY },
      // Not sessions.
      { uid: 'budget@clinic', title: 'Team meeting about therapy budget', start: tomorrow + HOUR },
      { uid: 'lunch@clinic', title: 'Lunch', start: tomorrow + 2 * HOUR },
    ];
    const server = await serve((req, res) => {
      res.writeHead(200, { 'content-type': 'text/calendar; charset=utf-8' });
      res.end(
        icsFeed(
          req.url?.startsWith('/ken')
            ? [{ uid: 'ken-only', title: 'Couples work', start: tomorrow + 3 * DAY }]
            : clinic,
        ),
      );
    });
    const ext = await launch();
    // The video platform is not on the network here: answer for it, and see that it opens.
    await ext.context.route('https://doxy.me/**', (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Waiting room</title>' }),
    );

    const options = await ext.open('options');
    await addTherapist(options, 'Dr. Maria Alvarez', 'maria@alvarez.example');
    await addTherapist(options, 'Ken Okafor', 'ken@okafor.example');

    // A feed that is all Ken's; the form then starts fresh for the next one.
    await addFeed(options, `${server.url}/ken.ics`, 'Ken Okafor');
    await options.getByRole('status').filter({ hasText: 'was added' }).waitFor();
    const form = options.locator('form', { hasText: 'Add a calendar feed' });
    expect(await form.getByLabel('Feed address').inputValue()).toBe('');
    expect(await form.getByLabel('Sessions in this feed').inputValue()).toBe('');

    await addFeed(options, `${server.url}/clinic.ics`);
    const summaries = options.getByTestId('feed-summary');
    await expect.poll(() => summaries.count(), { timeout: 15_000 }).toBe(2);
    await expect
      .poll(() => summaries.nth(1).locator('.total').innerText(), { timeout: 15_000 })
      .toBe('Found: 1 session with Dr. Maria Alvarez, 1 with Ken Okafor, 1 session to check, 2 other events ignored.');
    expect(await summaries.nth(0).locator('.total').innerText()).toBe('Found: 1 session with Ken Okafor.');
    // Guides where the address lives, each with its source (looked at as a screenshot).
    await options.getByTestId('feed-guides').getByText('Google Calendar (secret iCal address)').click();
    expect(
      await options
        .getByTestId('feed-guides')
        .getByRole('link', { name: /^Google Calendar Help/ })
        .getAttribute('href'),
    ).toMatch(/^https:\/\/support\.google\.com\//);
    await options
      .locator('section[aria-labelledby="sources-heading"]')
      .screenshot({ path: '.tmp/options-calendars.png' });
    // Each therapist shows their next session.
    await expect
      .poll(() => options.locator('details.card', { hasText: 'Ken Okafor' }).getByTestId('next-session').innerText())
      .toMatch(/^Next session: /);

    let popup = await popupFor(ext);
    await expect
      .poll(() => cardOf(popup, 'Individual therapy').locator('.who').innerText())
      .toMatch(/^Dr\. Maria Alvarez · /);
    expect(await cardOf(popup, 'Session with Ken Okafor').locator('.who').innerText()).toMatch(/^Ken Okafor · /);
    expect(await cardOf(popup, 'Couples work').locator('.who').innerText()).toMatch(/^Ken Okafor · /);
    // Each button has its own name, saying which session it is for.
    expect(
      await cardOf(popup, 'Session with Ken Okafor')
        .getByRole('button', { name: /^Cancel this session \(\w+'s session\)$/ })
        .count(),
    ).toBe(1);
    expect(await popup.getByRole('heading', { name: 'Team meeting about therapy budget' }).count()).toBe(0);
    expect(await popup.getByRole('heading', { name: 'Therapy', exact: true }).count()).toBe(0);

    await popup.getByTestId('which-therapist').waitFor();
    await popup.screenshot({ path: '.tmp/popup-which.png', fullPage: true });
    // "Which therapist is this?": one click, remembered for the series through a re-sync.
    const which = options.getByTestId('which-therapist');
    await expect.poll(() => which.innerText()).toContain('Therapy');
    await which.getByRole('button', { name: 'Ken Okafor' }).click();
    await expect
      .poll(() => summaries.nth(1).locator('.total').innerText())
      .toBe('Found: 1 session with Dr. Maria Alvarez, 2 with Ken Okafor, 2 other events ignored.');
    await ext.send('syncNow', {});
    await popup.close();
    popup = await popupFor(ext);
    await expect.poll(() => cardOf(popup, 'Therapy').locator('.who').innerText()).toMatch(/^Ken Okafor · /);
    expect(await popup.getByTestId('which-therapist').count()).toBe(0);

    // The telehealth link joins and checks in; the clinic's forms page is a plain link by its host.
    const maria = cardOf(popup, 'Individual therapy');
    expect(await maria.getByRole('link', { name: 'clinic.example' }).getAttribute('href')).toBe(
      'https://www.clinic.example/forms',
    );
    const join = maria.getByRole('link', { name: /^Join & check in for / });
    expect(await join.getAttribute('href')).toBe('https://doxy.me/dralvarez');
    const [call] = await Promise.all([ext.context.waitForEvent('page'), join.click()]);
    await call.waitForURL('https://doxy.me/dralvarez');
    await waitFor(
      () => ext.badge(),
      (b) => b.text === '✓',
    );
    await expect.poll(() => maria.innerText()).toMatch(/Checked in at /);
  });

  it('a feed whose first fetch fails is not saved, unless the client keeps it', async () => {
    const server = await serve((_req, res) => {
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end('<h1>Not found</h1>');
    });
    const ext = await launch();
    const options = await ext.open('options');
    const url = `${server.url}/expired.ics`;

    await addFeed(options, url);
    const alert = options.getByRole('alert').filter({ hasText: 'could not be read, so it was not added' });
    await alert.waitFor();
    await alert.getByRole('button', { name: "Don't add it" }).click();
    expect(await ext.stored('sources')).toBeUndefined();
    // The address stays in the field, to correct it.
    expect(await options.getByLabel('Feed address').inputValue()).toBe(url);

    await options.getByRole('button', { name: 'Add feed' }).click();
    await alert.getByRole('button', { name: 'Keep it anyway' }).click();
    const sources = await waitFor(
      () => ext.stored<{ url: string }[]>('sources'),
      (s) => (s?.length ?? 0) === 1,
    );
    expect(sources?.[0]?.url).toBe(url);
    // A feed added before any therapist leads to adding one.
    await options.getByRole('button', { name: 'Add your therapist' }).click();
    await expect.poll(() => options.evaluate(() => document.activeElement?.id ?? '')).toMatch(/^therapist-.+-name$/);
  });

  it('in the popup, Check in hands the focus to Undo, and Undo back to Check in', async () => {
    const start = Math.floor((Date.now() + 5 * MINUTE) / 1000) * 1000;
    const server = await serveFeed([{ uid: 'weekly@clinic', title: 'Therapy session', start }]);
    const ext = await launch();
    await seedFeed(ext, { feedUrl: `${server.url}/feed.ics` });
    const popup = await popupFor(ext);
    // The focused control's accessible name (its label, or its text).
    const focused = () =>
      popup.evaluate(
        () => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent?.trim() ?? '',
      );

    await popup.getByRole('button', { name: /^Check in for today's session$/ }).click();
    await expect.poll(focused).toBe("Undo the check-in for today's session");
    await popup.keyboard.press('Enter');
    await expect.poll(focused).toBe("Check in for today's session");
  });
});
