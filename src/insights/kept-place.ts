import { z } from "zod";
import type { Place } from "../journal/order.js";

/** A place in the journal's order as the flows' kept values hold it, checked on load. */
export const KeptPlace = z.object({ ms: z.number(), id: z.string() }) satisfies z.ZodType<Place>;
