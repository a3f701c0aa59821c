import { RelativeTime } from "@/components/ui/relative-time";
import type { SettingView } from "@/lib/settings/read-setting";

/** "Last changed 3 days ago by @admin:example.org", or that the defaults apply. */
export function LastChanged({ view }: { view: Pick<SettingView<unknown>, "updatedAt" | "updatedBy"> }) {
  if (!view.updatedAt) return <>Never changed: the defaults apply.</>;
  return (
    <>
      Last changed <RelativeTime value={view.updatedAt} />
      {view.updatedBy ? ` by ${view.updatedBy}` : ""}.
    </>
  );
}
