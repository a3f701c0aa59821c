import { cn } from "@/components/ui/cn";

/** A compact label/value list for the side panels. Values must already be safe React nodes. */
export function FieldList({ fields, className }: { fields: [string, React.ReactNode][]; className?: string }) {
  return (
    <dl className={cn("grid grid-cols-[8rem_minmax(0,1fr)] gap-x-3 gap-y-1.5 text-sm", className)}>
      {fields.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="text-xs leading-5 text-fg-muted">{label}</dt>
          <dd className="min-w-0 text-fg">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function Unknown({ children = "unknown" }: { children?: string }) {
  return <span className="text-fg-subtle">{children}</span>;
}
