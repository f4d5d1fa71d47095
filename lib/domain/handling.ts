import type { Caller } from "../auth/caller";
import type { DirectorateCode } from "./enums";

// "In de eerste lijn wordt uw klacht behandeld door de klachtencoördinator van
// de betrokken directie."

/** The first line (acknowledgement, answer) is the coordinator of the complaint's current directorate. */
export const handlesFirstLine = (caller: Caller, directorate: DirectorateCode): boolean => caller.role === "coordinator" && caller.directorate === directorate;

/** Intake's staff steps (registration, screening, transfer): a coordinator for their own directorate, the central service for all. */
export const mayActForDirectorate = (caller: Caller, directorate: DirectorateCode): boolean =>
  caller.role !== "coordinator" || caller.directorate === directorate;
