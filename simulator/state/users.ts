import { newAccessToken } from "./ids";

export interface Threepid {
  medium: string;
  address: string;
  added_at: number;
  validated_at: number;
}

export interface SimUser {
  userId: string;
  localpart: string;
  /** Plain text: this is a simulator. `null` after deactivation, which wipes the hash (so login says "Invalid username or password"). */
  password: string | null;
  admin: boolean;
  deactivated: boolean;
  erased: boolean;
  locked: boolean;
  suspended: boolean;
  shadowBanned: boolean;
  userType: string | null;
  /** Milliseconds; the single-user admin GET reports seconds, the list reports ms (a Synapse quirk). */
  creationTs: number;
  lastSeenTs: number | null;
  displayname: string | null;
  avatarUrl: string | null;
  threepids: Threepid[];
  externalIds: { auth_provider: string; external_id: string }[];
}

export interface Session {
  token: string;
  userId: string;
  deviceId: string;
  /** `initial_device_display_name` at login. */
  displayName: string | null;
  /** Recorded for whois. */
  ip: string;
  userAgent: string;
  lastSeen: number;
}

export type NewUser = Partial<Omit<SimUser, "userId" | "localpart">> & {
  localpart: string;
  creationTs: number;
};

/** Accounts and their access tokens. Knows nothing about rooms: membership lives with the rooms. */
export class UserStore {
  private readonly users = new Map<string, SimUser>();
  private readonly sessions = new Map<string, Session>();
  /** Activity not yet written to `user_ips` (Synapse flushes that batch every 5 s). */
  private readonly unflushedSeen = new Map<string, { since: number; seen: number }>();

  constructor(readonly serverName: string) {}

  userIdFor(localpart: string): string {
    return `@${localpart}:${this.serverName}`;
  }

  isLocal(userId: string): boolean {
    const colon = userId.indexOf(":");
    return colon > 0 && userId.slice(colon + 1) === this.serverName;
  }

  create(input: NewUser): SimUser {
    const userId = this.userIdFor(input.localpart);
    if (this.users.has(userId)) throw new Error(`user ${userId} exists`);
    const user: SimUser = {
      userId,
      localpart: input.localpart,
      password: input.password ?? null,
      admin: input.admin ?? false,
      deactivated: input.deactivated ?? false,
      erased: input.erased ?? false,
      locked: input.locked ?? false,
      suspended: input.suspended ?? false,
      shadowBanned: input.shadowBanned ?? false,
      userType: input.userType ?? null,
      creationTs: input.creationTs,
      lastSeenTs: input.lastSeenTs ?? null,
      // Synapse's registration sets the display name to the localpart unless one is given.
      displayname: input.displayname === undefined ? input.localpart : input.displayname,
      avatarUrl: input.avatarUrl ?? null,
      threepids: input.threepids ?? [],
      externalIds: input.externalIds ?? [],
    };
    this.users.set(userId, user);
    return user;
  }

  get(userId: string): SimUser | undefined {
    return this.users.get(userId);
  }

  /** Synapse looks localparts up case-insensitively at login. */
  findForLogin(userId: string): SimUser | undefined {
    return (
      this.users.get(userId) ??
      [...this.users.values()].find((u) => u.userId.toLowerCase() === userId.toLowerCase())
    );
  }

  all(): SimUser[] {
    return [...this.users.values()];
  }

  get size(): number {
    return this.users.size;
  }

  // --- sessions -------------------------------------------------------------------------------------------------

  openSession(
    userId: string,
    deviceId: string,
    now: number,
    token?: string,
    displayName: string | null = null,
  ): Session {
    const user = this.users.get(userId);
    const session: Session = {
      token: token ?? newAccessToken(user?.localpart ?? userId),
      userId,
      deviceId,
      displayName,
      ip: "127.0.0.1",
      userAgent: "",
      lastSeen: now,
    };
    this.sessions.set(session.token, session);
    return session;
  }

  session(token: string): Session | undefined {
    return this.sessions.get(token);
  }

  /** Logout deletes the device, and with it every token of that device. */
  closeSession(token: string): void {
    const session = this.sessions.get(token);
    if (!session) return;
    for (const [t, s] of this.sessions)
      if (s.userId === session.userId && s.deviceId === session.deviceId) this.sessions.delete(t);
  }

  /** One entry per device (a device may hold several tokens). */
  devicesOf(userId: string): Session[] {
    const byDevice = new Map<string, Session>();
    for (const s of this.sessions.values()) {
      if (s.userId !== userId) continue;
      const seen = byDevice.get(s.deviceId);
      if (!seen || seen.lastSeen < s.lastSeen) byDevice.set(s.deviceId, s);
    }
    return [...byDevice.values()];
  }

  sessionsOf(userId: string): Session[] {
    return [...this.sessions.values()].filter((s) => s.userId === userId);
  }

  /** Deactivation and password changes (with `logout_devices`) delete every token of the user. */
  closeAllSessions(userId: string, except?: string): void {
    for (const [token, s] of this.sessions)
      if (s.userId === userId && token !== except) this.sessions.delete(token);
  }

  touch(session: Session, ip: string, userAgent: string, now: number): void {
    session.ip = ip;
    session.userAgent = userAgent;
    session.lastSeen = now;
    const pending = this.unflushedSeen.get(session.userId);
    this.unflushedSeen.set(session.userId, { since: pending?.since ?? now, seen: now });
  }

  /**
   * `last_seen_ts` in the admin user APIs comes from `user_ips`, which Synapse writes in batches every 5 seconds:
   * a user who has just logged in for the first time still reads `null`. Call before reading `lastSeenTs`.
   */
  flushSeen(now: number): void {
    for (const [userId, pending] of this.unflushedSeen) {
      if (now - pending.since < 5_000) continue;
      const user = this.users.get(userId);
      if (user) user.lastSeenTs = pending.seen;
      this.unflushedSeen.delete(userId);
    }
  }
}
