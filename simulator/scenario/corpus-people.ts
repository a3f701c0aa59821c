/** The demo's residents: ordinary members, a few troublemakers, and remote accounts from other homeservers. */
export interface Person {
  localpart: string;
  displayname: string;
  /** What the generator may make them do. */
  kind: "regular" | "spammer" | "troll" | "predator" | "scammer";
}

export const PEOPLE: readonly Person[] = [
  { localpart: "alice", displayname: "Alice Martin", kind: "regular" },
  { localpart: "bob", displayname: "Bob Nakamura", kind: "regular" },
  { localpart: "carol", displayname: "Carol Dubois", kind: "regular" },
  { localpart: "dmitri", displayname: "Dmitri Volkov", kind: "regular" },
  { localpart: "emeka", displayname: "Emeka Obi", kind: "regular" },
  { localpart: "fatima", displayname: "Fatima Zahra", kind: "regular" },
  { localpart: "gustav", displayname: "Gustav Lindqvist", kind: "regular" },
  { localpart: "hana", displayname: "Hana Kobayashi", kind: "regular" },
  { localpart: "ines", displayname: "Inês Carvalho", kind: "regular" },
  { localpart: "jonas", displayname: "Jonas Weber", kind: "regular" },
  { localpart: "kavya", displayname: "Kavya Reddy", kind: "regular" },
  { localpart: "liam", displayname: "Liam O'Connor", kind: "regular" },
  { localpart: "maya", displayname: "Maya Cohen", kind: "regular" },
  { localpart: "nadia", displayname: "Nadia Haddad", kind: "regular" },
  { localpart: "oskar", displayname: "Oskar Nowak", kind: "regular" },
  { localpart: "priya", displayname: "Priya Sharma", kind: "regular" },
  { localpart: "quentin", displayname: "Quentin Moreau", kind: "regular" },
  { localpart: "rosa", displayname: "Rosa Jiménez", kind: "regular" },
  { localpart: "sven", displayname: "Sven Andersen", kind: "regular" },
  { localpart: "tariq", displayname: "Tariq Aziz", kind: "regular" },
  { localpart: "uma", displayname: "Uma Patel", kind: "regular" },
  { localpart: "valentina", displayname: "Valentina Russo", kind: "regular" },
  { localpart: "wen", displayname: "Wen Li", kind: "regular" },
  { localpart: "xavier", displayname: "Xavier Dupont", kind: "regular" },
  { localpart: "yara", displayname: "Yara Mansour", kind: "regular" },
  { localpart: "zoe", displayname: "Zoë Fischer", kind: "regular" },
  { localpart: "kofi", displayname: "Kofi Mensah", kind: "regular" },
  { localpart: "lucia", displayname: "Lucía Herrera", kind: "regular" },
  { localpart: "mateo", displayname: "Mateo Silva", kind: "regular" },
  { localpart: "noor", displayname: "Noor Al-Sayed", kind: "regular" },
  { localpart: "cryptoking88", displayname: "💰 CryptoKing 💰", kind: "scammer" },
  { localpart: "promo.deals", displayname: "Best Deals Today", kind: "spammer" },
  { localpart: "edgelord", displayname: "edgelord", kind: "troll" },
  { localpart: "not_a_bot_42", displayname: "Totally Real Person", kind: "spammer" },
  { localpart: "friendly_uncle", displayname: "Friendly Mentor", kind: "predator" },
  { localpart: "matrix-support", displayname: "Matrix Support Team ✔", kind: "scammer" },
];

/** Accounts on other homeservers: only room bans, redaction and media quarantine can touch them. */
export const REMOTE_PEOPLE: readonly { userId: string; displayname: string }[] = [
  { userId: "@spam-cannon:evil.example", displayname: "Free Nitro Giveaway" },
  { userId: "@raider01:raid.example", displayname: "raider01" },
  { userId: "@raider02:raid.example", displayname: "raider02" },
  { userId: "@hannah:friendly.example", displayname: "Hannah Schmidt" },
  { userId: "@pierre:friendly.example", displayname: "Pierre Laurent" },
];
