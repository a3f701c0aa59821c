/**
 * The policy catalog: MSC4456 harm identifiers (also used by policyserv), each with a severity from 1 (low) to 5
 * (most severe) that drives case priority. Every top-level category also exists on its own ("general").
 * Child-safety policies route cases only to reviewers with that qualification.
 */
export const HARM_PREFIX = "org.matrix.msc4456";

type Entry = { id: string; label: string; severity: number; description: string };

const CATEGORIES: { category: string; label: string; severity: number; description: string; children: Entry[] }[] = [
  {
    category: "spam", label: "Spam", severity: 2, description: "Unsolicited, repetitive or deceptive content.",
    children: [
      { id: "fraud", label: "Fraud and scams", severity: 3, description: "Phishing, scams, financial fraud." },
      { id: "impersonation", label: "Impersonation", severity: 3, description: "Pretending to be another person or organisation." },
      { id: "election_interference", label: "Election interference", severity: 4, description: "Deceiving people about voting or elections." },
      { id: "flooding", label: "Flooding", severity: 2, description: "Mass messages, raids, join floods." },
    ],
  },
  {
    category: "adult", label: "Adult content", severity: 3, description: "Sexual content outside permitted spaces.",
    children: [
      { id: "sexual_abuse", label: "Sexual abuse", severity: 5, description: "Depictions of sexual abuse." },
      { id: "ncii", label: "Non-consensual intimate imagery", severity: 5, description: "Intimate images shared without consent." },
      { id: "deepfake", label: "Sexual deepfakes", severity: 4, description: "Synthetic sexual imagery of real people." },
      { id: "animal_sexual_abuse", label: "Animal sexual abuse", severity: 5, description: "Sexual abuse of animals." },
      { id: "sexual_violence", label: "Sexual violence", severity: 5, description: "Depictions or promotion of sexual violence." },
    ],
  },
  {
    category: "harassment", label: "Harassment", severity: 3, description: "Abuse aimed at people or groups.",
    children: [
      { id: "trolling", label: "Trolling", severity: 2, description: "Disruptive provocation." },
      { id: "targeted", label: "Targeted harassment", severity: 3, description: "Abuse aimed at a specific person." },
      { id: "hate", label: "Hate", severity: 4, description: "Attacks on protected characteristics." },
      { id: "doxxing", label: "Doxxing", severity: 4, description: "Publishing private information about a person." },
    ],
  },
  {
    category: "violence", label: "Violence", severity: 4, description: "Violent content and threats.",
    children: [
      { id: "animal_welfare", label: "Animal cruelty", severity: 4, description: "Harm to animals." },
      { id: "threats", label: "Threats", severity: 4, description: "Threats of violence." },
      { id: "graphic", label: "Graphic violence", severity: 4, description: "Gore and graphic injury." },
      { id: "glorification", label: "Glorification of violence", severity: 4, description: "Praise of violent acts or perpetrators." },
      { id: "extremist", label: "Violent extremism and terrorism", severity: 5, description: "Terrorist and violent extremist content." },
      { id: "human_trafficking", label: "Human trafficking", severity: 5, description: "Trafficking and exploitation of people." },
      { id: "domestic", label: "Domestic violence", severity: 4, description: "Abuse within households or relationships." },
    ],
  },
  {
    category: "child_safety", label: "Child safety", severity: 5, description: "Harm to children. Routed to qualified reviewers only.",
    children: [
      { id: "csam", label: "Child sexual abuse material", severity: 5, description: "CSAM. Report to the relevant authority." },
      { id: "grooming", label: "Grooming", severity: 5, description: "Adults building trust with children to abuse them." },
      { id: "privacy_violation", label: "Child privacy violation", severity: 4, description: "Exposing children's private information." },
      { id: "harassment", label: "Harassment of children", severity: 4, description: "Abuse aimed at children." },
    ],
  },
  {
    category: "danger", label: "Dangerous behaviour", severity: 4, description: "Content that encourages self-harm or danger.",
    children: [
      { id: "self_harm", label: "Self-harm and suicide", severity: 5, description: "Promotion or instruction of self-harm." },
      { id: "eating_disorder", label: "Eating disorders", severity: 4, description: "Promotion of eating disorders." },
      { id: "challenges", label: "Dangerous challenges", severity: 3, description: "Dangerous stunts and challenges." },
      { id: "substance_abuse", label: "Substance abuse", severity: 3, description: "Promotion of drug abuse." },
    ],
  },
  {
    category: "tos", label: "Terms of service", severity: 2, description: "Breaches of the server's terms.",
    children: [
      { id: "hacking", label: "Hacking", severity: 3, description: "Malware, intrusion, stolen credentials." },
      { id: "prohibited", label: "Prohibited content", severity: 3, description: "Content the server's terms prohibit." },
      { id: "ban_evasion", label: "Ban evasion", severity: 3, description: "Returning after a ban under another account." },
    ],
  },
  { category: "other", label: "Other", severity: 1, description: "Anything not covered above.", children: [] },
];

export type PolicyDefinition = {
  id: string;
  category: string;
  label: string;
  description: string;
  severity: number;
  childSafety: boolean;
};

export const POLICY_CATALOG: PolicyDefinition[] = CATEGORIES.flatMap((c) => {
  const categoryId = `${HARM_PREFIX}.${c.category}`;
  const childSafety = c.category === "child_safety";
  return [
    { id: categoryId, category: categoryId, label: `${c.label} (general)`, description: c.description, severity: c.severity, childSafety },
    ...c.children.map((p) => ({
      id: `${categoryId}.${p.id}`,
      category: categoryId,
      label: p.label,
      description: p.description,
      severity: p.severity,
      childSafety,
    })),
  ];
});

export function findPolicy(id: string): PolicyDefinition | undefined {
  return POLICY_CATALOG.find((p) => p.id === id);
}
