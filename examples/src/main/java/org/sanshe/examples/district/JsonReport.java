package org.sanshe.examples.district;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Writes a scenario report as JSON for machines: the clock, a status and the failure count, and per
 * step its key, headings, status, figures, notes, table and checks. Stateless.
 */
public final class JsonReport {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private JsonReport() {}

  /**
   * Renders a report.
   *
   * @param report the report, not null
   * @return pretty-printed JSON
   * @throws UncheckedIOException if Jackson fails to write the tree
   */
  public static String render(ScenarioReport report) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("district", DistrictData.DISTRICT.value());
    root.put("started", report.started().toString());
    root.put("ended", report.ended().toString());
    root.put("status", report.failures() == 0 ? "OK" : "FAILED");
    root.put("failedSteps", report.failures());
    ArrayNode steps = root.putArray("steps");
    for (StepResult step : report.steps()) {
      ObjectNode node = steps.addObject();
      node.put("number", step.number());
      node.put("key", step.key());
      node.put("title", step.title());
      node.put("titleZh", step.titleZh());
      node.put("status", step.status());
      ObjectNode figures = node.putObject("figures");
      for (Map.Entry<String, String> figure : step.figures().entrySet()) {
        figures.put(figure.getKey(), figure.getValue());
      }
      ArrayNode notes = node.putArray("notes");
      step.notes().forEach(notes::add);
      ObjectNode table = node.putObject("table");
      ArrayNode columns = table.putArray("columns");
      step.columns().forEach(columns::add);
      ArrayNode rows = table.putArray("rows");
      for (List<String> row : step.rows()) {
        ArrayNode cells = rows.addArray();
        row.forEach(cells::add);
      }
      ArrayNode checks = node.putArray("checks");
      for (StepResult.Check check : step.checks()) {
        checks.addObject().put("description", check.description()).put("passed", check.passed());
      }
      step.error().ifPresent(e -> node.put("error", e));
    }
    try {
      return MAPPER.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
