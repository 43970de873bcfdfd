import { z } from "zod";

export const CoachNote = z.object({ entry: z.string().min(1), text: z.string().min(1), at: z.string() });

/** All of a coach's notes, by trainee folder. */
export const NotesFile = z.object({ schema: z.literal(1), journals: z.record(z.string(), z.array(CoachNote)) });
