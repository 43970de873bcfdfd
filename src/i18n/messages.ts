/**
 * The tool's own words, in English and Dutch. `nl` has the type of `en`, so a message missing in
 * one language is a compile error.
 */
export const en = {
  help: {
    program: "A coach for empathic listening: prepare customer calls, reflect afterwards, keep a daily habit.",
    version: "print the version",
    help: "show help",
    helpCommand: "show help for a command",
    journal: "journal folder (default: your user data folder)",
    lang: "language of questions and messages: nl or en",
    examples: "Examples",
    json: "print JSON instead of text",
    exercises: "the built-in exercises and your own",
    exercisesList: "list the exercises",
    exercisesShow: "show an exercise's steps",
    exercisesValidate: "check exercise files and report every problem with file, line and field",
    exerciseId: "exercise id",
    files: "YAML files",
    where: "print the journal, config and cache folders",
  },
  errors: {
    bug: "unexpected error — this is a bug; please report it with the lines below.",
  },
  exercises: {
    builtin: "built-in",
    own: "your own",
    steps: (n: number) => `${n} steps`,
    optional: "optional",
    when: "only when",
    valid: (file: string) => `${file}: valid`,
    invalidCount: (n: number) => `${n} ${n === 1 ? "file has" : "files have"} problems`,
    unknown: (id: string) => `no exercise "${id}" (see: empathy exercises list)`,
    problemsInOwn: (n: number) => `${n} problem(s) in your own exercises; run: empathy exercises validate <file>`,
  },
  where: {
    journal: "journal",
    config: "config",
    cache: "cache",
    data: "data",
  },
};

export type Messages = typeof en;

export const nl: Messages = {
  help: {
    program: "Een coach voor empathisch luisteren: bereid klantgesprekken voor, reflecteer erna, houd een dagelijkse gewoonte vol.",
    version: "toon de versie",
    help: "toon hulp",
    helpCommand: "toon hulp bij een opdracht",
    journal: "map van het dagboek (standaard: je gebruikersgegevensmap)",
    lang: "taal van vragen en meldingen: nl of en",
    examples: "Voorbeelden",
    json: "toon JSON in plaats van tekst",
    exercises: "de ingebouwde oefeningen en je eigen oefeningen",
    exercisesList: "toon de oefeningen",
    exercisesShow: "toon de stappen van een oefening",
    exercisesValidate: "controleer oefenbestanden en meld elk probleem met bestand, regel en veld",
    exerciseId: "id van de oefening",
    files: "YAML-bestanden",
    where: "toon de mappen van dagboek, instellingen en cache",
  },
  errors: {
    bug: "onverwachte fout — dit is een bug; meld die graag met de regels hieronder.",
  },
  exercises: {
    builtin: "ingebouwd",
    own: "eigen",
    steps: (n: number) => `${n} stappen`,
    optional: "optioneel",
    when: "alleen als",
    valid: (file: string) => `${file}: in orde`,
    invalidCount: (n: number) => `${n} ${n === 1 ? "bestand heeft" : "bestanden hebben"} problemen`,
    unknown: (id: string) => `geen oefening "${id}" (zie: empathy exercises list)`,
    problemsInOwn: (n: number) => `${n} probleem/problemen in je eigen oefeningen; voer uit: empathy exercises validate <bestand>`,
  },
  where: {
    journal: "dagboek",
    config: "instellingen",
    cache: "cache",
    data: "gegevens",
  },
};
