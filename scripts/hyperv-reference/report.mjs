// What a run found that the summary lists: `unparsed` page content (a run should end with none)
// and `notes` on rules applied (typo fixes, moved value lists, dropped qualifiers).

export const report = { unparsed: [], notes: [] };
