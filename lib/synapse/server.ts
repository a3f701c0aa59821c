/** Who and what we are talking to: version, whoami, and the check that the configured token is a server admin. */
import { AppError } from "@/lib/errors";

import type { SynapseClient } from "./client";
import { isSynapseApiError } from "./errors";
import { synapsePath } from "./path";
import { ZServerVersion, ZUser, ZWhoami } from "./schemas";

/** The console cannot work with this token. Thrown at start-up and by health checks, with an operator-facing text. */
export class SynapseAdminAccessError extends AppError {
  constructor(message: string, details?: Record<string, unknown>) {
    super("UNAVAILABLE", message, details);
    this.name = "SynapseAdminAccessError";
  }
}

export function createServerApi(client: SynapseClient) {
  // GET /_matrix/client/v3/account/whoami: whose token this is (says nothing about admin rights).
  const whoami = () =>
    client.request({
      method: "GET",
      path: synapsePath`/_matrix/client/v3/account/whoami`,
      outputSchema: ZWhoami,
    });

  return {
    // GET /_synapse/admin/v1/server_version: unauthenticated, so it proves nothing about the token.
    serverVersion: async (): Promise<string> =>
      (
        await client.request({
          method: "GET",
          path: synapsePath`/_synapse/admin/v1/server_version`,
          auth: false,
          outputSchema: ZServerVersion,
        })
      ).server_version,

    whoami,

    /**
     * Succeeds only for a server admin's token. The proof is an admin call that needs the right, GET v2 user on
     * ourselves: reading the `admin` flag instead would be wrong under MAS, where admin-ness is a token scope.
     */
    assertAdmin: async (): Promise<{ userId: string }> => {
      let userId: string;
      try {
        userId = (await whoami()).user_id;
      } catch (error) {
        if (isSynapseApiError(error) && error.status === 401) {
          throw new SynapseAdminAccessError(
            `Synapse rejected the console's access token (${error.errcode ?? "401"}). Set SYNAPSE_ADMIN_TOKEN to a current token of a server admin account.`,
            { errcode: error.errcode },
          );
        }
        throw error;
      }
      try {
        // GET /_synapse/admin/v2/users/<own user_id>: 403 M_FORBIDDEN "You are not a server admin" otherwise.
        await client.request({
          method: "GET",
          path: synapsePath`/_synapse/admin/v2/users/${userId}`,
          outputSchema: ZUser,
        });
      } catch (error) {
        if (isSynapseApiError(error) && error.status === 403) {
          throw new SynapseAdminAccessError(
            `The console's Synapse access token belongs to ${userId}, who is not a server admin. Use a token of an admin account (or one with the urn:synapse:admin:* scope under MAS).`,
            { userId, errcode: error.errcode },
          );
        }
        throw error;
      }
      return { userId };
    },
  };
}

export type ServerApi = ReturnType<typeof createServerApi>;
