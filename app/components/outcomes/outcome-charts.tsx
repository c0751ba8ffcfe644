import { AxisBottom, AxisLeft, AxisRight } from "@visx/axis";
import { TableShell } from "~/components/shared/table-shell";
import { Group } from "@visx/group";
import { scaleBand, scaleLinear } from "@visx/scale";
import { Bar } from "@visx/shape";
import { useTranslation } from "react-i18next";
import { formatNumber } from "~/domain/shared/dates";
import { defaultLocale, isLocale, textDirection } from "~/domain/shared/locales";

/**
 * Theme counts as a grouped bar chart drawn on the server as SVG (visx), so it needs no
 * JavaScript and prints as it looks. Each theme has a colour AND a pattern, and its count is
 * written above its bar, so nothing depends on telling colours apart. In Arabic and Farsi the
 * groups run right to left and the count axis sits on the right. The same numbers are in the
 * table beside it (ThemeTable), which is what a screen reader reads.
 */

export type ChartGroup = { key: string; label: string };
export type ChartSeries = {
  id: string;
  name: { text: string; locale: string };
  counts: number[];
  total: number;
};

/** Readable on white in print and on screen, each paired with its own pattern. */
const palette = [
  "#1d4f91",
  "#b3431e",
  "#2a7a3b",
  "#6b3fa0",
  "#8a6d00",
  "#0f6f78",
  "#9c2a5c",
  "#444444",
];
const patterns = [
  "solid",
  "stripes",
  "dots",
  "cross",
  "waves",
  "grid",
  "diagonal",
  "checks",
] as const;

/** The most themes a chart draws; the table beside it lists them all. */
export const CHART_SERIES = 6;

function PatternDef({ id, index }: { id: string; index: number }) {
  const colour = palette[index % palette.length]!;
  const kind = patterns[index % patterns.length]!;
  return (
    <pattern id={id} width="8" height="8" patternUnits="userSpaceOnUse">
      <rect width="8" height="8" fill={colour} />
      {kind === "stripes" ? <path d="M0 2h8M0 6h8" stroke="#fff" strokeWidth="1.5" /> : null}
      {kind === "dots" ? <circle cx="4" cy="4" r="1.6" fill="#fff" /> : null}
      {kind === "cross" ? <path d="M0 0l8 8M8 0l-8 8" stroke="#fff" strokeWidth="1.2" /> : null}
      {kind === "waves" ? (
        <path d="M0 4q2-3 4 0t4 0" stroke="#fff" fill="none" strokeWidth="1.2" />
      ) : null}
      {kind === "grid" ? <path d="M4 0v8M0 4h8" stroke="#fff" strokeWidth="1.2" /> : null}
      {kind === "diagonal" ? <path d="M0 8l8-8" stroke="#fff" strokeWidth="1.5" /> : null}
      {kind === "checks" ? (
        <path d="M0 0h4v4h-4zM4 4h4v4h-4z" fill="#fff" fillOpacity="0.55" />
      ) : null}
    </pattern>
  );
}

/**
 * A tick label cut to the room its band has, so neighbouring labels (long pot names) never run
 * into each other; the table beside the chart gives each one in full.
 */
export function fitLabel(label: string, room: number, fontSize: number) {
  const chars = Math.max(4, Math.floor(room / (fontSize * 0.6)));
  return label.length <= chars ? label : `${label.slice(0, chars - 1).trimEnd()}…`;
}

export function patternId(chartId: string, index: number) {
  return `${chartId}-pattern-${index}`;
}

export function ThemeChart({
  id,
  title,
  description,
  groups,
  series,
  direction,
}: {
  id: string;
  title: string;
  description: string;
  groups: readonly ChartGroup[];
  series: readonly ChartSeries[];
  direction: "ltr" | "rtl";
}) {
  const { t, i18n } = useTranslation("outcomes");
  const shown = series.slice(0, CHART_SERIES);
  const width = 760;
  const height = 320;
  const margin = { top: 24, right: 40, bottom: 48, left: 40 };
  const innerWidth = width - margin.left - margin.right;
  const innerHeight = height - margin.top - margin.bottom;
  const rtl = direction === "rtl";
  const max = Math.max(1, ...shown.flatMap((row) => row.counts));
  const x = scaleBand<string>({
    domain: groups.map((group) => group.key),
    range: rtl ? [innerWidth, 0] : [0, innerWidth],
    padding: 0.2,
  });
  const inner = scaleBand<string>({
    domain: shown.map((row) => row.id),
    range: [0, x.bandwidth()],
    padding: 0.08,
  });
  const y = scaleLinear<number>({ domain: [0, max], range: [innerHeight, 0], nice: true });
  const labelOf = new Map(groups.map((group) => [group.key, group.label]));
  const Axis = rtl ? AxisRight : AxisLeft;
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  // In a right-to-left chart the bars inside a group run right to left too.
  const barX = (groupKey: string, seriesId: string) => {
    const start = x(groupKey) ?? 0;
    const offset = inner(seriesId) ?? 0;
    return rtl ? start + x.bandwidth() - offset - inner.bandwidth() : start + offset;
  };
  return (
    <figure className="outcomes-chart">
      <svg
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        direction={direction}
        className="outcomes-chart__svg"
      >
        <title id={titleId}>{title}</title>
        <desc id={descId}>{description}</desc>
        <defs>
          {shown.map((row, index) => (
            <PatternDef key={row.id} id={patternId(id, index)} index={index} />
          ))}
        </defs>
        <Group top={margin.top} left={margin.left}>
          {shown.length === 0 ? (
            <text x={innerWidth / 2} y={innerHeight / 2} textAnchor="middle" fontSize={14}>
              {t("views.charts.nothing")}
            </text>
          ) : null}
          {groups.map((group) =>
            shown.map((row, index) => {
              const count = row.counts[groups.indexOf(group)] ?? 0;
              const top = y(count);
              const left = barX(group.key, row.id);
              return (
                <g key={`${group.key}-${row.id}`}>
                  <Bar
                    x={left}
                    y={top}
                    width={inner.bandwidth()}
                    height={Math.max(0, innerHeight - top)}
                    fill={`url(#${patternId(id, index)})`}
                    stroke="#222"
                    strokeWidth={0.5}
                  />
                  {count > 0 && inner.bandwidth() >= 9 ? (
                    <text
                      x={left + inner.bandwidth() / 2}
                      y={top - 4}
                      textAnchor="middle"
                      fontSize={inner.bandwidth() >= 16 ? 11 : 8}
                      fill="#222"
                    >
                      {formatNumber(count, i18n.language)}
                    </text>
                  ) : null}
                </g>
              );
            }),
          )}
          <AxisBottom
            top={innerHeight}
            scale={x}
            tickFormat={(key) => fitLabel(labelOf.get(key) ?? key, x.step(), 11)}
            tickLabelProps={{ fontSize: 11, textAnchor: "middle", direction, fill: "#222" }}
            stroke="#222"
            tickStroke="#222"
          />
          <Axis
            left={rtl ? innerWidth : 0}
            scale={y}
            numTicks={Math.min(5, max)}
            tickFormat={(value) => formatNumber(Number(value), i18n.language)}
            tickLabelProps={{ fontSize: 11, fill: "#222" }}
            stroke="#222"
            tickStroke="#222"
          />
        </Group>
      </svg>
      <ul className="outcomes-chart__legend" aria-hidden="true">
        {shown.map((row, index) => (
          <li key={row.id}>
            <svg width="18" height="18" aria-hidden="true" focusable="false">
              <defs>
                <PatternDef id={`${patternId(id, index)}-key`} index={index} />
              </defs>
              <rect
                width="18"
                height="18"
                fill={`url(#${patternId(id, index)}-key)`}
                stroke="#222"
              />
            </svg>{" "}
            <span lang={row.name.locale}>{row.name.text}</span>
          </li>
        ))}
      </ul>
      {series.length > shown.length ? (
        <figcaption className="muted">
          {t("views.charts.moreInTable", { count: series.length - shown.length })}
        </figcaption>
      ) : null}
    </figure>
  );
}

/** The chart's numbers as a table: one row per theme, one column per period or pot. */
export function ThemeTable({
  id,
  caption,
  groups,
  series,
}: {
  /** Names the table's caption, which names the scrolling box for keyboard users. */
  id: string;
  caption: string;
  groups: readonly ChartGroup[];
  series: readonly ChartSeries[];
}) {
  const { t, i18n } = useTranslation("outcomes");
  return (
    <TableShell
      caption={caption}
      captionId={`${id}-caption`}
      regionClassName="outcomes-table"
      columns={[
        t("views.charts.theme"),
        ...groups.map((group) => group.label),
        t("views.charts.total"),
      ]}
    >
      {series.length === 0 ? (
        <tr>
          <td colSpan={groups.length + 2}>{t("views.charts.nothing")}</td>
        </tr>
      ) : null}
      {series.map((row) => (
        <tr key={row.id}>
          <th scope="row" lang={row.name.locale}>
            {row.name.text}
          </th>
          {row.counts.map((count, index) => (
            <td key={groups[index]?.key ?? index} className="numeric">
              {formatNumber(count, i18n.language)}
            </td>
          ))}
          <td className="numeric">{formatNumber(row.total, i18n.language)}</td>
        </tr>
      ))}
    </TableShell>
  );
}

/**
 * A section of the outcome views: its heading, the chart, and the same numbers as a table
 * beside it. The chart runs in the reader's direction.
 */
export function ThemeFigure({
  id,
  heading,
  texts,
  groups,
  series,
  className = "stack",
  children,
}: {
  id: string;
  heading: string;
  texts: { chartTitle: string; chartDescription: string; caption: string };
  groups: readonly ChartGroup[];
  series: readonly ChartSeries[];
  className?: string;
  children?: React.ReactNode;
}) {
  const { i18n } = useTranslation("outcomes");
  const direction = textDirection(isLocale(i18n.language) ? i18n.language : defaultLocale);
  return (
    <section className={className} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{heading}</h2>
      <ThemeChart
        id={id}
        title={texts.chartTitle}
        description={texts.chartDescription}
        groups={groups}
        series={series}
        direction={direction}
      />
      <ThemeTable id={id} caption={texts.caption} groups={groups} series={series} />
      {children}
    </section>
  );
}
