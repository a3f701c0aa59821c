import { Skeleton, TableSkeleton } from "@/components/ui/skeleton";

/** What a console page shows while its server part loads: the same header and table geometry as the real page. */
export function PageSkeleton({ columns = 6, label = "Loading" }: { columns?: number; label?: string }) {
  return (
    <>
      <div className="flex min-h-14 flex-col justify-end gap-2 pb-4" aria-hidden="true">
        <Skeleton className="h-5 w-32" />
        <Skeleton className="h-3.5 w-72" />
      </div>
      <div className="overflow-hidden rounded-lg border border-line bg-surface">
        <TableSkeleton columns={columns} label={label} />
      </div>
    </>
  );
}
