/**
 * What reported content and reporters' reasons look like, per harm category. Deliberately non-graphic: severe
 * categories use clearly marked placeholders, because reviewers will demo this console and no real abusive material
 * belongs in a fixture. Links use reserved `.example` domains.
 */
export interface AbuseSamples {
  messages: readonly string[];
  reasons: readonly string[];
}

const PLACEHOLDER = (what: string) =>
  `[demo placeholder: ${what}. No real content is included in the simulator.]`;

export const ABUSE: Readonly<Record<string, AbuseSamples>> = {
  spam: {
    messages: [
      "🔥🔥 MEGA SALE 90% OFF designer bags → https://cheap-bags.example/?ref=mx 🔥🔥",
      "Join my channel for free followers!!! #growth #followers",
      "Check out my new mixtape, link in bio 🎧🎧🎧",
    ],
    reasons: ["spam", "Spam link, posted in 6 rooms", "advertising", "bot spam"],
  },
  "spam.fraud": {
    messages: [
      "🚀 Guaranteed 300% returns in 48h! DM me to join the private signal group → https://profit-now.example/join",
      "Your wallet has been flagged. Verify your seed phrase here to avoid suspension: https://wallet-verify.example",
      "I made $4,000 this week with this one trick, ask me how 💸",
    ],
    reasons: [
      "Crypto scam, asks for seed phrases",
      "phishing link",
      "This is a scam, they DMed my friend too",
      "fake investment scheme",
    ],
  },
  "spam.impersonation": {
    messages: [
      "Hello, this is the Matrix Support Team. Your account will be deleted unless you confirm your password in a DM.",
      "Official giveaway from the server admins! Reply with your email to claim.",
    ],
    reasons: [
      "Pretending to be server staff",
      "impersonating the admins",
      "Fake support account asking for passwords",
    ],
  },
  "spam.election_interference": {
    messages: [
      "Reminder: because of high turnout, supporters of the opposition vote on WEDNESDAY this year, not Tuesday!",
    ],
    reasons: ["False information about the voting date", "election misinformation"],
  },
  "spam.flooding": {
    messages: [
      "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
      "📢📢📢📢📢📢📢📢📢📢📢📢📢📢📢📢📢📢📢📢📢📢📢📢📢📢📢📢📢📢",
    ],
    reasons: ["flooding the room", "Posting the same thing 40 times a minute", "raid"],
  },
  adult: {
    messages: [
      PLACEHOLDER("unsolicited explicit message"),
      "hey cutie, want to see something 😏 check my profile",
    ],
    reasons: ["Explicit content in a SFW room", "NSFW spam", "sexual content"],
  },
  harassment: {
    messages: ["You're pathetic and everyone here knows it.", "Nobody wants you here. Leave."],
    reasons: ["harassment", "Keeps insulting people", "abusive"],
  },
  "harassment.trolling": {
    messages: [
      "lol imagine actually caring about this 🤡",
      "cope harder",
      "this room is dead, just like your ideas",
    ],
    reasons: ["trolling", "derailing every conversation", "Just here to provoke people"],
  },
  "harassment.targeted": {
    messages: [
      "@maya seriously, stop posting, you embarrass yourself every time",
      "I'm going to keep following you into every room until you quit",
    ],
    reasons: [
      "Follows me into every room I join",
      "targeting one member repeatedly",
      "He keeps DMing me after I blocked him",
    ],
  },
  "harassment.hate": {
    messages: [
      "[slur removed in demo data] people like you don't belong on this server",
      "Go back to where you came from.",
    ],
    reasons: ["Hate speech", "racist abuse", "slurs against a member"],
  },
  "harassment.doxxing": {
    messages: [
      "Found her real name and address: Jane Example, 12 Example Lane, Springfield, phone 555-0134. Have fun.",
      "Here's his employer, let's all email them: hr@company.example",
    ],
    reasons: [
      "Posted my home address",
      "Doxxing, please remove ASAP",
      "Shared private information about another user",
    ],
  },
  violence: {
    messages: ["Someone should teach them a lesson they won't forget."],
    reasons: ["Encouraging violence"],
  },
  "violence.threats": {
    messages: ["I know where you live. Watch yourself.", "Keep talking and see what happens to you."],
    reasons: ["Threatened me", "death threat", "violent threat against a member"],
  },
  "violence.graphic": {
    messages: [PLACEHOLDER("graphic injury image")],
    reasons: ["Gore posted without warning", "graphic violence"],
  },
  "violence.extremist": {
    messages: [PLACEHOLDER("extremist recruitment material")],
    reasons: ["Extremist propaganda", "terrorist content"],
  },
  child_safety: {
    messages: [PLACEHOLDER("child-safety concern")],
    reasons: [
      "Child safety concern, please review urgently",
      "Adult asking kids for private chats",
      "Sharing photos of a child without consent",
    ],
  },
  danger: {
    messages: ["Try mixing these two cleaning products, it's hilarious"],
    reasons: ["Dangerous advice", "encouraging dangerous behaviour"],
  },
  "danger.self_harm": {
    messages: ["I don't see the point of anything anymore. I've been thinking about ending it."],
    reasons: ["I'm worried about this person", "self-harm, they might need help", "Please check on them"],
  },
  tos: {
    messages: [
      "Selling accounts with aged history, DM for prices",
      "Here's a cracked copy of the game, enjoy: https://warez.example/dl",
    ],
    reasons: ["Piracy", "selling accounts", "against the rules"],
  },
  "tos.ban_evasion": {
    messages: ["I'm back 😎 you can't ban me forever"],
    reasons: ["Ban evasion, this is the same person as before", "alt account of a banned user"],
  },
  other: {
    messages: ["[something the reporter found objectionable]"],
    reasons: ["Other", "not sure which category, but it's not okay", "Please take a look"],
  },
};

/** Samples for a harm id, falling back to its top-level category, then "other". */
export function samplesFor(harmId: string): AbuseSamples {
  const key = harmId.replace(/^org\.matrix\.msc4456\./, "");
  return ABUSE[key] ?? ABUSE[key.split(".")[0] ?? ""] ?? (ABUSE.other as AbuseSamples);
}

/** What members write when they report an account, by what the account does (see corpus-people.ts). */
export const USER_REPORT_REASONS: Readonly<
  Record<"spammer" | "scammer" | "troll" | "predator", readonly string[]>
> = {
  spammer: ["Spam bot", "Posts the same ad in every room", "This account only posts links"],
  scammer: [
    "This account only posts scam links",
    "Impersonating the server admins",
    "Asked me for my recovery key",
  ],
  troll: [
    "Harassing me in DMs",
    "Threatened another member",
    "Ban evasion: an alt of someone banned from #gaming",
  ],
  predator: ["Keeps asking teenagers in #gaming for private chats", "Sent me unsolicited explicit pictures"],
};

export const ROOM_REPORT_REASONS: readonly string[] = [
  "This room is a crypto pump-and-dump group",
  "The whole room is dedicated to harassing one person",
  "Room shares pirated films",
  "Room name and topic are hateful",
  "Looks like a recruitment room for a scam",
  "Spam room advertised in every public room",
];
