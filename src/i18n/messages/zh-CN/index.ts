/**
 * Every catalogue's Chinese table, by catalogue name: one chunk the page loads only when it
 * speaks Chinese (src/i18n/index.ts, loadLanguage).
 */
import { zh as explain } from "./explain";
import { zh as game } from "./game";
import { zh as glossary } from "./glossary";
import { zh as lab } from "./lab";
import { zh as persist } from "./persist";
import { zh as scenes } from "./scenes";
import { zh as screens } from "./screens";
import { zh as sim } from "./sim";
import { zh as symbols } from "./symbols";
import { zh as ui } from "./ui";

export const CHINESE_TABLES = {
  explain,
  game,
  glossary,
  lab,
  persist,
  scenes,
  screens,
  sim,
  symbols,
  ui,
};
