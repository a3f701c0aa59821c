"use server";

/**
 * Server actions behind the login page. They only validate and hand over to next-auth; the decision itself is
 * lib/auth/authorize-login.ts.
 */
import { AuthError, CredentialsSignin } from "next-auth";
import { z } from "zod";

import { LOGIN_REFUSAL_MESSAGES, type LoginRefusal } from "./authorize-login";
import { signIn } from "./auth";
import { safeNextPath } from "./safe-next-path";

export type LoginState = { error?: string; username?: string };

const ZLoginForm = z.object({
  username: z.string().trim().min(1, "Enter your Matrix username.").max(300, "That username is too long."),
  password: z.string().min(1, "Enter your password.").max(1024, "That password is too long."),
  next: z.string().max(2000).optional(),
});

export async function loginAction(_prev: LoginState, formData: FormData): Promise<LoginState> {
  const field = (name: string) => {
    const value = formData.get(name);
    return typeof value === "string" ? value : undefined;
  };
  const parsed = ZLoginForm.safeParse({ username: field("username") ?? "", password: field("password") ?? "", next: field("next") });
  const username = (field("username") ?? "").slice(0, 300);
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "Check the form.", username };
  try {
    await signIn("matrix", {
      username: parsed.data.username,
      password: parsed.data.password,
      redirectTo: safeNextPath(parsed.data.next),
    });
  } catch (error) {
    // signIn() redirects by throwing; only Auth.js errors are login failures.
    if (error instanceof CredentialsSignin) {
      const reason = error.code as LoginRefusal;
      return { error: LOGIN_REFUSAL_MESSAGES[reason] ?? LOGIN_REFUSAL_MESSAGES.invalid_credentials, username };
    }
    if (error instanceof AuthError) return { error: "Sign-in failed. Try again.", username };
    throw error;
  }
  return {};
}

export async function oidcLoginAction(formData: FormData): Promise<void> {
  const next = formData.get("next");
  await signIn("oidc", { redirectTo: safeNextPath(typeof next === "string" ? next : null) });
}
