import { describe, expect, it } from "vitest";

import { parseQueueStatus, QUEUE_STATUS_OPTIONS } from "./case-status";

describe("the queue's status filter", () => {
  it("accepts the API's values and falls back to the open queue for anything else", () => {
    expect(parseQueueStatus("ESCALATED")).toBe("ESCALATED");
    expect(parseQueueStatus(["CLOSED", "OPEN"])).toBe("CLOSED");
    expect(parseQueueStatus(undefined)).toBe("open");
    expect(parseQueueStatus("escalated")).toBe("open");
    expect(parseQueueStatus("<script>")).toBe("open");
    expect(QUEUE_STATUS_OPTIONS[0]?.value).toBe("open");
    expect(QUEUE_STATUS_OPTIONS).toHaveLength(8);
  });
});
