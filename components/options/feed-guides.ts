// Where each service keeps a calendar's subscription address, in our own words, from each
// vendor's help pages (linked as `source`). Menus move: the steps name what to look for.

export interface FeedGuide {
  id: string;
  name: string;
  steps: string[];
  /** Said after the steps: a limit worth knowing. */
  note?: string;
  source: { title: string; url: string };
}

export const FEED_GUIDES: readonly FeedGuide[] = [
  {
    id: 'simplepractice',
    name: 'SimplePractice',
    steps: [
      'Sign in to your Client Portal (the link is in the welcome email from your therapist’s practice).',
      'Open Appointments. If your practice offers it, the appointment email or the portal has a link to add your appointments to a calendar: copy that link (it starts with webcal:// or https://).',
      'No link? Your appointments may already reach a calendar you use (Google, iCloud, Outlook): add that calendar here instead, or ask the practice whether they share a calendar feed with clients.',
    ],
    note: 'Telehealth sessions are joined from the Appointments tab; Session Keeper recognises the video link when the feed carries it.',
    source: {
      title: 'SimplePractice Client Help Center: Getting started with the Client Portal',
      url: 'https://support.simplepracticeclient.com/hc/en-us/articles/10356808631181-Getting-started-with-the-Client-Portal',
    },
  },
  {
    id: 'therapynotes',
    name: 'TherapyNotes',
    steps: [
      'In TherapyNotes, click the user icon, then Settings, and find “Sync Calendars with Other Applications”.',
      'Copy the calendar link shown there (do not open it: a phone may try to subscribe).',
      'If you are a client, ask your practice: the calendar link belongs to the clinician’s account. Your TherapyPortal shows your appointments and telehealth sessions.',
    ],
    source: {
      title: 'TherapyNotes: Sync Calendar to Smart Phone or Other Calendar Software',
      url: 'https://support.therapynotes.com/hc/en-us/articles/200259815-Sync-Calendar-to-Smart-Phone-or-Other-Calendar-Software',
    },
  },
  {
    id: 'jane',
    name: 'Jane',
    steps: [
      'Open the confirmation email Jane sent when your appointment was booked.',
      'Find the calendar “Subscribe” link in it, right-click it and choose “Copy link address” (clicking it would hand it to your computer’s calendar app instead).',
      'If the link does not work, ask the clinic to resend the confirmation: a subscription link that was copied wrongly is the most common problem.',
    ],
    source: {
      title: 'Jane: Helping Patients with Calendar Subscriptions',
      url: 'https://janeapp.co.uk/guide/notifications-reminders/helping-patients-with-calendar-subscriptions',
    },
  },
  {
    id: 'theranest',
    name: 'TheraNest',
    steps: [
      'TheraNest sends appointments to Google Calendar (Calendar Preferences → Calendar Syncing → Sync with Google Calendar), not as a feed address.',
      'Once they are in a Google calendar, connect Google here, or use that calendar’s secret iCal address (see Google Calendar below).',
      'Only the next 60 days are sent, and the sync runs every few hours.',
    ],
    source: {
      title: 'TheraNest: How to sync your TheraNest calendar to Google',
      url: 'https://help.theranest.com/en/articles/1195818-how-to-sync-your-theranest-calendar-to-google',
    },
  },
  {
    id: 'google',
    name: 'Google Calendar (secret iCal address)',
    steps: [
      'Open Google Calendar on a computer (the phone app does not show this address).',
      'Next to the calendar in the left column, open its menu (⋮) and choose “Settings and sharing”.',
      'Scroll to “Integrate calendar” and copy “Secret address in iCal format”. Keep it to yourself: anyone with it can read the calendar.',
    ],
    note: 'Or skip the address: “Connect Google” below reads your calendars directly.',
    source: {
      title: 'Google Calendar Help: about the calendar address',
      url: 'https://support.google.com/calendar/answer/37104?hl=en',
    },
  },
  {
    id: 'icloud',
    name: 'iCloud (Apple Calendar)',
    steps: [
      'On iCloud.com open Calendar, or on a Mac, iPhone or iPad open the Calendar app’s list of calendars.',
      'Open the sharing settings of the calendar (the share icon next to its name, or the ⓘ button) and turn on “Public Calendar”.',
      'Copy the link it shows (it starts with webcal://). Public means anyone with the link can read it.',
    ],
    source: {
      title: 'Apple Support: Share calendars in iCloud',
      url: 'https://support.apple.com/kb/PH2690?locale=en_US',
    },
  },
  {
    id: 'outlook',
    name: 'Outlook.com and Microsoft 365',
    steps: [
      'Open Outlook on the web (outlook.com, or outlook.office.com for work and school accounts) and go to Settings → Calendar → Shared calendars.',
      'Under “Publish a calendar”, choose the calendar and “Can view all details”, then Publish.',
      'Copy the ICS link (not the HTML one).',
    ],
    source: {
      title:
        'Outlook on the web: publish a calendar (University of Nebraska IT knowledge base, following Microsoft’s steps)',
      url: 'https://nusupport.nebraska.edu/TDClient/33/Portal/KB/PrintArticle?ID=658',
    },
  },
];

/** Why a session added in a calendar app can take a day to appear there, but not here. */
export const REFRESH_NOTE =
  'Calendar apps refresh a subscribed calendar only every 12 to 24 hours (some less often). Session Keeper reads the feed itself, every half hour and whenever you press “Sync now”, so a new or moved session shows here sooner than in your calendar app.';
