import type { MessageKey } from './i18n/translator';

/**
 * The crisis lines per region (ISO 3166-1 alpha-2), a data table. Every number here was read on
 * the page named in `source` on the date in `checked`; a region without a page that confirms its
 * numbers has no entry and gets the general fallback (Find A Helpline). The words shown for a
 * line (its name and note) are in the `crisis` catalogue (locales/<locale>/crisis.json).
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
  /** The line's name and its one-sentence note, in the `crisis` catalogue. */
  name: MessageKey;
  note: MessageKey;
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
const call = (number: string, option?: string): ContactSpec => ({
  kind: 'call',
  number,
  ...(option ? { option } : {}),
});
const text = (number: string, keyword?: string): ContactSpec => ({
  kind: 'text',
  number,
  ...(keyword ? { keyword } : {}),
});

/**
 * 112 reaches emergency services across the EU (Directive (EU) 2018/1972, art. 109), and in
 * Switzerland and Liechtenstein too.
 */
const EU_EMERGENCY = '112';

export const FIND_A_HELPLINE: LineSpec = {
  id: 'findAHelpline',
  name: 'crisis_findAHelplineName',
  note: 'crisis_findAHelplineNote',
  contacts: [],
  url: 'https://findahelpline.com',
  source: at('https://findahelpline.com/AU'),
};

const SAMARITANS: LineSpec = {
  id: 'samaritans',
  name: 'crisis_samaritansName',
  note: 'crisis_samaritansNote',
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
        name: 'crisis_us988Name',
        note: 'crisis_us988Note',
        contacts: [call('988'), text('988')],
        url: 'https://988lifeline.org',
        source: at(
          'https://www.cdcr.ca.gov/ccjbh/2022/07/19/dial-988-to-access-24-hour-emotional-support-and-resources/',
        ),
      },
    ],
  },
  CA: {
    emergency: '911',
    lines: [
      {
        id: 'ca988',
        name: 'crisis_ca988Name',
        note: 'crisis_ca988Note',
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
        name: 'crisis_shoutName',
        note: 'crisis_shoutNote',
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
        name: 'crisis_samaritansName',
        note: 'crisis_samaritansNote',
        url: 'https://www.samaritans.org/ireland/',
        source: at(
          'https://www.samaritans.org/your-community/samaritans-ireland-scotland-and-wales/samaritans-ireland/journey',
        ),
      },
      {
        // The launch coverage names different first words (TALK, HELLO): any message starts a chat.
        id: 'text50808',
        name: 'crisis_text50808Name',
        note: 'crisis_text50808Note',
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
        name: 'crisis_auLifelineName',
        note: 'crisis_auLifelineNote',
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
        name: 'crisis_nz1737Name',
        note: 'crisis_nz1737Note',
        contacts: [call('1737'), text('1737')],
        url: 'https://1737.org.nz',
        source: at(
          'https://www.health.govt.nz/news-media/news-items/phone-counselling-service-busy-following-christchurch-tragedy',
        ),
      },
    ],
  },
  ES: {
    emergency: EU_EMERGENCY,
    lines: [
      {
        // RTVE (the public broadcaster) on the Ministry of Health's launch, 9 May 2022.
        id: 'es024',
        name: 'crisis_es024Name',
        note: 'crisis_es024Note',
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
        name: 'crisis_mxLineaVidaName',
        note: 'crisis_mxLineaVidaNote',
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
        name: 'crisis_arSaludMentalName',
        note: 'crisis_arSaludMentalNote',
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
        name: 'crisis_coLinea106Name',
        note: 'crisis_coLinea106Note',
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
        name: 'crisis_fr3114Name',
        note: 'crisis_fr3114Note',
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
        name: 'crisis_beCpsName',
        note: 'crisis_beCpsNote',
        contacts: [call('0800 32 123')],
        url: 'https://www.preventionsuicide.be',
        source: at('https://www.preventionsuicide.be/fr/je-veux-vous-conna%C3%AEtre/notre-mission.html'),
      },
      {
        // VTM News on the Flemish government's launch of the free number.
        id: 'be1813',
        name: 'crisis_be1813Name',
        note: 'crisis_be1813Note',
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
        name: 'crisis_ch143Name',
        note: 'crisis_ch143Note',
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
        name: 'crisis_ch143Name',
        note: 'crisis_ch143Note',
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
        name: 'crisis_deTelefonseelsorgeName',
        note: 'crisis_deTelefonseelsorgeNote',
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
        name: 'crisis_atTelefonseelsorgeName',
        note: 'crisis_atTelefonseelsorgeNote',
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
        name: 'crisis_brCvvName',
        note: 'crisis_brCvvNote',
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
        name: 'crisis_pt1411Name',
        note: 'crisis_pt1411Note',
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
        name: 'crisis_cl4141Name',
        note: 'crisis_cl4141Note',
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
        name: 'crisis_pe113Name',
        note: 'crisis_pe113Note',
        contacts: [call('113', '5')],
        source: at(
          'https://www.infobae.com/peru/2024/12/29/linea-113-recibio-mas-de-135-mil-llamadas-de-apoyo-en-salud-mental-en-2024',
        ),
      },
    ],
  },
  LU: {
    emergency: EU_EMERGENCY,
    lines: [
      {
        // Luxemburger Wort's interview with the line's psychologist (Dec 2022).
        id: 'luSosDetresse',
        name: 'crisis_luSosDetresseName',
        note: 'crisis_luSosDetresseNote',
        contacts: [call('45 45 45')],
        source: at(
          'https://www.wort.lu/fr/luxembourg/sos-detresse-45-ans-d-ecoute-et-d-aide-au-bout-du-fil-638b1a9bde135b923628406c',
        ),
      },
    ],
  },
};
