import type { Exercise } from './exercise';

/**
 * The focus tags a therapist can set, and the words clients use for them. Matching is on
 * these canonical tags, so "Depression" on a therapist's card finds the low-mood exercises.
 */
export const FOCUS_TAGS: Readonly<Record<string, readonly string[]>> = {
  anxiety: ['anxiety', 'anxious', 'nerves', 'social anxiety', 'gad'],
  panic: ['panic', 'panic attacks'],
  worry: ['worry', 'worrying', 'rumination', 'overthinking'],
  'low mood': ['low mood', 'depression', 'mood', 'sadness', 'grief'],
  stress: ['stress', 'burnout', 'overwhelm'],
  sleep: ['sleep', 'insomnia'],
  relationships: ['relationships', 'couples', 'family', 'conflict'],
  anger: ['anger', 'irritability', 'emotion regulation', 'emotions'],
  distress: ['distress', 'crisis', 'self-harm urges', 'urges'],
  trauma: ['trauma', 'ptsd', 'flashbacks'],
  'self-esteem': ['self-esteem', 'self-criticism', 'confidence', 'shame'],
  motivation: ['motivation', 'procrastination', 'avoidance', 'values'],
};

/**
 * The built-in library. Steps are written in our own words from the named
 * source; the source link lets the client read the original.
 */
export const EXERCISES: readonly Exercise[] = [
  {
    id: 'relaxed-breathing',
    title: 'Relaxed breathing',
    helpsWith: 'Calms stress, anxiety and panic, and helps you wind down before sleep.',
    tags: ['anxiety', 'panic', 'stress', 'sleep'],
    steps: [
      'Get comfortable: sit in a chair that supports your back, lie down, or stand with your feet hip-width apart.',
      'Let your breath go down into your belly, without forcing it. Breathe in through your nose and out through your mouth.',
      'Breathe in gently, counting steadily from 1 to 5. It is fine if you cannot reach 5 at first.',
      'Without pausing or holding your breath, let it flow out gently, counting from 1 to 5 again.',
      'Keep going for 3 to 5 minutes.',
    ],
    minutes: 5,
    source: {
      name: 'NHS — Breathing exercises for stress',
      url: 'https://www.nhs.uk/mental-health/self-help/guides-tools-and-activities/breathing-exercises-for-stress/',
    },
    breathing: [
      { kind: 'in', label: 'Breathe in', seconds: 5 },
      { kind: 'out', label: 'Breathe out', seconds: 5 },
    ],
  },
  {
    id: 'box-breathing',
    title: 'Box breathing',
    helpsWith: 'Steadies you when you feel keyed up, and helps you focus before something hard.',
    tags: ['anxiety', 'stress', 'anger', 'panic'],
    steps: [
      'Sit upright and breathe out fully.',
      'Breathe in through your nose for a count of 4.',
      'Hold the breath gently for 4.',
      'Breathe out through your mouth for 4.',
      'Hold, empty, for 4. Repeat for a few minutes; stop and breathe normally if you feel dizzy.',
    ],
    minutes: 4,
    source: {
      name: 'Cleveland Clinic — Box breathing',
      url: 'https://health.clevelandclinic.org/box-breathing-benefits',
    },
    breathing: [
      { kind: 'in', label: 'Breathe in', seconds: 4 },
      { kind: 'hold', label: 'Hold', seconds: 4 },
      { kind: 'out', label: 'Breathe out', seconds: 4 },
      { kind: 'hold', label: 'Hold', seconds: 4 },
    ],
  },
  {
    id: 'thought-record',
    title: 'CBT thought record',
    helpsWith: 'Untangles a thought that keeps pulling your mood down, and finds a fairer way to see it.',
    tags: ['anxiety', 'low mood', 'worry', 'self-esteem', 'stress'],
    steps: [
      'Write down the situation: where you were, who was there, what happened.',
      'Write the thought that went through your mind, as close to word for word as you can.',
      'Name the feelings it brought, and rate how strong each was from 0 to 100.',
      'List the evidence for the thought, then the evidence against it.',
      'Write a more balanced thought that fits all the evidence, then rate your feelings again.',
    ],
    minutes: 15,
    source: {
      name: 'Therapist Aid — CBT Thought Record',
      url: 'https://www.therapistaid.com/therapy-worksheet/cbt-thought-record',
    },
  },
  {
    id: 'behavioural-activation',
    title: 'Plan one small activity',
    helpsWith: 'Lifts low mood by doing before feeling like it: small steps bring back energy and interest.',
    tags: ['low mood', 'motivation'],
    steps: [
      'List a few things that used to give you pleasure or a sense of achievement. Small counts: a walk, a call, a tidy drawer.',
      'Pick one that is easy to do today, and choose when you will do it.',
      "Do it, even if you don't feel like it. Motivation often follows action rather than leading it.",
      'Afterwards, rate your mood and your sense of achievement from 0 to 10, and note what you noticed.',
    ],
    minutes: 20,
    source: {
      name: 'Centre for Clinical Interventions (CCI) — Back from the Bluez: Keeping Active',
      url: 'https://www.cci.health.wa.gov.au/Resources/Looking-After-Yourself/Depression',
    },
  },
  {
    id: 'grounding-54321',
    title: '5-4-3-2-1 grounding',
    helpsWith: 'Brings you back to the present when anxiety, panic or memories sweep you away.',
    tags: ['anxiety', 'panic', 'trauma', 'distress'],
    steps: [
      'Look around and name 5 things you can see.',
      'Notice 4 things you can touch or feel: your feet on the floor, the chair under you.',
      'Listen for 3 things you can hear.',
      'Notice 2 things you can smell.',
      'Notice 1 thing you can taste. Take a slow breath and see how you feel now.',
    ],
    minutes: 3,
    source: {
      name: 'University of Rochester Medical Center — 5-4-3-2-1 coping technique',
      url: 'https://www.urmc.rochester.edu/behavioral-health-partners/bhp-blog/april-2018/5-4-3-2-1-coping-technique-for-anxiety.aspx',
    },
  },
  {
    id: 'dbt-stop',
    title: 'STOP skill',
    helpsWith: 'Gives you a pause before acting on a strong urge or emotion, so you can choose what you do.',
    tags: ['anger', 'distress', 'relationships', 'stress'],
    steps: [
      'Stop: freeze for a moment. Do not act or speak yet.',
      'Take a step back: take a breath, and give yourself some space from the situation.',
      'Observe: notice what is happening inside you and around you, and what others are saying and doing.',
      'Proceed mindfully: ask what you want from this situation, and act in the way that helps.',
    ],
    minutes: 2,
    source: {
      name: 'DBT Skills Training Manual, 2nd ed. (Linehan, 2015) — distress tolerance',
      url: 'https://www.guilford.com/books/DBT-Skills-Training-Manual/Marsha-Linehan/9781462516995',
    },
  },
  {
    id: 'dbt-tipp',
    title: 'TIPP skill',
    helpsWith: 'Brings very strong emotion down quickly by changing your body chemistry.',
    tags: ['distress', 'anger', 'panic'],
    caution:
      'Cold water slows your heart rate quickly. If you have a heart condition, a slow heart rate, an eating disorder, or take heart medicine such as beta-blockers, ask your doctor before using the cold-water or intense-exercise steps.',
    steps: [
      'Temperature: hold your breath and put your face in cold water (or hold a cold pack over your eyes and cheeks) for about 30 seconds.',
      'Intense exercise: for a few minutes, do something that raises your heart rate, such as running on the spot or fast stairs.',
      'Paced breathing: breathe out for longer than you breathe in, for example in for 5 and out for 7, for a couple of minutes.',
      'Paired muscle relaxation: as you breathe in, tense a group of muscles; as you breathe out, let them go and notice the difference.',
    ],
    minutes: 10,
    source: {
      name: 'DBT Skills Training Manual, 2nd ed. (Linehan, 2015) — distress tolerance',
      url: 'https://www.guilford.com/books/DBT-Skills-Training-Manual/Marsha-Linehan/9781462516995',
    },
    breathing: [
      { kind: 'in', label: 'Breathe in', seconds: 5 },
      { kind: 'out', label: 'Breathe out', seconds: 7 },
    ],
  },
  {
    id: 'progressive-muscle-relaxation',
    title: 'Progressive muscle relaxation',
    helpsWith: 'Releases the tension that anxiety and stress build up in your body; helps with sleep.',
    tags: ['anxiety', 'stress', 'sleep'],
    steps: [
      'Sit or lie somewhere comfortable and take a few slow breaths.',
      'Tense one muscle group, such as your hands made into fists, for about 5 seconds as you breathe in.',
      'Let go all at once as you breathe out, and notice the feeling of relaxation for 10 to 15 seconds.',
      'Move through your body: hands, arms, shoulders, face, stomach, legs, feet.',
      'Finish with a few slow breaths. Skip any area that is injured or painful.',
    ],
    minutes: 15,
    source: {
      name: 'Anxiety Canada — How to do progressive muscle relaxation',
      url: 'https://www.anxietycanada.com/articles/how-to-do-progressive-muscle-relaxation/',
    },
  },
  {
    id: 'worry-time',
    title: 'Worry time',
    helpsWith: 'Stops worries from taking over the whole day by giving them a set time and place.',
    tags: ['worry', 'anxiety', 'sleep'],
    steps: [
      'Choose 15 to 20 minutes at the same time each day for worrying, not close to bedtime.',
      'During the day, when a worry comes up, jot it down in a word or two and postpone it to worry time.',
      'Bring your attention back to what you were doing.',
      "At worry time, go through the list. Some worries won't matter any more; for the rest, look for a next step or let them be.",
      'When the time is up, stop, and do something else.',
    ],
    minutes: 20,
    source: {
      name: 'Centre for Clinical Interventions (CCI) — What? Me Worry!?!',
      url: 'https://www.cci.health.wa.gov.au/Resources/Looking-After-Yourself/Worry-and-Rumination',
    },
  },
  {
    id: 'three-good-things',
    title: 'Three good things',
    helpsWith: 'Trains your attention towards what goes well, which lifts mood over a week or two.',
    tags: ['low mood', 'stress', 'self-esteem'],
    steps: [
      'In the evening, write down three things that went well today. Small is fine.',
      'For each one, write what happened, in a little detail.',
      'Write why you think it happened, and what part you played.',
      'Do this every day for a week.',
    ],
    minutes: 10,
    source: {
      name: 'Greater Good in Action (UC Berkeley) — Three Good Things',
      url: 'https://ggia.berkeley.edu/practice/three-good-things',
    },
  },
  {
    id: 'values-bulls-eye',
    title: "Values bull's eye",
    helpsWith: 'Reconnects you with what matters to you and points to one step towards it.',
    tags: ['low mood', 'motivation', 'relationships', 'self-esteem'],
    steps: [
      'Take four areas of life: work or study, relationships, personal growth and health, leisure.',
      'For each, write a few words about the kind of person you want to be there.',
      "Draw a target for each area and mark how close you've lived to that value this week: the centre means fully.",
      'Pick the area furthest from the centre, and one small action this week that moves you closer.',
    ],
    minutes: 15,
    source: {
      name: "ACT: the Bull's Eye values exercise (Lundgren; Russ Harris, ACT Made Simple)",
      url: 'https://thehappinesstrap.com/free-resources/',
    },
  },
  {
    id: 'self-compassion-break',
    title: 'Self-compassion break',
    helpsWith: 'Softens self-criticism, for example after a missed session or a hard day.',
    tags: ['self-esteem', 'low mood', 'stress', 'relationships'],
    steps: [
      'Think of something that is bothering you right now, and let yourself feel it a little.',
      'Say to yourself: "This is a moment of difficulty." Naming it is mindfulness.',
      'Say: "Difficulty is part of life. Other people feel this too."',
      'Put a hand on your chest and say: "May I be kind to myself," or words that fit you.',
    ],
    minutes: 5,
    source: {
      name: 'Greater Good in Action (UC Berkeley) — Self-Compassion Break',
      url: 'https://ggia.berkeley.edu/practice/self_compassion_break',
    },
  },
  {
    id: 'wind-down',
    title: 'Wind-down routine for sleep',
    helpsWith: 'Helps your body learn that bed means sleep, when sleep will not come.',
    tags: ['sleep', 'stress', 'worry'],
    steps: [
      'Get up at the same time every day, including weekends.',
      'Spend the last hour before bed on something calm, with screens off and the lights low.',
      'Use your bed for sleep only: not for scrolling, work or worrying.',
      "If you're still awake after about 20 minutes, get up, do something quiet in dim light, and go back when you feel sleepy.",
    ],
    minutes: 10,
    source: {
      name: 'NHS Every Mind Matters — Sleep problems',
      url: 'https://www.nhs.uk/every-mind-matters/mental-health-issues/sleep/',
    },
  },
];
