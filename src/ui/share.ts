/**
 * Getting a card or a file out of the browser: download, the Web Share API,
 * the clipboard. Each function reports in plain words what actually happened.
 */

import { uiText as t } from "../i18n/messages/ui";

export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.rel = "noopener";
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Shares the card: the Web Share API with the file where supported, else the
 * image on the clipboard, else the link on the clipboard, else a download.
 * Returns the sentence to tell the player.
 */
export async function shareCard(
  blob: Blob,
  fileName: string,
  link: string,
  title: string,
): Promise<string> {
  const file = new File([blob], fileName, { type: "image/png" });
  const data = { files: [file], title, text: t("shareText", { title }), url: link };
  try {
    if (typeof navigator.share === "function" && navigator.canShare?.({ files: [file] })) {
      await navigator.share(data);
      return t("shared");
    }
  } catch (err) {
    if (err instanceof DOMException && err.name === "AbortError") return t("shareCancelled");
  }
  try {
    if (typeof ClipboardItem !== "undefined" && navigator.clipboard?.write) {
      await navigator.clipboard.write([new ClipboardItem({ "image/png": blob })]);
      return t("copiedImage");
    }
  } catch {
    // Fall through to the link.
  }
  if (await copyText(link)) {
    return t("copiedLink");
  }
  download(blob, fileName);
  return t("downloaded", { fileName });
}
