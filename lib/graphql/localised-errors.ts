import type { ApolloServerPlugin } from "@apollo/server";
import { rewordError } from "../errors";
import { requestLanguage } from "../i18n/language";
import type { Caller } from "../auth/caller";

/**
 * A request's errors in its language: made in English while the request ran (it runs without a language scope,
 * see `wordedLater` in lib/i18n/message.ts), said again in the request's language (Accept-Language, else the
 * caller's `locale`; in a subgraph, what the gateway forwarded) once they are formatted, before the response is sent.
 * Used by the subgraphs and the gateway.
 */
export function localisedErrorsPlugin<TContext extends { caller?: Caller | null }>(): ApolloServerPlugin<TContext> {
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
