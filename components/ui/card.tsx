import { cn } from "./cn";

export function Card({ className, ...rest }: React.ComponentProps<"section">) {
  return <section className={cn("rounded-lg border border-line bg-surface", className)} {...rest} />;
}

export function CardHeader({
  title,
  description,
  actions,
  titleId,
  headingLevel = 2,
}: {
  title: React.ReactNode;
  description?: React.ReactNode;
  actions?: React.ReactNode;
  titleId?: string;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <div className="flex min-h-12 items-center justify-between gap-3 border-b border-line px-4 py-2.5">
      <div className="min-w-0">
        <Heading id={titleId} className="text-sm font-semibold text-fg">
          {title}
        </Heading>
        {description ? <p className="mt-0.5 text-xs text-fg-muted">{description}</p> : null}
      </div>
      {actions ? <div className="flex shrink-0 items-center gap-2">{actions}</div> : null}
    </div>
  );
}

export function CardBody({ className, ...rest }: React.ComponentProps<"div">) {
  return <div className={cn("p-4", className)} {...rest} />;
}
