/**
 * Whether a key press belongs to a text field rather than to the console's shortcuts: "j" typed into the room
 * filter or a decision note must never move the queue selection.
 */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== "function") return false;
  const element = target as HTMLElement;
  if (element.isContentEditable) return true;
  const tag = element.tagName;
  if (tag === "TEXTAREA" || tag === "SELECT") return true;
  if (tag !== "INPUT") return !!element.closest("[contenteditable=''],[contenteditable='true'],[role='textbox']");
  const type = (element as HTMLInputElement).type;
  // Buttons-in-disguise take no text, so shortcuts stay live when one of them has focus.
  return !["checkbox", "radio", "button", "submit", "reset", "range", "color", "file"].includes(type);
}

/** A shortcut's keys as written in the help: "mod+k" is Ctrl+K (Cmd+K on a Mac). */
export type ShortcutKeys = string;

/** Whether a keydown event is the given shortcut ("j", "?", "mod+k", "Enter"). */
export function matchesShortcut(
  event: Pick<KeyboardEvent, "key" | "ctrlKey" | "metaKey" | "altKey">,
  keys: ShortcutKeys,
): boolean {
  const mod = keys.startsWith("mod+");
  if (mod !== (event.ctrlKey || event.metaKey) || event.altKey) return false;
  // Plain keys match exactly ("J" is not "j"; "?" arrives as "?" whatever the layout needs to type it).
  return mod ? event.key.toLowerCase() === keys.slice(4) : event.key === keys;
}
