// The upload form's one field, checked at the boundary before any byte is read.
import { z } from "zod";

/** Largest file the form accepts (a city's boundaries with fine detail stay well below it). */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
const NAME_MAX = 200;

export type UploadProblem = "noFile" | "empty" | "tooLarge";

export const needDataUploadSchema = z.object({
  file: z
    .instanceof(File, { message: "noFile" satisfies UploadProblem })
    .refine((f) => f.size > 0 || f.name !== "", { message: "noFile" satisfies UploadProblem })
    .refine((f) => f.size > 0, { message: "empty" satisfies UploadProblem })
    .refine((f) => f.size <= MAX_UPLOAD_BYTES, { message: "tooLarge" satisfies UploadProblem })
    .transform((f) => ({ name: f.name.slice(0, NAME_MAX) || "Upload", file: f })),
});
