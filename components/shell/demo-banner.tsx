export function DemoBanner() {
  return (
    <div
      role="note"
      aria-label="Demo mode"
      className="flex h-8 items-center justify-center gap-2 border-b border-banner-line bg-banner-bg px-4 text-xs font-medium text-banner-fg"
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 20 20"
        className="size-3.5"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
      >
        <circle cx="10" cy="10" r="7" />
        <path d="M10 9v4.5M10 6.5v.01" strokeLinecap="round" />
      </svg>
      Demo mode — connected to a simulated homeserver
    </div>
  );
}
