/**
 * The body of a status page (403, 404, errors): a code, a sentence, and a way on. Not a <main>: Next renders these
 * inside the console shell (which has the page's <main>) when a console page calls forbidden() or notFound().
 */
export function StatusPage({
  code,
  title,
  children,
  actions,
}: {
  code: string;
  title: string;
  children?: React.ReactNode;
  actions?: React.ReactNode;
}) {
  return (
    <div className="flex min-h-[60vh] items-start justify-center px-4 pt-[14vh]">
      <div className="w-full max-w-md">
        <p className="font-mono text-xs tracking-wide text-fg-subtle">{code}</p>
        <h1 className="mt-1 text-lg font-semibold tracking-tight text-fg">{title}</h1>
        {children ? <div className="mt-2 text-sm text-fg-muted">{children}</div> : null}
        {actions ? <div className="mt-5 flex flex-wrap gap-2">{actions}</div> : null}
      </div>
    </div>
  );
}
