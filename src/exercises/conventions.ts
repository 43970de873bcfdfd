/**
 * Step ids with a meaning beyond their own question. The built-in exercises use them, and own
 * exercises that use the same ids get the same treatment (actions, flags, analysis).
 */
export const STEP = {
  /** Text: who the call is with (person, role, organisation); its names are hidden when anonymizing, and the recap card shows it. */
  who: "who",
  /** A `list` step whose items become follow-up actions. */
  actions: "actions",
  /** A `confirm` step: yes flags the entry for the coach. */
  discussWithCoach: "discuss_with_coach",
  /** Text: why the entry is flagged for the coach (an own exercise may ask it). */
  discussWhy: "discuss_why",
  expectedEmotions: "expected_emotions",
  expectedNeeds: "expected_needs",
  observedEmotions: "observed_emotions",
  observedNeeds: "observed_needs",
  /** A `choice` whose options carry the 0/1/2 score of how close the prep's guess was. */
  guessAccuracy: "guess_accuracy",
  askedFeedback: "asked_feedback",
  goodMoment: "good_moment",
  difficultMoment: "difficult_moment",
  wanted: "wanted",
  /** Prep steps the recap card shows (with `who`). */
  questions: "questions",
  assumptions: "assumptions",
  /** A daily's intention for tomorrow, and the next daily's `choice` of yes / partly / no about it. */
  intention: "intention",
  intentionKept: "intention_kept",
  /** A `choice` of in_person / video / phone / written: how the call is held (a debrief may take it from its prep). */
  channel: "channel",
  /** The quick debrief's one moment worth sharing, good or difficult. */
  moment: "moment",
} as const;

export const COACH_FLAG = "coach";

/** An option id as the command line spells it (`--channel in-person`): - for _, as options are spelt. */
export const optionWord = (id: string) => id.replaceAll("_", "-");
