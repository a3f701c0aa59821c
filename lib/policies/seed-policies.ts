/**
 * Brings the policies table in line with the catalog on every start: new policies are added, labels and severities
 * updated. Policies removed from the catalog are kept (decisions cite them) but marked inactive.
 */
import type { Db } from "@/lib/db/client";

import { POLICY_CATALOG } from "./catalog";

export async function seedPolicies(db: Db): Promise<void> {
  const ids = POLICY_CATALOG.map((p) => p.id);
  await db.$transaction([
    ...POLICY_CATALOG.map((policy) =>
      db.policy.upsert({ where: { id: policy.id }, create: policy, update: { ...policy, active: true } }),
    ),
    db.policy.updateMany({ where: { id: { notIn: ids } }, data: { active: false } }),
  ]);
}
