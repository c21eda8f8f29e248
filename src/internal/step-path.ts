/** A coordinate as SVG path data writes it: rounded to three decimals, as d3-path does. */
const round = (n: number) => Math.round(n * 1000) / 1000;

/**
 * SVG path data for a step line through `points`: each y holds until the
 * next point's x, then the line steps to that point's y. The same string as
 * d3-shape's line().curve(curveStepAfter), which it replaces: `M` then `L`
 * pairs, a single point closed on itself (`Mx,yZ`, nothing visible), and an
 * empty string for no points.
 */
export function stepAfterPath(points: readonly { x: number; y: number }[]): string {
  const parts = points.map(({ x, y }, i) =>
    i === 0
      ? `M${round(x)},${round(y)}`
      : `L${round(x)},${round(points[i - 1].y)}L${round(x)},${round(y)}`,
  );
  return parts.join('') + (points.length === 1 ? 'Z' : '');
}
