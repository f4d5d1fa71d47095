import type { Caller } from "../auth/caller";
import type { DirectorateCode } from "./enums";

// "In de eerste lijn wordt uw klacht behandeld door de klachtencoördinator van
// de betrokken directie."

/** The first line (acknowledgement, answer) is the coordinator of the complaint's current directorate. */
export const handlesFirstLine = (caller: Caller, directorate: DirectorateCode): boolean => caller.role === "coordinator" && caller.directorate === directorate;

/**
 * A coordinator of a directorate the complaint was transferred away from: it left their hands (a state refusal,
 * CONFLICT), which they may be told, as they held it; anyone else outside its directorate gets NOT_FOUND.
 */
export const handedOverBy = (caller: Caller, formerDirectorates: readonly DirectorateCode[]): boolean =>
  caller.role === "coordinator" && caller.directorate !== undefined && formerDirectorates.includes(caller.directorate);

/** Intake's staff steps (registration, screening, transfer): a coordinator for their own directorate, the central service for all. */
export const mayActForDirectorate = (caller: Caller, directorate: DirectorateCode): boolean =>
  caller.role !== "coordinator" || caller.directorate === directorate;

/**
 * Who took a step, carried in its event to the letter that follows: the openness
 * law of 11 April 1994 (art. 2, 3°) wants every letter to name the person
 * handling the complaint. The name is the token's `name` claim; without it the
 * letter gives the capacity alone.
 */
export interface Handler {
  name: string | null;
  role: Caller["role"];
}

export const handlerOf = (caller: Caller): Handler => ({ name: caller.name?.trim() || null, role: caller.role });
