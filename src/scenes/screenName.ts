import type { AppScreen } from "../game/ports";

/**
 * A scene that is one of the App's screens says which (the title, the story, a management
 * screen, ...): the App names the screen on show each time such a scene is created
 * (App.game), so no scene reports itself by hand.
 */
export interface NamesItsScreen {
  /** The screen this scene is, as it was just created; null when it sent the player elsewhere. */
  readonly appScreen: () => AppScreen | null;
}
