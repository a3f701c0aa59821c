import { cn } from "./cn";

/** What a list shows when it has nothing: say why, and what will make something appear. */
export function EmptyState({
  title,
  children,
  action,
  className,
}: {
  title: string;
  children?: React.ReactNode;
  action?: React.ReactNode;
  className?: string;
}) {
  return (
    <div
      className={cn(
        "flex min-h-48 flex-col items-center justify-center gap-2 px-6 py-10 text-center",
        className,
      )}
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        className="size-8 text-fg-subtle"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.25"
      >
        <rect x="3.5" y="5" width="17" height="14" rx="2" />
        <path d="M3.5 13h4.5l1.5 2h5l1.5-2h4.5" />
      </svg>
      <p className="text-sm font-medium text-fg">{title}</p>
      {children ? <div className="max-w-prose text-sm text-fg-muted">{children}</div> : null}
      {action ? <div className="mt-2">{action}</div> : null}
    </div>
  );
}
