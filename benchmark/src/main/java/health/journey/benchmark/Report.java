package health.journey.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The run's figures as a table (printed), as JSON and Markdown files, and appended to
 * docs/benchmarks.md.
 */
final class Report {

  /**
   * One figure: its value, its ratio to the raw ceiling (if it has one), its goal and whether it is
   * met.
   */
  record Row(String figure, String value, String ratio, String goal, Boolean met) {}

  private final Map<String, Object> run = new LinkedHashMap<>();
  private final List<Row> rows = new ArrayList<>();
  private final Map<String, Object> numbers = new LinkedHashMap<>();

  void describe(String key, Object value) {
    run.put(key, value);
  }

  void add(Row row) {
    rows.add(row);
  }

  void number(String key, double value) {
    numbers.put(key, value);
  }

  String table() {
    String[] header = {"figure", "value", "ratio to ceiling", "goal", "met"};
    List<String[]> lines = new ArrayList<>();
    lines.add(header);
    for (Row r : rows) {
      lines.add(new String[] {r.figure(), r.value(), r.ratio(), r.goal(), met(r)});
    }
    int[] widths = new int[header.length];
    for (String[] line : lines) {
      for (int i = 0; i < line.length; i++) {
        widths[i] = Math.max(widths[i], line[i].length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (int l = 0; l < lines.size(); l++) {
      String[] line = lines.get(l);
      for (int i = 0; i < line.length; i++) {
        out.append(String.format("%-" + widths[i] + "s", line[i]))
            .append(i + 1 < line.length ? " | " : "");
      }
      out.append('\n');
      if (l == 0) {
        for (int i = 0; i < widths.length; i++) {
          out.append("-".repeat(widths[i])).append(i + 1 < widths.length ? "-+-" : "");
        }
        out.append('\n');
      }
    }
    return out.toString();
  }

  String markdown() {
    StringBuilder md = new StringBuilder();
    md.append("### Run of ").append(run.get("date")).append("\n\n");
    run.forEach((k, v) -> md.append("- ").append(k).append(": ").append(v).append('\n'));
    md.append("\n| figure | value | ratio to ceiling | goal | met |\n|---|---|---|---|---|\n");
    for (Row r : rows) {
      md.append("| ")
          .append(r.figure())
          .append(" | ")
          .append(r.value())
          .append(" | ")
          .append(r.ratio())
          .append(" | ")
          .append(r.goal())
          .append(" | ")
          .append(met(r))
          .append(" |\n");
    }
    return md.toString();
  }

  String json() {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("run", run);
    doc.put("figures", numbers);
    List<Map<String, Object>> table = new ArrayList<>();
    for (Row r : rows) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("figure", r.figure());
      row.put("value", r.value());
      row.put("ratio", r.ratio());
      row.put("goal", r.goal());
      row.put("met", r.met());
      table.add(row);
    }
    doc.put("table", table);
    return ApiClient.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(doc);
  }

  void write(Path dir) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("result.json"), json(), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("result.md"), markdown(), StandardCharsets.UTF_8);
  }

  void appendTo(Path benchmarks) throws IOException {
    if (!Files.exists(benchmarks)) {
      Files.createDirectories(benchmarks.toAbsolutePath().getParent());
      Files.writeString(benchmarks, "# Benchmark runs\n\n", StandardCharsets.UTF_8);
    }
    Files.writeString(
        benchmarks, "\n" + markdown(), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
  }

  private static String met(Row r) {
    return r.met() == null ? "" : r.met() ? "yes" : "NO";
  }
}
