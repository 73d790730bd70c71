// A horizontal bar chart: a list of labelled rows, each bar an inline SVG, so no chart library enters the bundle
// and screen readers read the label and figure as plain text.

const BAR_WIDTH = 200;
const BAR_HEIGHT = 12;
/** Beyond this many rows the rest are summed into one "Other" row, so a long tail cannot swamp the panel. */
const MAX_ROWS = 10;

export interface Bar {
  key: string;
  label: string;
  value: number;
}

export function foldLongTail(bars: readonly Bar[], maxRows = MAX_ROWS): Bar[] {
  if (bars.length <= maxRows) return [...bars];
  const rest = bars.slice(maxRows - 1).reduce((sum, bar) => sum + bar.value, 0);
  return [...bars.slice(0, maxRows - 1), { key: '_other', label: 'Other', value: rest }];
}

export function BarChart(props: { title: string; bars: readonly Bar[]; testId: string }) {
  const bars = foldLongTail(props.bars);
  const max = Math.max(1, ...bars.map((b) => b.value));
  return (
    <figure class="chart" data-testid={props.testId}>
      <figcaption class="chart-title">{props.title}</figcaption>
      {bars.length === 0 ? (
        <p class="chart-empty">No conversations in this range.</p>
      ) : (
        <ul class="chart-rows">
          {bars.map((bar) => {
            // A non-zero value always gets a visible sliver, so "1" never looks like "0".
            const width = bar.value === 0 ? 0 : Math.max(2, (bar.value / max) * BAR_WIDTH);
            return (
              <li key={bar.key} class="chart-row" data-key={bar.key}>
                <span class="chart-label">{bar.label}</span>
                <svg
                  class="chart-svg"
                  aria-hidden="true"
                  viewBox={`0 0 ${BAR_WIDTH} ${BAR_HEIGHT}`}
                  preserveAspectRatio="none"
                >
                  <rect class="chart-bar" x={0} y={0} width={width} height={BAR_HEIGHT} rx={2} />
                </svg>
                <span class="chart-value">{bar.value}</span>
              </li>
            );
          })}
        </ul>
      )}
    </figure>
  );
}
