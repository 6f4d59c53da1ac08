/**
 * The crisis lines per region (ISO 3166-1 alpha-2), a data table. Every number here was read on
 * the page named in `source` on the date in `checked`; a region without a page that confirms its
 * numbers has no entry and gets the general fallback (Find A Helpline). The words shown for a
 * line (its name and note) are in the `crisis` catalogue under `crisis.line.<words ?? id>`.
 */

/** A way to reach a line: the digits to dial or text, as the line writes them. */
export interface ContactSpec {
  kind: 'call' | 'text';
  number: string;
  /** For lines that start on a word (RFC 5724 `body`), e.g. SHOUT. */
  keyword?: string;
  /** A choice in the line's phone menu, e.g. "5" for Peru's 113. */
  option?: string;
}

export interface LineSpec {
  id: string;
  /** The catalogue entry with this line's words, when it shares another line's (default: `id`). */
  words?: string;
  contacts: ContactSpec[];
  /** The line's own site, when a source names it. */
  url?: string;
  /** Where the numbers were confirmed, and when (YYYY-MM-DD). */
  source: { url: string; checked: string };
}

export interface RegionSpec {
  /** The emergency number, or null when no source confirmed a single national one. */
  emergency: string | null;
  lines: readonly LineSpec[];
}

const CHECKED = '2026-12-01';
const at = (url: string) => ({ url, checked: CHECKED });
const call = (number: string, option?: string): ContactSpec => ({ kind: 'call', number, ...(option ? { option } : {}) });
const text = (number: string, keyword?: string): ContactSpec => ({ kind: 'text', number, ...(keyword ? { keyword } : {}) });

/**
 * 112 reaches emergency services across the EU (Directive (EU) 2018/1972, art. 109), and in
 * Switzerland and Liechtenstein too.
 */
const EU_EMERGENCY = '112';

export const FIND_A_HELPLINE: LineSpec = {
  id: 'findAHelpline',
  contacts: [],
  url: 'https://findahelpline.com',
  source: at('https://findahelpline.com/AU'),
};

const SAMARITANS: LineSpec = {
  id: 'samaritans',
  contacts: [call('116 123')],
  url: 'https://www.samaritans.org',
  source: at('https://www.samaritans.org/how-we-can-help/contact-samaritan/'),
};

export const REGIONS: Readonly<Record<string, RegionSpec>> = {
  US: {
    emergency: '911',
    lines: [
      {
        id: 'us988',
        contacts: [call('988'), text('988')],
        url: 'https://988lifeline.org',
        source: at('https://www.cdcr.ca.gov/ccjbh/2022/07/19/dial-988-to-access-24-hour-emotional-support-and-resources/'),
      },
    ],
  },
  CA: {
    emergency: '911',
    lines: [
      {
        id: 'ca988',
        contacts: [call('988'), text('988')],
        url: 'https://988.ca',
        source: at('https://camh.ca/fr/agent-du-changement/988'),
      },
    ],
  },
  GB: {
    emergency: '999',
    lines: [
      SAMARITANS,
      {
        id: 'shout',
        contacts: [text('85258', 'SHOUT')],
        url: 'https://giveusashout.org',
        source: at('https://www.charitytoday.co.uk/mental-health-innovations-delivers-2-3m-value-to-charity-sector/'),
      },
    ],
  },
  IE: {
    emergency: EU_EMERGENCY,
    lines: [
      {
        ...SAMARITANS,
        id: 'samaritansIe',
        words: 'samaritans',
        url: 'https://www.samaritans.org/ireland/',
        source: at('https://www.samaritans.org/your-community/samaritans-ireland-scotland-and-wales/samaritans-ireland/journey'),
      },
      {
        // The launch coverage names different first words (TALK, HELLO): any message starts a chat.
        id: 'text50808',
        contacts: [text('50808')],
        url: 'https://text50808.ie',
        source: at('https://www.irishexaminer.com/news/arid-31005605.html'),
      },
    ],
  },
  AU: {
    emergency: '000',
    lines: [
      {
        id: 'auLifeline',
        contacts: [call('13 11 14'), text('0477 13 11 14')],
        url: 'https://www.lifeline.org.au',
        source: at('https://lifeinmind.org.au/news/lifelines-crisis-text-service-now-available-24-7'),
      },
    ],
  },
  NZ: {
    emergency: '111',
    lines: [
      {
        id: 'nz1737',
        contacts: [call('1737'), text('1737')],
        url: 'https://1737.org.nz',
        source: at('https://www.health.govt.nz/news-media/news-items/phone-counselling-service-busy-following-christchurch-tragedy'),
      },
    ],
  },
  ES: {
    emergency: EU_EMERGENCY,
    lines: [
      {
        // RTVE (the public broadcaster) on the Ministry of Health's launch, 9 May 2022.
        id: 'es024',
        contacts: [call('024')],
        source: at('https://www.rtve.es/noticias/20220509/sanidad-presenta-telefono-prevencion-suicidio/2347183.shtml'),
      },
    ],
  },
  MX: {
    // The national emergency number, beside the Línea de la Vida in the same coverage.
    emergency: '911',
    lines: [
      {
        // El Universal, 24 Dec 2025, quoting the national mental health commission (CONASAMA).
        id: 'mxLineaVida',
        contacts: [call('800 911 2000')],
        source: at(
          'https://www.eluniversal.com.mx/nacion/promueven-la-linea-de-la-vida-tras-presentar-encuesta-sobre-consumo-de-drogas-asi-puedes-pedir-ayuda/',
        ),
      },
    ],
  },
  AR: {
    // Emergency numbers differ by province (911, 107): no single one to offer.
    emergency: null,
    lines: [
      {
        // The national Ministry of Health's launch of its 24-hour line, Sept 2022.
        id: 'arSaludMental',
        contacts: [call('0800 999 0091')],
        source: at(
          'https://www.cba24n.com.ar/sociedad/se-habilito-linea-telefonica-nacional-y-gratuita-para-urgencias-de-salud-mental_a631b4db37e12b42cd076b8cf',
        ),
      },
    ],
  },
  CO: {
    emergency: '123',
    lines: [
      {
        // Bogotá's own service page; the line serves the capital.
        id: 'coLinea106',
        contacts: [call('106')],
        url: 'https://www.bogota.gov.co/servicios/guia-de-tramites-y-servicios/linea-106',
        source: at('http://www.bogota.gov.co/servicios/guia-de-tramites-y-servicios/linea-106'),
      },
    ],
  },
  FR: {
    emergency: EU_EMERGENCY,
    lines: [
      {
        id: 'fr3114',
        contacts: [call('3114')],
        url: 'https://3114.fr',
        source: at('https://www.service-public.fr/particuliers/actualites/A15206'),
      },
    ],
  },
  BE: {
    emergency: EU_EMERGENCY,
    lines: [
      {
        id: 'beCps',
        contacts: [call('0800 32 123')],
        url: 'https://www.preventionsuicide.be',
        source: at('https://www.preventionsuicide.be/fr/je-veux-vous-conna%C3%AEtre/notre-mission.html'),
      },
      {
        // VTM News on the Flemish government's launch of the free number.
        id: 'be1813',
        contacts: [call('1813')],
        url: 'https://www.zelfmoord1813.be',
        source: at('https://nieuws.vtm.be/binnenland/67758-nieuw-nummer-zelfmoordlijn1813'),
      },
    ],
  },
  CH: {
    emergency: EU_EMERGENCY,
    lines: [
      {
        id: 'ch143',
        contacts: [call('143')],
        url: 'https://www.143.ch',
        source: at('https://www.143.ch/unsere-geschichte/'),
      },
    ],
  },
  LI: {
    emergency: EU_EMERGENCY,
    lines: [
      {
        id: 'li143',
        words: 'ch143',
        contacts: [call('143')],
        url: 'https://www.143.ch',
        source: at('https://www.143.ch/unsere-geschichte/'),
      },
    ],
  },
  DE: {
    emergency: EU_EMERGENCY,
    lines: [
      {
        // domradio.de, the Archdiocese of Cologne's broadcaster (the churches run the line).
        id: 'deTelefonseelsorge',
        contacts: [call('0800 111 0 111'), call('0800 111 0 222')],
        url: 'https://www.telefonseelsorge.de',
        source: at('https://www.domradio.de/glossar/telefonseelsorge-0'),
      },
    ],
  },
  AT: {
    emergency: EU_EMERGENCY,
    lines: [
      {
        // The line's own press release (25 April 2023).
        id: 'atTelefonseelsorge',
        contacts: [call('142')],
        url: 'https://www.onlineberatung-telefonseelsorge.at',
        source: at(
          'https://www.ots.at/presseaussendung/OTM_20230425_OTM0006/telefonseelsorge-seit-25-jahren-amtlicher-notruf-fuer-die-seele',
        ),
      },
    ],
  },
  BR: {
    // SAMU, the public medical emergency service.
    emergency: '192',
    lines: [
      {
        id: 'brCvv',
        contacts: [call('188')],
        url: 'https://www.cvv.org.br',
        source: at('https://pt.wikipedia.org/wiki/Centro_de_Valoriza%C3%A7%C3%A3o_da_Vida'),
      },
    ],
  },
  PT: {
    emergency: EU_EMERGENCY,
    lines: [
      {
        // SAPO 24 on the ministerial order that opened the line on 10 September 2025.
        id: 'pt1411',
        contacts: [call('1411')],
        source: at(
          'https://24noticias.sapo.pt/atualidade/artigos/1411-linha-nacional-de-prevencao-do-suicidio-arranca-com-atendimento-24-horas',
        ),
      },
    ],
  },
  CL: {
    // SAMU, the public medical emergency service.
    emergency: '131',
    lines: [
      {
        // BioBioChile on the Ministry of Health's launch, January 2023.
        id: 'cl4141',
        contacts: [call('*4141')],
        source: at(
          'https://www.biobiochile.cl/noticias/nacional/chile/2023/01/06/no-estas-solo-minsal-lanza-fono-confidencial-4141-para-auxiliar-a-personas-con-ideacion-suicida.shtml',
        ),
      },
    ],
  },
  PE: {
    emergency: null,
    lines: [
      {
        // Infobae on the Ministry of Health's line, December 2024.
        id: 'pe113',
        contacts: [call('113', '5')],
        source: at('https://www.infobae.com/peru/2024/12/29/linea-113-recibio-mas-de-135-mil-llamadas-de-apoyo-en-salud-mental-en-2024'),
      },
    ],
  },
  LU: {
    emergency: EU_EMERGENCY,
    lines: [
      {
        // Luxemburger Wort's interview with the line's psychologist (Dec 2022).
        id: 'luSosDetresse',
        contacts: [call('45 45 45')],
        source: at('https://www.wort.lu/fr/luxembourg/sos-detresse-45-ans-d-ecoute-et-d-aide-au-bout-du-fil-638b1a9bde135b923628406c'),
      },
    ],
  },
};
