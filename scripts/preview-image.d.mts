export declare const PREVIEW_WIDTH: number;
export declare const PREVIEW_HEIGHT: number;
export interface PreviewLine {
  text: string;
  y: number;
  scale: number;
  colour: "text" | "dim" | "accent";
  boxed?: boolean;
}
export declare function drawPreview(lines: PreviewLine[]): Buffer;
export declare function drawGamePreview(): Buffer;
export declare function drawEndingPreview(ending: { title: string; line: string }): Buffer;
