import { Badge } from "@/components/ui/badge";
import { BoundedText } from "@/components/ui/bounded-text";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import type { TCaseEnrichment } from "@/lib/intake/enrichment-schema";
import { boundText } from "@/lib/render/bound";

import { DisplayName } from "./display-name";
import { ExpandableText } from "./expandable-text";
import { FieldList, Unknown } from "./field-list";
import { MatrixLink } from "./matrix-link";

type Room = NonNullable<TCaseEnrichment["room"]>;

/** Where it was said: the room's name (with look-alike warning), alias, topic, size and directory listing. */
export function RoomPanel({ roomId, room }: { roomId: string | null; room: Room | null | undefined }) {
  const id = room?.roomId ?? roomId;
  return (
    <Card aria-labelledby="room-title">
      <CardHeader titleId="room-title" title="Room" />
      <CardBody className="space-y-3">
        {!id ? (
          <p className="text-sm text-fg-muted">No room is known for this case.</p>
        ) : (
          <>
            <FieldList
              fields={[
                ["Name", room ? <DisplayName value={room.name} /> : <Unknown />],
                ["Alias", room?.canonicalAlias ? <BoundedText value={room.canonicalAlias} mono max={256} lines={2} /> : <Unknown>none</Unknown>],
                ["Room id", <BoundedText key="id" value={id} mono max={256} lines={2} />],
                ["Members", room?.joinedMembers ?? <Unknown />],
                [
                  "Public directory",
                  room?.public === true ? <Badge tone="warning">Listed</Badge> : room?.public === false ? "Not listed" : <Unknown />,
                ],
                ["Creator", <Unknown key="creator">not captured at intake</Unknown>],
              ]}
            />
            {room?.topic ? (
              <div>
                <h3 className="text-xs font-medium text-fg-muted">Topic</h3>
                <ExpandableText value={boundText(room.topic, 4000)} previewChars={300} />
              </div>
            ) : null}
            <MatrixLink id={room?.canonicalAlias ?? id} />
          </>
        )}
      </CardBody>
    </Card>
  );
}
