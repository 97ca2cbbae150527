export interface IconSpec {
  file: string;
  size: number;
  fill: number;
  round: boolean;
  text: boolean;
}
export declare const BG: [number, number, number];
export declare const ICONS: IconSpec[];
export declare function drawIcon(icon: IconSpec): Buffer;
