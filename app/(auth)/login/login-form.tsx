"use client";

import { useActionState, useEffect, useId, useRef } from "react";
import { useFormStatus } from "react-dom";

import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { type LoginState, loginAction, oidcLoginAction } from "@/lib/auth/login-action";
import type { DemoAccount } from "@/lib/auth/login-options";

const INITIAL: LoginState = {};

export function LoginForm({
  next,
  homeserver,
  oidc,
  demoAccounts,
}: {
  next: string;
  homeserver: string | null;
  oidc: { id: string; name: string } | null;
  demoAccounts: DemoAccount[];
}) {
  const [state, formAction, pending] = useActionState(loginAction, INITIAL);
  const usernameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const submitRef = useRef<HTMLButtonElement>(null);
  const errorId = useId();
  const hintId = useId();

  // After a refusal the form is reset (the password is gone): put the caret where the reviewer types next.
  useEffect(() => {
    if (state.error) passwordRef.current?.focus();
  }, [state]);

  function fillAccount(account: DemoAccount) {
    if (usernameRef.current) usernameRef.current.value = account.username;
    if (passwordRef.current) passwordRef.current.value = account.password;
    submitRef.current?.focus();
  }

  const placeholderServer = homeserver && !homeserver.includes("/") ? homeserver : "example.org";

  return (
    <div className="space-y-4">
      <Card className="p-5">
        <form action={formAction} className="space-y-4" aria-describedby={state.error ? errorId : undefined}>
          <input type="hidden" name="next" value={next} />
          <div className="space-y-1.5">
            <label htmlFor="username" className="block text-sm font-medium text-fg">
              Username
            </label>
            <input
              ref={usernameRef}
              id="username"
              name="username"
              type="text"
              required
              autoFocus
              autoComplete="username"
              autoCapitalize="none"
              autoCorrect="off"
              spellCheck={false}
              maxLength={300}
              defaultValue={state.username ?? ""}
              placeholder={`alice or @alice:${placeholderServer}`}
              aria-describedby={hintId}
              aria-invalid={state.error ? true : undefined}
              className="h-9 w-full rounded-md border border-line-strong bg-surface px-2.5 font-mono text-[0.8125rem] text-fg placeholder:font-sans placeholder:text-fg-subtle"
            />
            <p id={hintId} className="text-xs text-fg-muted">
              Your Matrix account on this homeserver.
            </p>
          </div>
          <div className="space-y-1.5">
            <label htmlFor="password" className="block text-sm font-medium text-fg">
              Password
            </label>
            <input
              ref={passwordRef}
              id="password"
              name="password"
              type="password"
              required
              autoComplete="current-password"
              maxLength={1024}
              aria-invalid={state.error ? true : undefined}
              className="h-9 w-full rounded-md border border-line-strong bg-surface px-2.5 text-sm text-fg"
            />
          </div>
          {/* Always in the DOM with a reserved height: screen readers announce changes, and nothing jumps. */}
          <div id={errorId} role="alert" className="min-h-5 text-sm text-tone-danger-fg">
            {state.error}
          </div>
          <Button ref={submitRef} type="submit" variant="primary" pending={pending} className="w-full">
            Sign in
          </Button>
        </form>

        {oidc ? (
          <>
            <div className="my-4 flex items-center gap-3 text-xs text-fg-subtle" aria-hidden="true">
              <span className="h-px flex-1 bg-line" />
              or
              <span className="h-px flex-1 bg-line" />
            </div>
            <form action={oidcLoginAction}>
              <input type="hidden" name="next" value={next} />
              <OidcButton name={oidc.name} />
            </form>
          </>
        ) : null}
      </Card>

      {demoAccounts.length > 0 ? <DemoAccounts accounts={demoAccounts} onUse={fillAccount} /> : null}
    </div>
  );
}

function OidcButton({ name }: { name: string }) {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" className="w-full" pending={pending}>
      Sign in with {name}
    </Button>
  );
}

function DemoAccounts({ accounts, onUse }: { accounts: DemoAccount[]; onUse: (a: DemoAccount) => void }) {
  const headingId = useId();
  const sharedPassword = accounts.every((a) => a.password === accounts[0]?.password)
    ? accounts[0]?.password
    : null;
  return (
    <section
      aria-labelledby={headingId}
      className="rounded-lg border border-dashed border-banner-line bg-banner-bg p-4 text-banner-fg"
    >
      <h2 id={headingId} className="text-sm font-semibold">
        Demo accounts
      </h2>
      <p className="mt-1 text-xs">
        Demo mode only: these accounts exist on the simulated homeserver.
        {sharedPassword ? (
          <>
            {" "}
            Password for each: <code className="font-mono font-medium">{sharedPassword}</code>
          </>
        ) : null}
      </p>
      <table className="mt-3 w-full text-left text-xs">
        <caption className="sr-only">Demo accounts</caption>
        <thead className="sr-only">
          <tr>
            <th scope="col">Username</th>
            {sharedPassword ? null : <th scope="col">Password</th>}
            <th scope="col">Role</th>
            <th scope="col">Action</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-banner-line">
          {accounts.map((account) => (
            <tr key={account.username} className="h-8">
              <td className="pr-3 font-mono font-medium whitespace-nowrap">{account.username}</td>
              {sharedPassword ? null : (
                <td className="pr-3 font-mono whitespace-nowrap">{account.password}</td>
              )}
              <td className="pr-3">{account.role}</td>
              <td className="w-12 text-right">
                <button
                  type="button"
                  onClick={() => onUse(account)}
                  aria-label={`Use the ${account.username} account`}
                  className="rounded px-1.5 py-0.5 font-medium underline underline-offset-2 hover:no-underline"
                >
                  Use
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
