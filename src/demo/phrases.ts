import type { Lang } from "../i18n/lang.js";

/** The people and words of the sample journal, in both languages. */
export interface CustomerProfile {
  name: string;
  who: { nl: string; en: string };
  emotions: string[];
  needs: string[];
}

export const CUSTOMERS: CustomerProfile[] = [
  { name: "Bakkerij De Vries", who: { nl: "Anne de Vries, eigenaar", en: "Anne de Vries, owner" }, emotions: ["worried", "tired", "hopeful", "rushed"], needs: ["certainty", "fair_price", "time"] },
  { name: "Van Dijk Logistiek", who: { nl: "Mark van Dijk, inkoper", en: "Mark van Dijk, buyer" }, emotions: ["impatient", "sceptical", "frustrated", "satisfied"], needs: ["speed", "reliability", "clarity"] },
  { name: "Zorggroep Noord", who: { nl: "Fatima El Amrani, teamleider", en: "Fatima El Amrani, team lead" }, emotions: ["overwhelmed", "uncertain", "grateful", "relieved"], needs: ["support", "being_heard", "simplicity"] },
  { name: "Studio Lente", who: { nl: "Joris Lente, oprichter", en: "Joris Lente, founder" }, emotions: ["enthusiastic", "curious", "anxious", "inspired"], needs: ["expertise", "growth", "autonomy"] },
  { name: "Hofman Techniek", who: { nl: "Els Hofman, directeur", en: "Els Hofman, director" }, emotions: ["guarded", "stressed", "trusting", "disappointed"], needs: ["partnership", "recognition", "results"] },
  { name: "Acme BV", who: { nl: "Ilse Bakker, projectleider", en: "Ilse Bakker, project lead" }, emotions: ["nervous", "interested", "irritated", "reassured"], needs: ["reassurance", "availability", "flexibility"] },
];

type Pool = { nl: string[]; en: string[] };

export const PHRASES: Record<string, Pool> = {
  interests: {
    nl: ["Zekerheid over de levering in het nieuwe jaar", "Minder gedoe met de planning", "Een partner die meedenkt", "Grip op de kosten"],
    en: ["Certainty about deliveries next year", "Less hassle with the planning", "A partner who thinks along", "A grip on the costs"],
  },
  question: {
    nl: ["Wat houdt je op dit moment het meest bezig?", "Wat zou voor jou een goede uitkomst zijn?", "Hoe gaat het echt met de zaak?", "Waar maak je je de meeste zorgen over?"],
    en: ["What keeps you busiest right now?", "What would a good outcome be for you?", "How is business really going?", "What worries you most?"],
  },
  assumption: {
    nl: ["Dat het alleen om de prijs gaat", "Dat ze al een besluit hebben genomen", "Dat ze geen tijd hebben", "Dat ze ontevreden zijn"],
    en: ["That it is only about price", "That they have already decided", "That they have no time", "That they are unhappy"],
  },
  tip: {
    nl: ["Plan de bestelling een week eerder", "Gebruik het dashboard voor de weekplanning", "Begin met een kleine proef"],
    en: ["Order a week earlier", "Use the dashboard for the weekly planning", "Start with a small trial"],
  },
  wanted: {
    nl: ["Een vaste leverdatum", "Iemand die terugbelt als beloofd", "Een eerlijk advies", "Meer tijd om te beslissen"],
    en: ["A fixed delivery date", "Someone who calls back as promised", "Honest advice", "More time to decide"],
  },
  how: {
    nl: ["Ik vroeg door in plaats van in te vullen", "Ik merkte dat ik te snel een oplossing gaf", "Ik benoemde wat ik zag", "Ik liet stiltes vallen"],
    en: ["I asked further instead of filling in", "I noticed I offered a solution too soon", "I named what I saw", "I let silences be"],
  },
  action: {
    nl: ["Offerte sturen", "Terugbellen over de planning", "Voorbeeld van een andere klant delen", "Afspraak inplannen met de technicus"],
    en: ["Send the quote", "Call back about the planning", "Share an example from another customer", "Schedule a visit with the engineer"],
  },
  good: {
    nl: ["Ze bedankte me voor het luisteren", "Hij lachte toen ik doorvroeg", "We vonden samen een oplossing", "Ze belde zelf terug om te bedanken"],
    en: ["She thanked me for listening", "He laughed when I asked further", "We found a solution together", "She called back herself to say thanks"],
  },
  difficult: {
    nl: ["Hij werd boos over de vertraging en ik ging in de verdediging", "Ik beloofde iets wat ik niet kan waarmaken", "Ze zei weinig en ik vulde de stilte"],
    en: ["He got angry about the delay and I got defensive", "I promised something I cannot deliver", "She said little and I filled the silence"],
  },
  reflection: {
    nl: ["Ik luisterde vandaag beter dan gisteren", "Bij het tweede gesprek was ik met mijn hoofd al bij de offerte", "Ik zag de twijfel en heb die benoemd"],
    en: ["I listened better today than yesterday", "In the second call my mind was already on the quote", "I saw the doubt and named it"],
  },
  intention: {
    nl: ["Eerst vragen, dan vertellen", "Om feedback vragen aan het eind", "Stiltes laten vallen"],
    en: ["Ask first, then tell", "Ask for feedback at the end", "Let silences be"],
  },
};

export function phrase(pool: string, lang: Lang, pick: <T>(items: readonly T[]) => T): string {
  return pick(PHRASES[pool]![lang]);
}
