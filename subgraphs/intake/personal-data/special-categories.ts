import { Field, ObjectType, registerEnumType } from "type-graphql";

/** The special categories of personal data of GDPR art. 9(1). */
export enum SpecialCategory {
  RACIAL_OR_ETHNIC_ORIGIN = "RACIAL_OR_ETHNIC_ORIGIN",
  POLITICAL_OPINIONS = "POLITICAL_OPINIONS",
  RELIGIOUS_OR_PHILOSOPHICAL_BELIEFS = "RELIGIOUS_OR_PHILOSOPHICAL_BELIEFS",
  TRADE_UNION_MEMBERSHIP = "TRADE_UNION_MEMBERSHIP",
  GENETIC_DATA = "GENETIC_DATA",
  BIOMETRIC_DATA = "BIOMETRIC_DATA",
  HEALTH = "HEALTH",
  SEX_LIFE_OR_SEXUAL_ORIENTATION = "SEX_LIFE_OR_SEXUAL_ORIENTATION",
}

registerEnumType(SpecialCategory, {
  name: "SpecialCategory",
  description: "A special category of personal data (GDPR art. 9(1)) a complaint may hold, e.g. health or origin at the Immigration Office.",
  valuesConfig: {
    RACIAL_OR_ETHNIC_ORIGIN: { description: "Racial or ethnic origin." },
    POLITICAL_OPINIONS: { description: "Political opinions." },
    RELIGIOUS_OR_PHILOSOPHICAL_BELIEFS: { description: "Religious or philosophical beliefs." },
    TRADE_UNION_MEMBERSHIP: { description: "Trade union membership." },
    GENETIC_DATA: { description: "Genetic data." },
    BIOMETRIC_DATA: { description: "Biometric data processed to identify a person uniquely." },
    HEALTH: { description: "Data concerning health (a medical certificate, a disability)." },
    SEX_LIFE_OR_SEXUAL_ORIENTATION: { description: "A person's sex life or sexual orientation." },
  },
});

/** Stored as a comma-separated list in `complaint.specialCategories`; null or empty: not flagged. */
export const parseCategories = (stored: string | null): SpecialCategory[] => (stored ? (stored.split(",") as SpecialCategory[]) : []);

/** The categories in the enum's order, each once. */
export const storedCategories = (categories: readonly SpecialCategory[]): string | null =>
  Object.values(SpecialCategory)
    .filter((c) => categories.includes(c))
    .join(",") || null;

@ObjectType({ description: "Staff's mark that a complaint holds special-category data (GDPR art. 9): reads of it come first in its audit trail." })
export class SpecialCategoryFlag {
  @Field(() => [SpecialCategory], { description: "The kinds of special-category data the complaint holds." })
  categories!: SpecialCategory[];

  @Field({ description: "Why, as the coordinator or the central service gave it." })
  reason!: string;

  @Field({ description: "When it was flagged or last changed: an ISO 8601 instant in UTC." })
  flaggedAt!: Date;
}
