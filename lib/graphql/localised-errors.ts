import type { ApolloServerPlugin } from "@apollo/server";
import { rewordError } from "../errors";
import { requestLanguage } from "../i18n/language";
import type { RequestContext } from "./context";

/**
 * A subgraph's errors in the request's language: made in English while the request ran (it runs without a
 * language scope, see `wordedLater` in lib/i18n/message.ts), said again in the language the gateway forwarded
 * (Accept-Language, else the caller's `locale`) once they are formatted, before the response is sent.
 */
export function localisedErrorsPlugin<TContext extends RequestContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ request, response, contextValue }) {
          if (response.body.kind !== "single" || !response.body.singleResult.errors?.length) return;
          const language = requestLanguage(request.http?.headers.get("accept-language") ?? undefined, contextValue.caller?.locale);
          for (const error of response.body.singleResult.errors) rewordError(error, language);
        },
      };
    },
  };
}
