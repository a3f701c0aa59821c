import { describe, expect, it } from "vitest";

import { ConfigError, parseEnv } from "./env";

describe("configuration", () => {
  it("has defaults that run the console with nothing set", () => {
    const env = parseEnv({});
    expect(env).toMatchObject({ PORT: 3000, HOST: "127.0.0.1", SESSION_MAX_AGE_HOURS: 12, CONSOLE_DEMO: false });
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it("names each bad setting and what is expected, without echoing secrets", () => {
    let error: unknown;
    try {
      parseEnv({ PORT: "eighty", DATABASE_URL: "mysql://x", SYNAPSE_URL: "matrix.org", AUTH_SECRET: "short-secret-value" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    expect(message).toMatch(/PORT: .*\(got "eighty"\)/);
    expect(message).toMatch(/DATABASE_URL: must be a postgresql:\/\/ connection string/);
    expect(message).toMatch(/SYNAPSE_URL: must be an http\(s\) URL/);
    expect(message).toMatch(/AUTH_SECRET: must be at least 32 characters \(its value was rejected\)/);
    expect(message).not.toContain("short-secret-value");
  });

  it("never echoes a password from a connection string", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://console:hunter2@db.internal/console" })).toThrow(/mysql:\/\/console:\*\*\*@db\.internal/);
    expect(() => parseEnv({ DATABASE_URL: "mysql://console:hunter2@db.internal/console" })).not.toThrow(/hunter2/);
  });

  it("requires the OIDC settings together and an auth secret in production", () => {
    expect(() => parseEnv({ OIDC_ISSUER: "https://auth.example.org" })).toThrow(/OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET must be set together/);
    expect(() => parseEnv({ NODE_ENV: "production" })).toThrow(/AUTH_SECRET: is required in production/);
    expect(() => parseEnv({ SYNAPSE_ADMIN_TOKEN: "syt_x" })).toThrow(/SYNAPSE_URL: is required when SYNAPSE_ADMIN_TOKEN is set/);
  });

  it("normalises URLs and empty values", () => {
    const env = parseEnv({ SYNAPSE_URL: "https://matrix.example.org/", DATABASE_URL: "", OIDC_CLIENT_ID: " " });
    expect(env.SYNAPSE_URL).toBe("https://matrix.example.org");
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.OIDC_CLIENT_ID).toBeUndefined();
  });
});
