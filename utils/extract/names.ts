/** People named in a metadata line ("嘉宾：陈墨，远山资本合伙人；Sam Rivera，Fieldstone Labs 创始人"). */

/** Separators between people. */
const PERSON_SEPARATOR = /\s*(?:[;；、/｜|]|\s&\s|\s+(?:and|et|và|및)\s+)\s*/u;
/** Separator between a name and the role that follows it ("Léa Marchand, associée chez …"). */
const ROLE_SEPARATOR = /\s*[,，(（]\s*/u;
/** The most a name can plausibly be; longer parts are descriptions, not names. */
const MAX_NAME_CHARS = 40;
/** Words that begin a role, never a name: a part starting with one is dropped. */
const ROLE_START = /^(?:the|of|le|la|les|de|du|des|co-?founder|founder|ceo|cto|partner|host|fondat|associ|pdg|directeur|directrice|analyste|chercheu)/iu;
/** Role words of CJK titles, which follow the organisation ("远山资本合伙人"). */
const CJK_ROLE = /合伙人|合夥人|创始人|創始人|联合创始人|研究员|研究員|分析师|分析師|负责人|負責人|主编|主編|记者|記者|总裁|總裁|董事|首席|代表取締役|創業者|研究者|대표|창업자|연구원/u;

function cleanName(part: string): string | null {
  const name = part.replace(/[。.!！]+$/u, '').trim();
  if (!name || name.length > MAX_NAME_CHARS || ROLE_START.test(name) || CJK_ROLE.test(name)) return null;
  return name;
}

/**
 * Names in a metadata value. People are separated by `;`, `、`, `/`, "and"…; within one person,
 * what follows a comma or a parenthesis is a role. A value with no other separator but commas
 * ("Alice, Bob") is a list of names unless the parts read as roles.
 */
export function splitNames(value: string): string[] {
  const people = value.split(PERSON_SEPARATOR).filter(Boolean);
  const parts =
    people.length === 1 ? value.split(ROLE_SEPARATOR).map((part) => part.replace(/[)）]$/u, '')) : people.map((person) => person.split(ROLE_SEPARATOR)[0] ?? '');
  const names: string[] = [];
  for (const part of parts) {
    const name = cleanName(part);
    if (name && !names.includes(name)) names.push(name);
  }
  return names;
}
