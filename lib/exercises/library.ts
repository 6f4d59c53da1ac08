import type { Translator, MessageKey } from '../i18n/translator';
import type { BreathPhase, Exercise } from '../model/exercise';

/**
 * The focus tags a therapist can set, and the words clients use for them, in English, Spanish,
 * French, German and Portuguese. Matching is on these canonical tags, so "Depression" or
 * "depresión" on a therapist's card finds the low-mood exercises.
 */
export const FOCUS_TAGS: Readonly<Record<string, readonly string[]>> = {
  anxiety: [
    ...['anxiety', 'anxious', 'nerves', 'social anxiety', 'gad'],
    ...['ansiedad', 'nervios', 'ansiedad social', 'anxiété', 'angoisse', 'anxiété sociale'],
    ...['angst', 'ängste', 'soziale angst', 'ansiedade', 'ansiedade social'],
  ],
  panic: [
    ...['panic', 'panic attacks', 'pánico', 'ataques de pánico', 'panique', 'crises de panique', 'attaques de panique'],
    ...['panik', 'panikattacken', 'pânico', 'ataques de pânico', 'crises de pânico'],
  ],
  worry: [
    ...['worry', 'worrying', 'rumination', 'overthinking', 'preocupación', 'preocupaciones', 'rumiación'],
    ...['inquiétude', 'inquiétudes', 'ruminations', 'sorgen', 'grübeln', 'preocupação', 'preocupações', 'ruminação'],
  ],
  'low mood': [
    ...['low mood', 'depression', 'mood', 'sadness', 'grief', 'depresión', 'tristeza', 'duelo', 'ánimo'],
    ...['dépression', 'tristesse', 'deuil', 'humeur', 'niedergeschlagenheit', 'trauer', 'stimmung'],
    ...['depressão', 'luto', 'humor'],
  ],
  stress: [
    ...['stress', 'burnout', 'overwhelm', 'estrés', 'agotamiento', 'burn-out', 'épuisement'],
    ...['überlastung', 'erschöpfung', 'estresse', 'esgotamento', 'sobrecarga'],
  ],
  sleep: [
    ...['sleep', 'insomnia', 'sueño', 'insomnio', 'sommeil', 'insomnie'],
    ...['schlaf', 'schlafstörungen', 'schlaflosigkeit', 'sono', 'insônia'],
  ],
  relationships: [
    ...['relationships', 'couples', 'family', 'conflict', 'relaciones', 'pareja', 'familia', 'conflictos'],
    ...['relations', 'couple', 'famille', 'conflits', 'beziehungen', 'partnerschaft', 'familie', 'konflikte'],
    ...['relacionamentos', 'casal', 'família', 'conflitos'],
  ],
  anger: [
    ...['anger', 'irritability', 'emotion regulation', 'emotions', 'ira', 'enfado', 'rabia', 'emociones'],
    ...['colère', 'irritabilité', 'émotions', 'wut', 'ärger', 'reizbarkeit', 'emotionsregulation', 'gefühle'],
    ...['raiva', 'irritabilidade', 'emoções', 'regulação emocional'],
  ],
  distress: [
    ...['distress', 'crisis', 'self-harm urges', 'urges', 'autolesiones', 'impulsos', 'crise', 'détresse'],
    ...['automutilation', 'krise', 'krisen', 'selbstverletzung', 'autolesão', 'angústia'],
  ],
  trauma: [...['trauma', 'ptsd', 'flashbacks', 'tept', 'traumatismo', 'tspt', 'traumatisme', 'ptbs', 'traumata']],
  'self-esteem': [
    ...['self-esteem', 'self-criticism', 'confidence', 'shame', 'autoestima', 'autocrítica', 'vergüenza'],
    ...['estime de soi', 'confiance en soi', 'autocritique', 'honte', 'selbstwert', 'selbstwertgefühl'],
    ...['selbstkritik', 'scham', 'autoconfiança', 'vergonha'],
  ],
  motivation: [
    ...['motivation', 'procrastination', 'avoidance', 'values', 'motivación', 'procrastinación', 'evitación'],
    ...['valores', 'évitement', 'valeurs', 'aufschieben', 'vermeidung', 'werte', 'motivação', 'procrastinação'],
    ...['evitação'],
  ],
};

/** A built-in exercise as the library stores it: its words are catalogue keys (exercises.json). */
interface BuiltIn {
  id: string;
  title: MessageKey;
  helpsWith: MessageKey;
  tags: string[];
  steps: MessageKey[];
  minutes: number;
  source: { name: MessageKey; url: string };
  caution?: MessageKey;
  /** Paced breathing: each phase and its seconds. */
  breathing?: [BreathPhase['kind'], number][];
}

/**
 * The built-in library. Steps are written in our own words from the named source; the source
 * link lets the client read the original.
 */
const LIBRARY: readonly BuiltIn[] = [
  {
    id: 'relaxed-breathing',
    title: 'exercises_relaxedBreathingTitle',
    helpsWith: 'exercises_relaxedBreathingHelps',
    tags: ['anxiety', 'panic', 'stress', 'sleep'],
    steps: [
      'exercises_relaxedBreathingStep1',
      'exercises_relaxedBreathingStep2',
      'exercises_relaxedBreathingStep3',
      'exercises_relaxedBreathingStep4',
      'exercises_relaxedBreathingStep5',
    ],
    minutes: 5,
    source: {
      name: 'exercises_relaxedBreathingSource',
      url: 'https://www.nhs.uk/mental-health/self-help/guides-tools-and-activities/breathing-exercises-for-stress/',
    },
    breathing: [
      ['in', 5],
      ['out', 5],
    ],
  },
  {
    id: 'box-breathing',
    title: 'exercises_boxBreathingTitle',
    helpsWith: 'exercises_boxBreathingHelps',
    tags: ['anxiety', 'stress', 'anger', 'panic'],
    steps: [
      'exercises_boxBreathingStep1',
      'exercises_boxBreathingStep2',
      'exercises_boxBreathingStep3',
      'exercises_boxBreathingStep4',
      'exercises_boxBreathingStep5',
    ],
    minutes: 4,
    source: { name: 'exercises_boxBreathingSource', url: 'https://health.clevelandclinic.org/box-breathing-benefits' },
    breathing: [
      ['in', 4],
      ['hold', 4],
      ['out', 4],
      ['hold', 4],
    ],
  },
  {
    id: 'thought-record',
    title: 'exercises_thoughtRecordTitle',
    helpsWith: 'exercises_thoughtRecordHelps',
    tags: ['anxiety', 'low mood', 'worry', 'self-esteem', 'stress'],
    steps: [
      'exercises_thoughtRecordStep1',
      'exercises_thoughtRecordStep2',
      'exercises_thoughtRecordStep3',
      'exercises_thoughtRecordStep4',
      'exercises_thoughtRecordStep5',
    ],
    minutes: 15,
    source: {
      name: 'exercises_thoughtRecordSource',
      url: 'https://www.therapistaid.com/therapy-worksheet/cbt-thought-record',
    },
  },
  {
    id: 'behavioural-activation',
    title: 'exercises_behaviouralActivationTitle',
    helpsWith: 'exercises_behaviouralActivationHelps',
    tags: ['low mood', 'motivation'],
    steps: [
      'exercises_behaviouralActivationStep1',
      'exercises_behaviouralActivationStep2',
      'exercises_behaviouralActivationStep3',
      'exercises_behaviouralActivationStep4',
    ],
    minutes: 20,
    source: {
      name: 'exercises_behaviouralActivationSource',
      url: 'https://www.cci.health.wa.gov.au/Resources/Looking-After-Yourself/Depression',
    },
  },
  {
    id: 'grounding-54321',
    title: 'exercises_grounding54321Title',
    helpsWith: 'exercises_grounding54321Helps',
    tags: ['anxiety', 'panic', 'trauma', 'distress'],
    steps: [
      'exercises_grounding54321Step1',
      'exercises_grounding54321Step2',
      'exercises_grounding54321Step3',
      'exercises_grounding54321Step4',
      'exercises_grounding54321Step5',
    ],
    minutes: 3,
    source: {
      name: 'exercises_grounding54321Source',
      url: 'https://www.urmc.rochester.edu/behavioral-health-partners/bhp-blog/april-2018/5-4-3-2-1-coping-technique-for-anxiety.aspx',
    },
  },
  {
    id: 'dbt-stop',
    title: 'exercises_dbtStopTitle',
    helpsWith: 'exercises_dbtStopHelps',
    tags: ['anger', 'distress', 'relationships', 'stress'],
    steps: ['exercises_dbtStopStep1', 'exercises_dbtStopStep2', 'exercises_dbtStopStep3', 'exercises_dbtStopStep4'],
    minutes: 2,
    source: {
      name: 'exercises_dbtStopSource',
      url: 'https://www.guilford.com/books/DBT-Skills-Training-Manual/Marsha-Linehan/9781462516995',
    },
  },
  {
    id: 'dbt-tipp',
    title: 'exercises_dbtTippTitle',
    helpsWith: 'exercises_dbtTippHelps',
    tags: ['distress', 'anger', 'panic'],
    steps: ['exercises_dbtTippStep1', 'exercises_dbtTippStep2', 'exercises_dbtTippStep3', 'exercises_dbtTippStep4'],
    minutes: 10,
    source: {
      name: 'exercises_dbtTippSource',
      url: 'https://www.guilford.com/books/DBT-Skills-Training-Manual/Marsha-Linehan/9781462516995',
    },
    caution: 'exercises_dbtTippCaution',
    breathing: [
      ['in', 5],
      ['out', 7],
    ],
  },
  {
    id: 'progressive-muscle-relaxation',
    title: 'exercises_progressiveMuscleRelaxationTitle',
    helpsWith: 'exercises_progressiveMuscleRelaxationHelps',
    tags: ['anxiety', 'stress', 'sleep'],
    steps: [
      'exercises_progressiveMuscleRelaxationStep1',
      'exercises_progressiveMuscleRelaxationStep2',
      'exercises_progressiveMuscleRelaxationStep3',
      'exercises_progressiveMuscleRelaxationStep4',
      'exercises_progressiveMuscleRelaxationStep5',
    ],
    minutes: 15,
    source: {
      name: 'exercises_progressiveMuscleRelaxationSource',
      url: 'https://www.anxietycanada.com/articles/how-to-do-progressive-muscle-relaxation/',
    },
  },
  {
    id: 'worry-time',
    title: 'exercises_worryTimeTitle',
    helpsWith: 'exercises_worryTimeHelps',
    tags: ['worry', 'anxiety', 'sleep'],
    steps: [
      'exercises_worryTimeStep1',
      'exercises_worryTimeStep2',
      'exercises_worryTimeStep3',
      'exercises_worryTimeStep4',
      'exercises_worryTimeStep5',
    ],
    minutes: 20,
    source: {
      name: 'exercises_worryTimeSource',
      url: 'https://www.cci.health.wa.gov.au/Resources/Looking-After-Yourself/Worry-and-Rumination',
    },
  },
  {
    id: 'three-good-things',
    title: 'exercises_threeGoodThingsTitle',
    helpsWith: 'exercises_threeGoodThingsHelps',
    tags: ['low mood', 'stress', 'self-esteem'],
    steps: [
      'exercises_threeGoodThingsStep1',
      'exercises_threeGoodThingsStep2',
      'exercises_threeGoodThingsStep3',
      'exercises_threeGoodThingsStep4',
    ],
    minutes: 10,
    source: { name: 'exercises_threeGoodThingsSource', url: 'https://ggia.berkeley.edu/practice/three-good-things' },
  },
  {
    id: 'values-bulls-eye',
    title: 'exercises_valuesBullsEyeTitle',
    helpsWith: 'exercises_valuesBullsEyeHelps',
    tags: ['low mood', 'motivation', 'relationships', 'self-esteem'],
    steps: [
      'exercises_valuesBullsEyeStep1',
      'exercises_valuesBullsEyeStep2',
      'exercises_valuesBullsEyeStep3',
      'exercises_valuesBullsEyeStep4',
    ],
    minutes: 15,
    source: { name: 'exercises_valuesBullsEyeSource', url: 'https://thehappinesstrap.com/free-resources/' },
  },
  {
    id: 'self-compassion-break',
    title: 'exercises_selfCompassionBreakTitle',
    helpsWith: 'exercises_selfCompassionBreakHelps',
    tags: ['self-esteem', 'low mood', 'stress', 'relationships'],
    steps: [
      'exercises_selfCompassionBreakStep1',
      'exercises_selfCompassionBreakStep2',
      'exercises_selfCompassionBreakStep3',
      'exercises_selfCompassionBreakStep4',
    ],
    minutes: 5,
    source: {
      name: 'exercises_selfCompassionBreakSource',
      url: 'https://ggia.berkeley.edu/practice/self_compassion_break',
    },
  },
  {
    id: 'wind-down',
    title: 'exercises_windDownTitle',
    helpsWith: 'exercises_windDownHelps',
    tags: ['sleep', 'stress', 'worry'],
    steps: ['exercises_windDownStep1', 'exercises_windDownStep2', 'exercises_windDownStep3', 'exercises_windDownStep4'],
    minutes: 10,
    source: {
      name: 'exercises_windDownSource',
      url: 'https://www.nhs.uk/every-mind-matters/mental-health-issues/sleep/',
    },
  },
];

const PHASE_WORDS: Readonly<Record<BreathPhase['kind'], MessageKey>> = {
  in: 'exercises_breatheIn',
  out: 'exercises_breatheOut',
  hold: 'exercises_hold',
};

/** The built-in exercises in the words of `words` (the UI's catalogue, `uiTranslator()`). */
export function builtInExercises(words: Pick<Translator, 't'>): Exercise[] {
  return LIBRARY.map((e) => ({
    id: e.id,
    title: words.t(e.title),
    helpsWith: words.t(e.helpsWith),
    tags: e.tags,
    steps: e.steps.map((s) => words.t(s)),
    minutes: e.minutes,
    source: { name: words.t(e.source.name), url: e.source.url },
    ...(e.caution ? { caution: words.t(e.caution) } : {}),
    ...(e.breathing
      ? { breathing: e.breathing.map(([kind, seconds]) => ({ kind, label: words.t(PHASE_WORDS[kind]), seconds })) }
      : {}),
  }));
}
