import { t } from '../../lib/i18n/ui';
import type { MessageKey } from '../../lib/i18n/translator';

// Where each service keeps a calendar's subscription address, in our own words, from each
// vendor's help pages (linked as `source`). Menus move: the steps name what to look for.

// The steps are catalogue keys (locales/<locale>/options.json); the sources are the vendors'
// own pages, cited by their (English) titles.
export interface FeedGuide {
  id: string;
  /** The service's name (translated where it holds other words). */
  name: string;
  /** The name is the product's own, the same in every language (rendered `translate="no"`). */
  productName?: true;
  steps: MessageKey[];
  /** Said after the steps: a limit worth knowing. */
  note?: MessageKey;
  source: { title: string; url: string };
}

export const FEED_GUIDES: readonly FeedGuide[] = [
  {
    id: 'simplepractice',
    name: 'SimplePractice',
    productName: true,
    steps: ['options_guideSimplepracticeStep1', 'options_guideSimplepracticeStep2', 'options_guideSimplepracticeStep3'],
    note: 'options_guideSimplepracticeNote',
    source: {
      title: 'SimplePractice Client Help Center: Getting started with the Client Portal',
      url: 'https://support.simplepracticeclient.com/hc/en-us/articles/10356808631181-Getting-started-with-the-Client-Portal',
    },
  },
  {
    id: 'therapynotes',
    name: 'TherapyNotes',
    productName: true,
    steps: ['options_guideTherapynotesStep1', 'options_guideTherapynotesStep2', 'options_guideTherapynotesStep3'],
    source: {
      title: 'TherapyNotes: Sync Calendar to Smart Phone or Other Calendar Software',
      url: 'https://support.therapynotes.com/hc/en-us/articles/200259815-Sync-Calendar-to-Smart-Phone-or-Other-Calendar-Software',
    },
  },
  {
    id: 'jane',
    name: 'Jane',
    productName: true,
    steps: ['options_guideJaneStep1', 'options_guideJaneStep2', 'options_guideJaneStep3'],
    source: {
      title: 'Jane: Helping Patients with Calendar Subscriptions',
      url: 'https://janeapp.co.uk/guide/notifications-reminders/helping-patients-with-calendar-subscriptions',
    },
  },
  {
    id: 'theranest',
    name: 'TheraNest',
    productName: true,
    steps: ['options_guideTheranestStep1', 'options_guideTheranestStep2', 'options_guideTheranestStep3'],
    source: {
      title: 'TheraNest: How to sync your TheraNest calendar to Google',
      url: 'https://help.theranest.com/en/articles/1195818-how-to-sync-your-theranest-calendar-to-google',
    },
  },
  {
    id: 'google',
    name: t('options_guideGoogleName'),
    steps: ['options_guideGoogleStep1', 'options_guideGoogleStep2', 'options_guideGoogleStep3'],
    note: 'options_guideGoogleNote',
    source: {
      title: 'Google Calendar Help: about the calendar address',
      url: 'https://support.google.com/calendar/answer/37104?hl=en',
    },
  },
  {
    id: 'icloud',
    name: t('options_guideIcloudName'),
    steps: ['options_guideIcloudStep1', 'options_guideIcloudStep2', 'options_guideIcloudStep3'],
    source: {
      title: 'Apple Support: Share calendars in iCloud',
      url: 'https://support.apple.com/kb/PH2690?locale=en_US',
    },
  },
  {
    id: 'outlook',
    name: t('options_guideOutlookName'),
    steps: ['options_guideOutlookStep1', 'options_guideOutlookStep2', 'options_guideOutlookStep3'],
    source: {
      title:
        'Outlook on the web: publish a calendar (University of Nebraska IT knowledge base, following Microsoft’s steps)',
      url: 'https://nusupport.nebraska.edu/TDClient/33/Portal/KB/PrintArticle?ID=658',
    },
  },
];

/** Why a session added in a calendar app can take a day to appear there, but not here. */
export const REFRESH_NOTE: MessageKey = 'options_guideRefreshNote';
