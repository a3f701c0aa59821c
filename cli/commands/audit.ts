import { verifyAuditChain } from "@/lib/audit/verify-audit-chain";

import type { CliCommand } from "../commands";
import { CliUsageError } from "../usage";

export const auditCommand: CliCommand = {
  args: "verify",
  summary: "Check the audit log's hash chain; names the first broken row",
  async run([sub], { db }) {
    if (sub !== "verify") throw new CliUsageError(`Usage: audit ${this.args}`);
    const result = await verifyAuditChain(db);
    if (result.ok) {
      console.log(`Audit log intact: ${result.checked} events checked, last hash ${result.lastHash}.`);
      return 0;
    }
    console.error(`Audit log BROKEN after ${result.checked} intact events.\n${result.message}`);
    console.error(JSON.stringify(result.broken));
    return 1;
  },
};
