import { cn } from "./cn";

export function Kbd({ className, ...rest }: React.ComponentProps<"kbd">) {
  return (
    <kbd
      className={cn(
        "inline-flex h-5 min-w-5 items-center justify-center rounded border border-line-strong bg-surface-2 px-1 font-mono text-[0.6875rem] leading-none text-fg-muted",
        className,
      )}
      {...rest}
    />
  );
}
