import { AccountResolver } from "./account.resolver";
import { ApiToken } from "./api-token.entity";
import { AuthResolver } from "./auth.resolver";
import { UserSession } from "./user-session.entity";
import { User } from "./user.entity";

/**
 * Sign-in, sessions, accounts and API tokens. The area's resolvers and entities, composed by
 * api/src/schema.ts and api/src/entities.ts. It has no loaders of its own.
 */
export const resolvers = [AuthResolver, AccountResolver] as const;
export const entities = [User, UserSession, ApiToken];
