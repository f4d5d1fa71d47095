import { parseArgs } from "node:util";
import { callerFromClaims } from "../lib/auth/caller";
import { issueDevToken } from "../lib/auth/dev-issuer";
import { loadConfig } from "../lib/config";

const USAGE = `usage: npm run token -- --role citizen|coordinator|central-service [--directorate CODE] [--sub ID]
                      [--name NAME] [--email EMAIL [--email-unverified]] [--locale nl|fr|de|en] [--ttl SECONDS]`;

/** `npm run token`: a development caller token, and only the token, on stdout. */
async function main() {
  const { values } = parseArgs({
    options: {
      role: { type: "string" },
      directorate: { type: "string" },
      sub: { type: "string" },
      name: { type: "string" },
      email: { type: "string" },
      "email-unverified": { type: "boolean", default: false },
      locale: { type: "string" },
      ttl: { type: "string", default: "3600" },
    },
  });
  const config = loadConfig();
  if (config.production || !config.auth.devIssuer) throw new Error("the development issuer only works in development, without configured keys");
  const caller = callerFromClaims({
    sub: values.sub ?? `dev-${values.role ?? "user"}`,
    role: values.role,
    directorate: values.directorate,
    name: values.name,
    email: values.email,
    // As an OpenID provider says it after the user clicked its link: our address checks trust this claim.
    email_verified: values.email !== undefined && !values["email-unverified"],
    locale: values.locale,
  });
  const ttl = Number(values.ttl);
  if (!Number.isInteger(ttl) || ttl < 1 || ttl > 86_400) throw new Error("--ttl must be between 1 and 86400 seconds");
  process.stdout.write(`${await issueDevToken(config.dataDir, config.auth, caller, ttl)}\n`);
}

main().catch((err) => {
  console.error(`${err instanceof Error ? err.message : err}\n${USAGE}`);
  process.exit(2);
});
