import { cn } from "./cn";

/**
 * Dense, readable tables. `table-fixed` with widths on the header cells keeps columns still while rows load or
 * pages are appended (no layout jumps); a minimum width (`minWidthClass`, e.g. "min-w-[64rem]") makes a
 * narrow window scroll the table sideways instead of squeezing a column to nothing. Every table takes a caption:
 * it is the table's accessible name.
 */
export function Table({
  caption,
  captionHidden = true,
  minWidthClass = "min-w-[40rem]",
  className,
  children,
  ...rest
}: React.ComponentProps<"table"> & { caption: string; captionHidden?: boolean; minWidthClass?: string }) {
  return (
    <div className="w-full overflow-x-auto">
      <table
        className={cn(
          "w-full table-fixed border-collapse text-left text-[0.8125rem]",
          minWidthClass,
          className,
        )}
        {...rest}
      >
        <caption
          className={cn(captionHidden ? "sr-only" : "px-3 py-2 text-left text-sm font-medium text-fg")}
        >
          {caption}
        </caption>
        {children}
      </table>
    </div>
  );
}

export function THead({ className, ...rest }: React.ComponentProps<"thead">) {
  return <thead className={cn("bg-surface-2 text-xs text-fg-muted", className)} {...rest} />;
}

export function TBody({ className, ...rest }: React.ComponentProps<"tbody">) {
  return <tbody className={cn("divide-y divide-line", className)} {...rest} />;
}

export function Tr({ className, ...rest }: React.ComponentProps<"tr">) {
  return <tr className={cn("h-10 align-middle hover:bg-surface-2", className)} {...rest} />;
}

export function Th({ className, scope = "col", ...rest }: React.ComponentProps<"th">) {
  return (
    <th
      scope={scope}
      className={cn(
        "h-9 border-b border-line px-3 font-medium whitespace-nowrap first:pl-4 last:pr-4",
        className,
      )}
      {...rest}
    />
  );
}

export function Td({ className, ...rest }: React.ComponentProps<"td">) {
  return <td className={cn("px-3 py-1.5 first:pl-4 last:pr-4", className)} {...rest} />;
}
